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

    /// <summary>Per-turn results that several components need and one computes (see Coaching/MessageRouter.cs).</summary>
    public IDictionary<object, object> Items => _items ??= [];

    private Dictionary<object, object>? _items;

    /// <summary>Set by invoke handlers; its status and body become the HTTP answer.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>
    /// What the user message was routed to, set by the part that answers it (the router, an active dialog or
    /// role-play, a command) before it replies. Every message sent or updated in reply to a user message gets it as
    /// its one routing entity, unless the message already carries one.
    /// </summary>
    public TurnRouting? Routing { get; set; }

    /// <summary>Decides <see cref="Routing"/> when a reply must go before any part has (the error boundary's apology).</summary>
    public Func<TurnContext, TurnRouting>? RoutingFallback { get; init; }

    /// <summary>How many activities this turn has sent; the error boundary and timeout read it.</summary>
    public int SentCount => _sentCount;

    private int _sentCount;
    private readonly Lock _prefaceGate = new();
    private List<Activity> _preface = [];

    public async Task<ResourceResponse> SendAsync(Activity outbound, CancellationToken cancellationToken)
    {
        await SendPrefaceAsync(cancellationToken).ConfigureAwait(false);
        return await SendNowAsync(outbound, cancellationToken).ConfigureAwait(false);
    }

    public Task<ResourceResponse> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(ActivityFactory.Message(text), cancellationToken);

    public Task<ResourceResponse> UpdateAsync(Activity outbound, CancellationToken cancellationToken) =>
        Sender.UpdateAsync(WithRouting(outbound).AddressedAsReplyTo(Activity, setReplyToId: false), cancellationToken);

    /// <summary>
    /// Queues a notice to go right before the turn's first reply, so it carries the routing that reply is sent with
    /// (decided later in the turn); <see cref="SendPrefaceAsync"/> sends it if nothing else did.
    /// </summary>
    public void Preface(Activity notice)
    {
        lock (_prefaceGate)
        {
            _preface.Add(notice);
        }
    }

    /// <summary>Sends what <see cref="Preface"/> queued and has not gone yet.</summary>
    public async Task SendPrefaceAsync(CancellationToken cancellationToken)
    {
        List<Activity> queued;
        lock (_prefaceGate)
        {
            if (_preface.Count == 0)
            {
                return;
            }

            queued = _preface;
            _preface = [];
        }

        foreach (var notice in queued)
        {
            await SendNowAsync(notice, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ResourceResponse> SendNowAsync(Activity outbound, CancellationToken cancellationToken)
    {
        var addressed = WithRouting(outbound).AddressedAsReplyTo(Activity);
        var response = await Sender.SendAsync(addressed, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _sentCount);
        return response;
    }

    /// <summary>A message replying to a user message gets the turn's routing; typing, invoke answers and other turns do not.</summary>
    private Activity WithRouting(Activity outbound)
    {
        if (Activity.Type != ActivityTypes.Message || outbound.Type != ActivityTypes.Message || TurnRouting.IsCarriedBy(outbound))
        {
            return outbound;
        }

        // Decided once: every reply of the turn names the same routing.
        Routing ??= RoutingFallback?.Invoke(this);
        return Routing is null ? outbound : outbound with { Entities = [.. outbound.Entities ?? [], Routing.ToEntity()] };
    }

    public Task DeleteAsync(string activityId, CancellationToken cancellationToken) =>
        Sender.DeleteAsync(Activity.Conversation?.Id ?? string.Empty, activityId, cancellationToken);
}
