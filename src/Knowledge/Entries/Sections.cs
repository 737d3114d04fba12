namespace CpcCoach.Knowledge.Entries;

/// <summary>The fixed body sections of an entry, in the order educators write them (Content/README.md).</summary>
public static class Sections
{
    public const string Headline = "Headline";
    public const string WhenToUse = "When to use";
    public const string Steps = "Steps";
    public const string SayItLikeThis = "Say it like this";
    public const string Avoid = "Avoid";
    public const string WhyItWorks = "Why it works";
    public const string RoleNotes = "Role notes";

    public static readonly IReadOnlyList<string> All = [Headline, WhenToUse, Steps, SayItLikeThis, Avoid, WhyItWorks, RoleNotes];

    /// <summary>The key under which a section heading's line is recorded in <see cref="EntryDocument.Lines"/>.</summary>
    public static string LineKey(string section) => "## " + section;
}
