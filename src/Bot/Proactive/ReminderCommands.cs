using System.Text.RegularExpressions;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Teams;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Routing;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Proactive;

/// <summary>
/// "remind me …" and "stop reminders", answered before routing so they work in any dialog state; and, after a
/// prepare flow completes, the offer to be reminded to debrief. Reminders are personal: they are offered and
/// set only in a one-to-one chat whose conversation reference is stored (so the bot can write there later).
/// </summary>
internal sealed partial class ReminderCommands(
    ConversationReferences references, IReminderStore reminders, TimeProvider time, IOptionsMonitor<ProactiveOptions> options,
    ILogger<ReminderCommands> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type == ActivityTypes.Message && activity.Text is { Length: > 0 } text)
        {
            if (StopWords().IsMatch(text.Trim()))
            {
                await StopAsync(turn, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (RemindMe().Match(text.Trim()) is { Success: true } remind)
            {
                await RemindAsync(turn, remind.Groups["when"].Value.Trim(), cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        await next(turn, cancellationToken).ConfigureAwait(false);

        if (turn.Facts.FlowEvent == "completed" && OffersAfter(turn.Facts.Flow) && await ReachableAsync(activity, cancellationToken).ConfigureAwait(false))
        {
            await turn.SendAsync(ReminderMessages.Offer(), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RemindAsync(TurnContext turn, string when, CancellationToken cancellationToken)
    {
        turn.Facts.Intent = "remind_debrief";
        turn.Routing = TurnRouting.SelfCare;
        var activity = turn.Activity;
        if (await ReferenceAsync(activity, cancellationToken).ConfigureAwait(false) is not { } reference || TeamsUser.Key(activity) is not { } userKey)
        {
            await turn.SendTextAsync(ReminderMessages.NotHereText, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (when.Length == 0)
        {
            await turn.SendAsync(ReminderMessages.Offer(), cancellationToken).ConfigureAwait(false);
            return;
        }

        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        if (ReminderTimes.Parse(when, activity, now, settings.EveningHour, settings.MorningHour) is not { } due)
        {
            await turn.SendAsync(ActivityFactory.Message(ReminderMessages.NotUnderstoodText) with { TextFormat = "markdown" }, cancellationToken).ConfigureAwait(false);
            return;
        }

        // At least a minute ahead, so "in 0 minutes" or a time that just passed is not sent as if it were planned.
        if (due < now + TimeSpan.FromMinutes(1) || due > now + settings.MaxReminderDelay)
        {
            await turn.SendTextAsync(ReminderMessages.OutOfRange(settings.MaxReminderDelay), cancellationToken).ConfigureAwait(false);
            return;
        }

        var tenant = TeamsUser.TenantOf(activity);
        var conversationId = activity.Conversation!.Id!;
        await reminders.ScheduleAsync(
            new Reminder(Reminder.IdFor(tenant, conversationId, userKey), userKey, reference, due.ToUniversalTime()),
            cancellationToken).ConfigureAwait(false);
        Log.ReminderScheduled(logger, conversationId, due);
        await turn.SendAsync(
            ActivityFactory.Message(ReminderMessages.Confirmation(ReminderTimes.Describe(due, activity, now))) with { TextFormat = "markdown" },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task StopAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.Facts.Intent = "stop_reminders";
        turn.Routing = new TurnRouting(Intents.GreetingHelp, [FrameworkKeys.None]);
        var activity = turn.Activity;
        var cancelled = 0;
        if (activity.Conversation?.Id is { Length: > 0 } conversationId)
        {
            cancelled += await reminders.CancelAsync(Reminder.ConversationIndexOf(TeamsUser.TenantOf(activity), conversationId), cancellationToken).ConfigureAwait(false);
        }

        if (TeamsUser.Key(activity) is { } userKey)
        {
            cancelled += await reminders.CancelAsync(Reminder.UserIndexOf(userKey), cancellationToken).ConfigureAwait(false);
        }

        Log.RemindersCancelled(logger, activity.Conversation?.Id, cancelled);
        await turn.SendTextAsync(cancelled > 0 ? ReminderMessages.StoppedText : ReminderMessages.NoneToStopText, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ReachableAsync(Activity activity, CancellationToken cancellationToken) =>
        await ReferenceAsync(activity, cancellationToken).ConfigureAwait(false) is not null;

    private async Task<ConversationReference?> ReferenceAsync(Activity activity, CancellationToken cancellationToken) =>
        TeamsUser.ConversationType(activity) == "personal" && activity.Conversation?.Id is { Length: > 0 } conversationId
            ? await references.GetAsync(TeamsUser.TenantOf(activity), conversationId, cancellationToken).ConfigureAwait(false)
            : null;

    private bool OffersAfter(string? flow) =>
        flow is not null && options.CurrentValue.OfferAfterFlows.Split(',', StringSplitOptions.TrimEntries).Contains(flow, StringComparer.Ordinal);

    [GeneratedRegex(@"^(please )?(stop|cancel|no more) (debrief )?reminders?[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StopWords();

    [GeneratedRegex(@"^(please )?remind me( to debrief)?(?<when>(\s.*)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex RemindMe();
}
