using System.Globalization;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Protocol;
using CpcCoach.Knowledge.Practice.Scenarios;
using CpcCoach.Knowledge.Practice.Scoring;

namespace CpcCoach.Bot.Practice;

/// <summary>
/// The practice cards: choosing a scenario, the feedback at the end, and the learner's progress. With
/// <c>cards</c> false (a channel without Adaptive Cards) each is the same content as text (<see cref="PracticeText"/>).
/// </summary>
internal static class PracticeCards
{
    public const string StartMarker = "practiceStart";

    public const string Intro =
        "Pick a scenario. I'll play the patient or family; all of them are fictional. Type **hint** for a tip, " +
        "**time out** for coaching, **replay** to redo your last line, and **stop** for feedback.";

    public static Activity Choice(IReadOnlyList<Scenario> ranked, bool cards)
    {
        if (!cards)
        {
            return PracticeText.Choice(ranked);
        }

        var choices = new JsonArray();
        foreach (var scenario in ranked)
        {
            choices.Add(new JsonObject { ["title"] = $"{scenario.Title} ({string.Join(", ", scenario.Roles)})", ["value"] = scenario.Id });
        }

        var difficulties = new JsonArray(
            new JsonObject { ["title"] = "Gentle: emotions settle quickly", ["value"] = "gentle" },
            new JsonObject { ["title"] = "Realistic", ["value"] = "realistic" },
            new JsonObject { ["title"] = "Challenging: emotions persist", ["value"] = "challenging" });
        var card = AdaptiveCards.Card(
            [
                AdaptiveCards.Text("Practise a conversation", size: "Large", weight: "Bolder", style: "heading"),
                AdaptiveCards.Text(Intro),
                new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = "scenario", ["style"] = "compact", ["value"] = ranked[0].Id, ["choices"] = choices, ["label"] = "Scenario" },
                new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = "difficulty", ["style"] = "compact", ["value"] = "realistic", ["choices"] = difficulties, ["label"] = "Difficulty" },
            ],
            [new JsonObject { ["type"] = "Action.Submit", ["title"] = "Start", ["data"] = new JsonObject { [StartMarker] = true } }]);
        return ActivityFactory.Message(null, [AdaptiveCards.Attachment(card)]);
    }

    public static Activity Feedback(Scenario scenario, PracticeFeedback feedback, string? nextTitle, bool cards)
    {
        if (!cards)
        {
            return PracticeText.Feedback(scenario, feedback, nextTitle);
        }

        var scores = new JsonArray();
        foreach (var (title, value) in Scores(feedback))
        {
            scores.Add(new JsonObject { ["title"] = title, ["value"] = value });
        }

        var body = new JsonArray
        {
            AdaptiveCards.Text($"Feedback: {scenario.Title}", size: "Large", weight: "Bolder", style: "heading"),
            AdaptiveCards.Text(ScoreLine(feedback), subtle: true),
            new JsonObject { ["type"] = "FactSet", ["facts"] = scores },
        };
        AddPoints(body, "What went well", feedback.Strengths, "Another way to say it");
        AddPoints(body, "Two things to try", feedback.ToTry, "Try");
        if (feedback.Notes.Count > 0)
        {
            body.Add(AdaptiveCards.Text("Notes (not scored: too unreliable to put a number on)", weight: "Bolder"));
            foreach (var note in feedback.Notes)
            {
                body.Add(AdaptiveCards.Text($"**{note.Item.Title()}:** {note.Note}", size: "Small"));
            }
        }

        body.Add(AdaptiveCards.Text(NextLine(feedback, nextTitle)));
        var actions = new JsonArray { AdaptiveCards.SubmitText("Replay that moment", "replay"), AdaptiveCards.SubmitText("My progress", "my progress") };
        if (feedback.NextScenarioId is { } next)
        {
            actions.Add(AdaptiveCards.SubmitText("Practise next", "practise " + next));
        }

        return ActivityFactory.Message(null, [AdaptiveCards.Attachment(AdaptiveCards.Card(body, actions))]);
    }

    public static Activity Progress(PracticeProgress progress, ScenarioLibrary library, bool cards)
    {
        if (progress.Results.Count == 0)
        {
            return ActivityFactory.Message("You haven't finished a practice scenario yet. Type **practice** to start one.");
        }

        if (!cards)
        {
            return PracticeText.Progress(progress, library);
        }

        var facts = new JsonArray();
        foreach (var (date, value) in ProgressRows(progress, library))
        {
            facts.Add(new JsonObject { ["title"] = date, ["value"] = value });
        }

        var card = AdaptiveCards.Card(
            [
                AdaptiveCards.Text("My practice progress", size: "Large", weight: "Bolder", style: "heading"),
                AdaptiveCards.Text(ProgressLine(progress, library)),
                new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
            ],
            [AdaptiveCards.SubmitText("Practise", "practice")]);
        return ActivityFactory.Message(null, [AdaptiveCards.Attachment(card)]);
    }

    internal static string ScoreLine(PracticeFeedback feedback) =>
        $"Score {feedback.Points} of {feedback.MaxPoints} on the items that apply (frameworks.md §25 rubric; formative, not a grade).";

    internal static IEnumerable<(string Title, string Value)> Scores(PracticeFeedback feedback) =>
        feedback.Scores.Where(s => s.Score is not null && !s.Item.IsQualitative()).Select(s => (s.Item.Title(), $"{s.Score}/2"));

    internal static string NextLine(PracticeFeedback feedback, string? nextTitle) =>
        nextTitle is null ? feedback.NextReason : $"**Practise next:** {nextTitle}. {feedback.NextReason}";

    internal static string ProgressLine(PracticeProgress progress, ScenarioLibrary library) =>
        $"{progress.Results.Count} sessions, {progress.Results.Select(r => r.ScenarioId).Distinct().Count()} of {library.All.Count} scenarios done. Latest first at the bottom.";

    internal static IEnumerable<(string Date, string Value)> ProgressRows(PracticeProgress progress, ScenarioLibrary library) =>
        progress.Results.TakeLast(12).Select(result => (
            result.Hour.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"{library.Find(result.ScenarioId)?.Title ?? result.ScenarioId} ({result.Difficulty.ToString().ToLowerInvariant()}): {result.Points}/{result.MaxPoints}"));

    private static void AddPoints(JsonArray body, string heading, IReadOnlyList<FeedbackPoint> points, string offer)
    {
        if (points.Count == 0)
        {
            return;
        }

        body.Add(AdaptiveCards.Text(heading, weight: "Bolder"));
        foreach (var point in points)
        {
            body.Add(AdaptiveCards.Text($"**{point.Item.Title()}:** you said \"{point.Quote}\" ({point.Comment}).", size: "Small"));
            body.Add(AdaptiveCards.Text($"{offer}: \"{point.Phrasing}\"", size: "Small"));
            body.Add(AdaptiveCards.Text($"Source: knowledge entry `{point.EntryId}`; {point.Source}", size: "Small", subtle: true));
        }
    }
}
