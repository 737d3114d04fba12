using CpcCoach.Knowledge.Entries;

namespace CpcCoach.Knowledge.Answers;

/// <summary>
/// The follow-up messages and how to read them back. They are plain text (Teams imBack shows them in the chat), so
/// they stay readable, and the router recognises them before any cue.
/// </summary>
public static class FollowUps
{
    public const string FullMapPrefix = "full map:";
    public const string AnotherAnglePrefix = "another angle:";
    public const string PractisePrefix = "practise:";
    public const string Helpful = "that was helpful";
    public const string NotHelpful = "that was not helpful";

    public static IReadOnlyList<FollowUp> For(KnowledgeEntry entry, string frameworkKey) =>
    [
        new("Full map", $"{FullMapPrefix} {frameworkKey}"),
        new("Another angle", $"{AnotherAnglePrefix} {entry.Id}"),
        new("Practise this", $"{PractisePrefix} {entry.Id}"),
        new("Helpful", Helpful),
        new("Not helpful", NotHelpful),
    ];

    /// <summary>Reads "full map: remap" as (FullMapPrefix, "remap"); null when the text is not a follow-up.</summary>
    public static (string Prefix, string Argument)? Parse(string text)
    {
        var trimmed = text.Trim();
        foreach (var prefix in new[] { FullMapPrefix, AnotherAnglePrefix, PractisePrefix })
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var argument = trimmed[prefix.Length..].Trim().ToLowerInvariant();
                return argument.Length > 0 ? (prefix, argument) : null;
            }
        }

        return null;
    }
}
