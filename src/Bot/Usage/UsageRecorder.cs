using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Usage;

/// <summary>Turns what a turn decided (<see cref="TurnFacts"/>) into a <see cref="UsageEvent"/> and queues it.</summary>
public sealed class UsageRecorder(Pseudonymizer pseudonymizer, UsageSanitizer sanitizer, OptOuts optOuts, UsageQueue queue, TimeProvider time)
{
    public static readonly string[] FlowEvents = ["started", "completed", "abandoned"];
    public static readonly string[] Ratings = ["helpful", "unhelpful"];

    /// <summary>Queues the turn's event unless the user opted out; false when nothing was queued.</summary>
    /// <param name="inbound">The message text as this middleware received it, to learn which words were identifiers.</param>
    public bool Record(TurnContext turn, string? inbound, string outcome, TimeSpan latency)
    {
        if (UsageUser.From(turn.Activity) is not { } user)
        {
            return false;
        }

        // Every key's pseudonym, for the opt-out check; the current one, which the event is written under, comes first.
        var pseudonyms = pseudonymizer.All(user);
        if (optOuts.Contains(pseudonyms))
        {
            return false;
        }

        var facts = turn.Facts;
        var identifiers = sanitizer.IdentifierWords(inbound);
        var intent = UsageSanitizer.Key(facts.Intent, identifiers);
        return queue.TryEnqueue(new UsageEvent
        {
            Hour = HourOf(time.GetUtcNow()),
            Kind = intent is UsageKinds.InsightsShown or UsageKinds.InsightsRefused ? intent : UsageKinds.Turn,
            Pseudonym = pseudonyms[0],
            Channel = UsageSanitizer.Key(turn.Activity.ChannelId?.ToLowerInvariant()) ?? "unknown",
            Intent = intent,
            Frameworks = UsageSanitizer.Keys(facts.Frameworks, identifiers),
            EntryIds = UsageSanitizer.Keys(facts.EntryIds, identifiers),
            Flow = UsageSanitizer.Key(facts.Flow, identifiers),
            FlowEvent = UsageSanitizer.OneOf(facts.FlowEvent, FlowEvents),
            Rating = UsageSanitizer.OneOf(facts.FeedbackRating, Ratings),
            Role = UsageSanitizer.Key(facts.Role, identifiers),
            Unanswered = facts.Unanswered,
            GapTerms = facts.Unanswered ? sanitizer.GapTerms(facts.GapTerms, identifiers, inbound ?? string.Empty) : [],
            Outcome = outcome,
            LatencyMs = Milliseconds(latency.TotalMilliseconds),
            ModelPromptTokens = Math.Max(0, facts.ModelPromptTokens),
            ModelCompletionTokens = Math.Max(0, facts.ModelCompletionTokens),
            ModelLatencyMs = Milliseconds(facts.ModelLatencyMs),
        });
    }

    /// <summary>An event that is not a chat turn (a refused dashboard visit): no user, so no pseudonym to link.</summary>
    public bool RecordAnonymous(string kind, string channel) => queue.TryEnqueue(new UsageEvent
    {
        Hour = HourOf(time.GetUtcNow()),
        Kind = kind,
        Pseudonym = "anonymous",
        Channel = channel,
    });

    public static DateTimeOffset HourOf(DateTimeOffset now) => new(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);

    private static int Milliseconds(double ms) => double.IsFinite(ms) ? (int)Math.Clamp(ms, 0, int.MaxValue) : 0;

    internal static bool IsUserTurn(Activity activity) =>
        activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && activity.From?.Id is { Length: > 0 };
}
