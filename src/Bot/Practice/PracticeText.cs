using System.Globalization;
using System.Text;
using CpcCoach.Bot.Protocol;
using CpcCoach.Knowledge.Practice.Scenarios;
using CpcCoach.Knowledge.Practice.Scoring;

namespace CpcCoach.Bot.Practice;

/// <summary>
/// The practice cards as Markdown text, for channels that cannot show cards (SMS, Telegram, e-mail...). Same content;
/// buttons become the words to type, also offered as suggested actions where the channel shows them.
/// </summary>
internal static class PracticeText
{
    public static Activity Choice(IReadOnlyList<Scenario> ranked)
    {
        var text = new StringBuilder("**Practise a conversation**\n\n").Append(PracticeCards.Intro).Append("\n\n");
        for (var i = 0; i < ranked.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {ranked[i].Title} ({string.Join(", ", ranked[i].Roles)}): type **practise {ranked[i].Id}**\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nThe difficulty is realistic. Add **gentle** (emotions settle quickly) or **challenging** (emotions persist) for another, e.g. **practise {ranked[0].Id} gentle**.");
        return Markdown(text, [.. ranked.Take(3).Select(s => CardAction.ImBack(s.Title, "practise " + s.Id))]);
    }

    public static Activity Feedback(Scenario scenario, PracticeFeedback feedback, string? nextTitle)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"**Feedback: {scenario.Title}**\n\n{PracticeCards.ScoreLine(feedback)}\n\n");
        foreach (var (title, value) in PracticeCards.Scores(feedback))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {title}: {value}\n");
        }

        AddPoints(text, "What went well", feedback.Strengths, "Another way to say it");
        AddPoints(text, "Two things to try", feedback.ToTry, "Try");
        if (feedback.Notes.Count > 0)
        {
            text.Append("\n**Notes (not scored: too unreliable to put a number on)**\n");
            foreach (var note in feedback.Notes)
            {
                text.Append(CultureInfo.InvariantCulture, $"- **{note.Item.Title()}:** {note.Note}\n");
            }
        }

        text.Append('\n').Append(PracticeCards.NextLine(feedback, nextTitle)).Append("\n\nType **replay** to try that moment again or **my progress** to see your progress");
        var actions = new List<CardAction> { CardAction.ImBack("Replay that moment", "replay"), CardAction.ImBack("My progress", "my progress") };
        if (feedback.NextScenarioId is { } next)
        {
            text.Append(CultureInfo.InvariantCulture, $", or **practise {next}** to practise next");
            actions.Add(CardAction.ImBack("Practise next", "practise " + next));
        }

        return Markdown(text.Append('.'), actions);
    }

    public static Activity Progress(PracticeProgress progress, ScenarioLibrary library)
    {
        var text = new StringBuilder("**My practice progress**\n\n").Append(PracticeCards.ProgressLine(progress, library)).Append("\n\n");
        foreach (var (date, value) in PracticeCards.ProgressRows(progress, library))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {date}: {value}\n");
        }

        return Markdown(text.Append("\nType **practice** to practise again."), [CardAction.ImBack("Practise", "practice")]);
    }

    private static void AddPoints(StringBuilder text, string heading, IReadOnlyList<FeedbackPoint> points, string offer)
    {
        if (points.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"\n**{heading}**\n");
        foreach (var point in points)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"- **{point.Item.Title()}:** you said \"{point.Quote}\" ({point.Comment}). {offer}: \"{point.Phrasing}\" (knowledge entry `{point.EntryId}`; {point.Source})\n");
        }
    }

    private static Activity Markdown(StringBuilder text, IReadOnlyList<CardAction> actions) => ActivityFactory.Markdown(text.ToString().Trim(), actions);
}
