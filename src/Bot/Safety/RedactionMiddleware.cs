using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Safety;
using Microsoft.Extensions.Caching.Distributed;

namespace CpcCoach.Bot.Safety;

/// <summary>
/// Runs first on every turn: replaces the inbound activity with a redacted copy, so no later middleware, dialog,
/// router, usage record or model prompt sees a patient identifier. Tells the user once per conversation; the
/// flag lives in the distributed cache so it survives restarts and scale-out, like the welcome flag.
/// </summary>
internal sealed class RedactionMiddleware(
    PhiRedactor redactor,
    SafetyClassifier classifier,
    IDistributedCache cache,
    ILogger<RedactionMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        var redaction = new ActivityRedaction(redactor);
        var inbound = turn.Activity;
        turn.Activity = redaction.Apply(inbound);
        if (redaction.Kinds.Count == 0)
        {
            await next(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        turn.Facts.RedactedKinds = redaction.Kinds;
        Log.IdentifiersRedacted(logger, string.Join(",", redaction.Kinds), inbound.Id, inbound.Conversation?.Id);
        var notify = inbound.Type is ActivityTypes.Message or ActivityTypes.Invoke && await ClaimNoticeAsync(turn.Activity, cancellationToken).ConfigureAwait(false);

        // Crisis resources come before anything else, so in a self-harm turn the notice waits until the end. Otherwise
        // it goes just before the first reply, once the turn knows its routing (the notice carries it too).
        var noticeLast = notify && classifier.Classify(turn.Activity.Text ?? string.Empty).SelfHarmRisk;
        if (notify && !noticeLast)
        {
            turn.Preface(ActivityFactory.Message(SafetyTexts.IdentifierNotice));
            Log.IdentifierNoticeSent(logger, turn.Activity.Conversation?.Id);
        }

        await next(turn, cancellationToken).ConfigureAwait(false);
        await turn.SendPrefaceAsync(cancellationToken).ConfigureAwait(false);
        if (noticeLast)
        {
            await turn.SendTextAsync(SafetyTexts.IdentifierNotice, cancellationToken).ConfigureAwait(false);
            Log.IdentifierNoticeSent(logger, turn.Activity.Conversation?.Id);
        }
    }

    private async Task<bool> ClaimNoticeAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = $"cpc:phi-notice:{activity.ChannelId}:{activity.Conversation?.Id}";
        if (await cache.GetAsync(key, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await cache.SetAsync(key, [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromDays(365) }, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
