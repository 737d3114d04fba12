using System.Text.Json;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Coaching;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using CpcCoach.Bot.Usage;
using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Practice.Roleplay;
using CpcCoach.Knowledge.Practice.Scenarios;
using CpcCoach.Knowledge.Routing;
using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Bot.Practice;

/// <summary>
/// While a role-play is active, the learner's messages go to the practice engine before routing. Outside one it
/// starts practice (intent practice_request, the choice card, "practise {id}") and answers "my progress".
/// Registered after the dialog middleware, so it runs inside that middleware's conversation lock.
/// </summary>
internal sealed class PracticeMiddleware(PracticeStore store, PracticeEngine engine, ScenarioLibrary library, MessageRouter router, Pseudonymizer pseudonymizer)
    : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type != ActivityTypes.Message || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            await next(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        var channelId = activity.ChannelId ?? string.Empty;
        var text = activity.Text?.Trim() ?? string.Empty;
        var session = await store.LoadSessionAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false);
        var updated = await HandleAsync(turn, session, text, cancellationToken).ConfigureAwait(false);
        if (updated is null)
        {
            await next(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        turn.Facts.Intent ??= Intents.PracticeRequest;
        await store.SaveSessionAsync(channelId, conversationId, updated, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The session after this turn, or null when the turn is not about practice.</summary>
    private async Task<PracticeSession?> HandleAsync(TurnContext turn, PracticeSession? session, string text, CancellationToken cancellationToken)
    {
        if (StartRequest(turn.Activity.Value, text) is var (id, difficulty) && library.Find(id) is { } chosen)
        {
            turn.Routing = RoutingOf(chosen);
            return await engine.StartAsync(turn, chosen, difficulty, cancellationToken).ConfigureAwait(false);
        }

        if (PracticeCommands.IsProgress(text) && UsageUser.From(turn.Activity) is { } user)
        {
            var progress = await store.LoadProgressAsync(pseudonymizer.Current(user), cancellationToken).ConfigureAwait(false);
            turn.Routing = ProgressRouting(progress);
            await turn.SendAsync(PracticeCards.Progress(progress, library, AdaptiveCards.SupportsCards(turn.Activity.ChannelId)), cancellationToken).ConfigureAwait(false);
            return session ?? NoScenarioYet;
        }

        if (session is { Finished: false } active && library.Find(active.ScenarioId) is { } scenario && text.Length > 0)
        {
            turn.Routing = RoutingOf(scenario);
            if (router.Safety(turn, text).SelfHarmRisk)
            {
                turn.Routing = TurnRouting.SelfCare;
                // Real distress outranks the role-play: step out of character, give the resources, end the scenario.
                await turn.SendAsync(ActivityFactory.Message(SafetyTexts.CrisisResources), cancellationToken).ConfigureAwait(false);
                return active with { Finished = true };
            }

            return await engine.ContinueAsync(turn, active, text, cancellationToken).ConfigureAwait(false);
        }

        if (session is { Finished: true } done && PracticeCommands.IsReplay(text) && library.Find(done.ScenarioId) is { } replayed)
        {
            turn.Routing = RoutingOf(replayed);
            return await engine.ReplayAsync(turn, replayed, done, cancellationToken).ConfigureAwait(false);
        }

        if (text.Length > 0 && router.Route(turn, text) is { Intent: Intents.PracticeRequest } route)
        {
            var ranked = library.All.OrderByDescending(s => s.Frameworks.Intersect(route.Frameworks).Count()).ToList();
            turn.Routing = new TurnRouting(route.Intent, route.Frameworks);
            await turn.SendAsync(PracticeCards.Choice(ranked, AdaptiveCards.SupportsCards(turn.Activity.ChannelId)), cancellationToken).ConfigureAwait(false);
            return session ?? NoScenarioYet;
        }

        return null;
    }

    /// <summary>Saved after a practice command outside a role-play: nothing is running, and nothing to replay.</summary>
    private static readonly PracticeSession NoScenarioYet = new(string.Empty, Difficulty.Realistic, new RoleplayState([])) { Finished = true };

    /// <summary>A role-play turn is practice on the scenario's frameworks.</summary>
    private static TurnRouting RoutingOf(Scenario scenario) =>
        new(Intents.PracticeRequest, scenario.Frameworks.Count > 0 ? [.. scenario.Frameworks.Take(3)] : [FrameworkKeys.None]);

    /// <summary>
    /// "My progress" is feedback on the learner's own practice (not a request to practise), about the frameworks of the
    /// scenarios they practised, most recent first.
    /// </summary>
    private TurnRouting ProgressRouting(PracticeProgress progress)
    {
        List<string> practised = [.. progress.Results.AsEnumerable().Reverse()
            .SelectMany(r => library.Find(r.ScenarioId)?.Frameworks.Take(1) ?? [])
            .Distinct(StringComparer.Ordinal).Take(3)];
        return new TurnRouting(Intents.Feedback, practised.Count > 0 ? practised : [FrameworkKeys.None]);
    }

    private static (string Id, Difficulty Difficulty)? StartRequest(JsonElement? value, string text)
    {
        if (value is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(PracticeCards.StartMarker, out _)
            && data.TryGetProperty("scenario", out var scenario) && scenario.ValueKind == JsonValueKind.String)
        {
            var level = data.TryGetProperty("difficulty", out var d) && d.ValueKind == JsonValueKind.String && Enum.TryParse<Difficulty>(d.GetString(), true, out var parsed)
                ? parsed
                : Difficulty.Realistic;
            return (scenario.GetString()!, level);
        }

        return PracticeCommands.Start(text);
    }
}
