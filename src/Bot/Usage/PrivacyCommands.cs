using System.Text.RegularExpressions;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Routing;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// "opt out", "opt in" and "forget me", answered before any routing so they work in every state and are never
/// themselves recorded. Each is confirmed; a store that cannot be reached is said plainly, never hidden.
/// </summary>
public sealed partial class PrivacyCommands(
    Pseudonymizer pseudonymizer, OptOuts optOuts, IUsageStore store, UsageWriter writer, UsageQueue queue, IEnumerable<UserDataEraser> erasers,
    TimeProvider time, ILogger<PrivacyCommands> logger)
{
    /// <summary>How long "opt out" waits for the writer to store what came before it (see <see cref="OptOutAsync"/>).</summary>
    private static readonly TimeSpan FlushWait = TimeSpan.FromSeconds(2);

    internal const string OptedOutText =
        "Done: I've stopped recording usage statistics for you. Nothing from your chats will be counted from now on. " +
        "Type **opt in** to undo this, or **forget me** to also delete what was recorded before.";

    internal const string OptedInText =
        "Thanks: usage statistics are on again for you. They never include what you write, only which features were used. " +
        "Type **opt out** at any time to stop.";

    internal const string ForgottenText =
        "Done: I've deleted your usage records and everything I had saved about your conversations with me.";

    internal const string StillOptedOutText = " You're still opted out, so nothing new will be recorded.";

    internal const string StoreDownText =
        "Sorry, I couldn't reach the usage store just now, so nothing has changed yet. Please try again in a few minutes.";

    public static string? Recognise(string? text)
    {
        if (text is null)
        {
            return null;
        }

        // Teams puts the bot's <at> mention in the text of channel messages.
        var normalized = Spaces().Replace(Mention().Replace(text, " "), " ").Trim().TrimEnd('.', '!').ToLowerInvariant();
        return normalized switch
        {
            "opt out" or "opt-out" or "optout" => "opt out",
            "opt in" or "opt-in" or "optin" => "opt in",
            "forget me" => "forget me",
            _ => null,
        };
    }

    /// <summary>True when the turn was one of these commands and has been answered.</summary>
    public async Task<bool> TryHandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != Protocol.ActivityTypes.Message || Recognise(turn.Activity.Text) is not { } command
            || UsageUser.From(turn.Activity) is not { } user)
        {
            return false;
        }

        turn.Facts.Intent = command.Replace(' ', '_');
        turn.Routing = new TurnRouting(Intents.GreetingHelp, [FrameworkKeys.None]);
        var pseudonyms = pseudonymizer.All(user);
        string reply;
        try
        {
            reply = command switch
            {
                "opt out" => await OptOutAsync(pseudonyms, cancellationToken).ConfigureAwait(false),
                "opt in" => await OptInAsync(pseudonyms, cancellationToken).ConfigureAwait(false),
                _ => await ForgetAsync(user, pseudonyms, cancellationToken).ConfigureAwait(false),
            };
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.PrivacyCommandFailed(logger, ex, command, turn.Activity.Conversation?.Id);
            reply = StoreDownText;
        }

        await turn.SendTextAsync(reply, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<string> OptOutAsync(IReadOnlyList<string> pseudonyms, CancellationToken cancellationToken)
    {
        // Turns before the opt-out were recorded while the user allowed it ("forget me" deletes them), but the store
        // refuses events of an opted-out user, and the writer may still be waiting for a fuller batch: let it write
        // them first. A store that is down does not hold the command up for long.
        using (var flush = new CancellationTokenSource(FlushWait, time))
        using (var either = CancellationTokenSource.CreateLinkedTokenSource(flush.Token, cancellationToken))
        {
            try
            {
                await queue.WaitIdleAsync(either.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The store is slow or down; what is still queued follows the opt-out, as before the linger existed.
            }
        }

        // The current pseudonym is enough in the store; lookups check every key's pseudonym.
        await store.SetOptOutAsync([pseudonyms[0]], true, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        optOuts.Add(pseudonyms);
        return OptedOutText;
    }

    private async Task<string> OptInAsync(IReadOnlyList<string> pseudonyms, CancellationToken cancellationToken)
    {
        await store.SetOptOutAsync(pseudonyms, false, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        optOuts.Remove(pseudonyms);
        return OptedInText;
    }

    private async Task<string> ForgetAsync(UsageUser user, IReadOnlyList<string> pseudonyms, CancellationToken cancellationToken)
    {
        var deleted = await writer.EraseAsync(pseudonyms, cancellationToken).ConfigureAwait(false);
        foreach (var eraser in erasers)
        {
            await eraser.EraseAsync(user, cancellationToken).ConfigureAwait(false);
        }

        Log.UserForgotten(logger, deleted, erasers.Count());
        // The opt-out row stays: it holds only a pseudonym, and removing it would start recording again.
        return optOuts.Contains(pseudonyms) ? ForgottenText + StillOptedOutText : ForgottenText;
    }

    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
