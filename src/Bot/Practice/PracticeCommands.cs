using System.Text.RegularExpressions;
using CpcCoach.Knowledge.Practice.Roleplay;

namespace CpcCoach.Bot.Practice;

/// <summary>The words that steer a role-play; anything else inside a session is a line to the persona.</summary>
internal static partial class PracticeCommands
{
    public static bool IsStop(string text) => Stop().IsMatch(text);

    public static bool IsHint(string text) => Hint().IsMatch(text);

    public static bool IsTimeOut(string text) => TimeOut().IsMatch(text);

    public static bool IsReplay(string text) => Replay().IsMatch(text);

    public static bool IsProgress(string text) => Progress().IsMatch(text);

    /// <summary>"practise do_everything challenging": a direct start, as the card and the next-scenario button send it.</summary>
    public static (string ScenarioId, Difficulty Difficulty)? Start(string text) =>
        StartPattern().Match(text) is { Success: true } m
            ? (m.Groups["id"].Value.ToLowerInvariant(), Enum.TryParse<Difficulty>(m.Groups["level"].Value, true, out var d) ? d : Difficulty.Realistic)
            : null;

    [GeneratedRegex(@"^\s*(stop|end|end scenario|end practice|finish|feedback)\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Stop();

    [GeneratedRegex(@"^\s*(hint|pause|give me a hint)\s*[.!?]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Hint();

    [GeneratedRegex(@"^\s*(time ?-?out|coach me|coaching)\s*[.!?]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOut();

    [GeneratedRegex(@"^\s*(replay|redo|try again)\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Replay();

    [GeneratedRegex(@"^\s*(my )?progress\s*[.!?]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Progress();

    [GeneratedRegex(@"^\s*practi[cs]e\s+(?<id>[a-z0-9_]+)(\s+(?<level>gentle|realistic|challenging))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StartPattern();
}
