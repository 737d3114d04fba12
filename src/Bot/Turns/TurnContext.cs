using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Turns;

/// <summary>One inbound activity being handled, and what the turn has produced so far.</summary>
public sealed class TurnContext(Activity activity, IReplySender sender, CallerIdentity caller)
{
    /// <summary>The inbound activity. Middleware may replace it (redaction, mention stripping) before the bot sees it.</summary>
    public Activity Activity { get; set; } = activity;

    public IReplySender Sender { get; } = sender;

    public CallerIdentity Caller { get; } = caller;

    /// <summary>What this turn decided (intent, frameworks, redaction...), for usage reporting.</summary>
    public TurnFacts Facts { get; } = new();

    /// <summary>Per-turn results that several components need and one computes (see Coaching/TurnRouting.cs).</summary>
    public IDictionary<object, object> Items => _items ??= [];

    private Dictionary<object, object>? _items;

    /// <summary>Set by invoke handlers; its status and body become the HTTP answer.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>How many activities this turn has sent; the error boundary and timeout read it.</summary>
    public int SentCount => _sentCount;

    private int _sentCount;

    public async Task<ResourceResponse> SendAsync(Activity outbound, CancellationToken cancellationToken)
    {
        var addressed = outbound.AddressedAsReplyTo(Activity);
        var response = await Sender.SendAsync(addressed, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _sentCount);
        return response;
    }

    public Task<ResourceResponse> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(ActivityFactory.Message(text), cancellationToken);

    public Task<ResourceResponse> UpdateAsync(Activity outbound, CancellationToken cancellationToken) =>
        Sender.UpdateAsync(outbound.AddressedAsReplyTo(Activity, setReplyToId: false), cancellationToken);

    public Task DeleteAsync(string activityId, CancellationToken cancellationToken) =>
        Sender.DeleteAsync(Activity.Conversation?.Id ?? string.Empty, activityId, cancellationToken);
}
