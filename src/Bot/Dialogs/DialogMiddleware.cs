using CpcCoach.Bot.Coaching;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.State;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// Holds the conversation's lock for the whole turn, loads its state, lets an active dialog take the message
/// (answers, global commands, interruptions) before routing, and saves once at the end. Registered after the
/// redaction middleware, so every text it sees and stores is already redacted.
/// </summary>
internal sealed class DialogMiddleware(ConversationLock locks, StateStore store, DialogEngine engine, DialogCommands commands, MessageRouter router, ILogger<DialogMiddleware> logger)
    : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke) || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            await next(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        var channelId = activity.ChannelId ?? string.Empty;
        await using var held = await locks.AcquireAsync($"{channelId}:{conversationId}", cancellationToken).ConfigureAwait(false);
        var loaded = await store.LoadConversationAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false);
        if (activity.Id is { } id && loaded.HasApplied(id))
        {
            // A channel retry that reached another instance after the first attempt was applied: never apply it twice.
            Log.ActivityAlreadyApplied(logger, id, conversationId);
            return;
        }

        var session = new DialogSession(turn, loaded with { UserId = loaded.UserId ?? activity.From?.Id });
        DialogSession.Attach(turn, session);
        if (activity.Type == ActivityTypes.Message)
        {
            await OnMessageAsync(session, next, cancellationToken).ConfigureAwait(false);
            session.State = session.State with { Turns = session.State.Turns + 1 };
        }
        else
        {
            await next(turn, cancellationToken).ConfigureAwait(false);
        }

        await store.SaveConversationAsync(channelId, conversationId, loaded, session.State.WithApplied(activity.Id), cancellationToken).ConfigureAwait(false);
        if (loaded.Revision == 0 && session.State.UserId is { } userId)
        {
            await RememberConversationAsync(channelId, userId, conversationId, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnMessageAsync(DialogSession session, TurnHandler next, CancellationToken cancellationToken)
    {
        var turn = session.Turn;
        var text = turn.Activity.Text?.Trim() ?? string.Empty;
        if (CardData.Read(turn.Activity.Value) is { } card)
        {
            await commands.OnCardAsync(session, card, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (UserWords.IsShowPlan(text))
        {
            await commands.ShowPlanAsync(session, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (session.Top is null)
        {
            if (session.State.Paused.Count > 0 && (UserWords.IsResume(text) || UserWords.YesNo(text) is not null))
            {
                await (UserWords.YesNo(text) == false ? commands.DropPausedAsync(session, cancellationToken) : commands.ResumeAsync(session, cancellationToken)).ConfigureAwait(false);
                return;
            }

            if (UserWords.StartCommand(text) is { } start)
            {
                turn.Facts.Intent = start.Intent;
                turn.Routing = FlowRouting.For(start.Flow, Slots.Empty);
                await engine.BeginAsync(session, start.Flow, null, cancellationToken).ConfigureAwait(false);
                return;
            }

            await next(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The turn answers within the flow, unless a question interrupts it (then the router decides).
        turn.Routing = FlowRouting.Of(session.State.Stack[0]);
        if (router.Safety(turn, text).SelfHarmRisk)
        {
            // The message handler, which answers this first outside a dialog, does not see dialog answers.
            turn.Routing = TurnRouting.SelfCare;
            await turn.SendAsync(DialogEngine.Markdown(SafetyTexts.CrisisResources), cancellationToken).ConfigureAwait(false);
        }

        if (UserWords.IsCancel(text))
        {
            await commands.CancelAsync(session, cancellationToken).ConfigureAwait(false);
        }
        else if (UserWords.IsRestart(text))
        {
            await commands.RestartAsync(session, cancellationToken).ConfigureAwait(false);
        }
        else if (UserWords.IsHelp(text))
        {
            await commands.HelpAsync(session, cancellationToken).ConfigureAwait(false);
        }
        else if (engine.WaitingPrompt(session) is { OnQuestion: not QuestionPolicy.Answer } prompt && UserWords.IsQuestion(text) && (prompt is AskStep || !engine.Fits(session, text)))
        {
            await commands.InterruptAsync(session, prompt.OnQuestion, next, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await engine.ContinueAsync(session, text, null, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RememberConversationAsync(string channelId, string userId, string conversationId, CancellationToken cancellationToken)
    {
        var user = await store.LoadUserAsync(channelId, userId, cancellationToken).ConfigureAwait(false);
        if (!user.Conversations.Contains(conversationId))
        {
            var recent = user.Conversations.Skip(Math.Max(0, user.Conversations.Count - UserState.ConversationCapacity + 1));
            await store.SaveUserAsync(channelId, userId, user with { Conversations = [.. recent, conversationId] }, cancellationToken).ConfigureAwait(false);
        }
    }
}
