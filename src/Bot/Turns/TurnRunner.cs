using CpcCoach.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Turns;

/// <summary>
/// Runs one turn: error boundary, then timeout, then the registered middleware in order, then the bot.
/// The chain is built once; a turn allocates only its context.
/// </summary>
public sealed class TurnRunner
{
    internal const string ApologyText = "Sorry, something went wrong on my side. Please try again in a moment.";
    internal const string TimeoutText = "Sorry, that took me longer than it should. Please try again.";

    private readonly TurnHandler _chain;
    private readonly Func<TurnContext, TurnRouting> _routingFallback;
    private readonly TimeProvider _time;
    private readonly ILogger<TurnRunner> _logger;
    private readonly IOptionsMonitor<TurnOptions> _options;

    public TurnRunner(
        IEnumerable<ITurnMiddleware> middleware,
        IBot bot,
        TimeProvider time,
        IOptionsMonitor<TurnOptions> options,
        ILogger<TurnRunner> logger)
    {
        _time = time;
        _options = options;
        _logger = logger;
        _routingFallback = bot.RoutingOf;
        TurnHandler chain = bot.OnTurnAsync;
        foreach (var step in middleware.Reverse())
        {
            var next = chain;
            chain = (turn, ct) => step.OnTurnAsync(turn, next, ct);
        }

        _chain = chain;
    }

    public async Task<TurnContext> RunAsync(Activity activity, IReplySender sender, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var turn = new TurnContext(activity, sender, caller) { RoutingFallback = _routingFallback };
        using var scope = _logger.BeginTurnScope(activity.Conversation?.Id, activity.Id, activity.ChannelId);
        var timeout = _options.CurrentValue.Timeout;
        using var timeoutCts = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutCts.Token, cancellationToken);
        try
        {
            // WaitAsync is the hard stop: even code that ignores its token cannot hold the turn past the budget.
            // It watches the same token, whose timer started before the chain did.
            await _chain(turn, linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeoutCts.IsCancellationRequested)
        {
            Log.TurnTimedOut(_logger, activity.Id, activity.Conversation?.Id, timeout.TotalMilliseconds);
            await ApologiseAsync(turn, TimeoutText, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.TurnFailed(_logger, ex, activity.Id, activity.Conversation?.Id, activity.Type);
            await ApologiseAsync(turn, ApologyText, cancellationToken).ConfigureAwait(false);
        }

        return turn;
    }

    private async Task ApologiseAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            turn.InvokeResponse = InvokeResults.Error(text);
        }

        // Only a user-facing turn gets an apology; a failed conversationUpdate stays quiet.
        if (turn.Activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke))
        {
            return;
        }

        try
        {
            await turn.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The channel itself may be what failed; the boundary has already logged the turn.
            Log.ApologyFailed(_logger, ex, turn.Activity.Conversation?.Id);
        }
    }
}
