using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Dialogs;
using CpcCoach.Bot.Model;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Answers;
using CpcCoach.Knowledge.Routing;
using Route = CpcCoach.Knowledge.Routing.Route;

namespace CpcCoach.Bot.Coaching;

/// <summary>
/// A user message (already redacted by the redaction middleware): route it, answer from the knowledge base, then
/// let a guided flow continue where the intent has one. Every reply carries the route as the turn's routing entity.
/// </summary>
public sealed class MessageHandler(MessageRouter router, AnswerComposer composer, GroundedAnswerer answerer, FlowStarter flows, ILogger<MessageHandler> logger)
{
    /// <summary>The reply when the knowledge base has nothing for a message.</summary>
    internal const string FallbackText = AnswerComposer.NoEntry;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text?.Trim() ?? string.Empty;
        var route = router.Route(turn, text);
        turn.Routing = RoutingOf(route);
        var answer = composer.Compose(route, text);
        RecordFacts(turn.Facts, route, answer, text);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            // Joined only when someone reads them: this runs on every message.
            Log.Routed(logger, turn.Activity.Conversation?.Id, route.Intent, string.Join(",", route.Frameworks));
            Log.RouteExplained(logger, turn.Activity.Conversation?.Id, string.Join(" | ", route.Explanation));
        }

        // With a model configured, a coaching tip is rephrased from the entries (Model/); otherwise, and on any model
        // failure, these deterministic activities are what is sent.
        var reply = AnswerActivities.Build(answer, route, AdaptiveCards.SupportsCards(turn.Activity.ChannelId));
        await answerer.SendAsync(turn, answer, reply, cancellationToken).ConfigureAwait(false);

        // Guided conversations (prepare, learn, emotion, debrief, feedback) continue as dialogs after the quick answer
        // (Dialogs/FlowStarter.cs); safety moments and tapped follow-ups do not start one.
        if (route.Safety is { Concern: Knowledge.Safety.ScopeConcern.None, SelfHarmRisk: false } && route.FollowUp is null)
        {
            await flows.TryStartAsync(turn, route.Intent, route.Frameworks, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The router's decision for the turn's text, for a reply that must go before the turn decided.</summary>
    public TurnRouting RoutingOf(TurnContext turn) => RoutingOf(router.Route(turn, turn.Activity.Text?.Trim() ?? string.Empty));

    internal static TurnRouting RoutingOf(Route route) => new(route.Intent, route.Frameworks);

    private static void RecordFacts(TurnFacts facts, Route route, Answer answer, string text)
    {
        facts.Intent ??= route.Intent;
        facts.Frameworks = route.Frameworks;
        facts.EntryIds = [.. answer.Entries.Select(e => e.Id)];
        facts.Unanswered = answer.Unanswered;
        facts.GapTerms = answer.Unanswered ? GapTerms.From(text) : [];
    }
}
