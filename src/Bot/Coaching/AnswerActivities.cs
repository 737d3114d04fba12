using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Protocol;
using CpcCoach.Knowledge.Answers;
using CpcCoach.Knowledge.Routing;
using Route = CpcCoach.Knowledge.Routing.Route;

namespace CpcCoach.Bot.Coaching;

/// <summary>
/// The activities that carry an answer. Notices first, each on its own (crisis resources before anything else).
/// Card channels get the card, then a short text with the suggested actions, because Teams shows no suggested
/// actions on a message with attachments and splits text+card messages (brief §3.1, §6.5). Every activity carries
/// the one routing entity; the answer's activity also carries the one citation entity. Each activity is built whole
/// (not a message copied with its extra fields): every answer of every turn goes through here.
/// </summary>
internal static class AnswerActivities
{
    public const string NextPrompt = "Where next?";

    public static IReadOnlyList<Activity> Build(Answer answer, Route route, bool cards)
    {
        var routing = AnswerEntities.Routing(route);
        var activities = new List<Activity>();
        foreach (var notice in answer.Notices)
        {
            activities.Add(new Activity { Type = ActivityTypes.Message, Text = notice, TextFormat = "markdown", Entities = [routing] });
        }

        if (answer.ShowHelp)
        {
            activities.AddRange(HelpCard.Build(cards).Select(a => a with { Entities = [routing] }));
            return activities;
        }

        if (answer.Entries.Count == 0)
        {
            if (answer.Tip.Length > 0 || activities.Count == 0)
            {
                activities.Add(new Activity { Type = ActivityTypes.Message, Text = answer.Tip.Length > 0 ? answer.Tip : AnswerComposer.NoEntry, Entities = [routing] });
            }

            return activities;
        }

        var citations = AnswerEntities.Citations(answer.Entries);
        var actions = answer.FollowUps.Select(f => CardAction.ImBack(f.Title, f.Text)).ToList();
        if (!cards)
        {
            activities.Add(new Activity
            {
                Type = ActivityTypes.Message,
                Text = PlainTextAnswer.Build(answer, includeNotices: false),
                TextFormat = "markdown",
                Entities = [citations, routing],
                SuggestedActions = new SuggestedActions { Actions = actions },
            });
            return activities;
        }

        activities.Add(new Activity { Type = ActivityTypes.Message, Attachments = [AnswerCard.Build(answer)], Entities = [citations, routing] });
        activities.Add(new Activity
        {
            Type = ActivityTypes.Message,
            Text = NextPrompt,
            Entities = [routing],
            SuggestedActions = new SuggestedActions { Actions = [.. actions.Take(3)] },
        });
        return activities;
    }
}
