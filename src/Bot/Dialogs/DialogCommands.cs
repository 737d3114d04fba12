using System.Globalization;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Feedback;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Routing;

namespace CpcCoach.Bot.Dialogs;

/// <summary>The global commands that work in the middle of any dialog, and our card buttons.</summary>
internal sealed class DialogCommands(DialogEngine engine)
{
    internal const string HelpText =
        "You're in **{0}**. Answer the question above (tap a button or type), type **stop** to leave, or **restart** to begin again. " +
        "You can also ask me any other question; I'll answer it and offer to come back here.";

    internal const string CancelText = "OK, I've stopped **{0}**. Ask me anything, or type **help** to see what I can do.";
    internal const string NoPlanText = "You don't have a plan yet. Say **prepare a conversation** and I'll build one with you.";
    internal const string DroppedText = "OK, we'll leave it there.";

    public async Task OnCardAsync(DialogSession session, CardData card, CancellationToken cancellationToken)
    {
        switch (card.Kind)
        {
            case "answer" when session.Top is not null:
                session.Turn.Routing = FlowRouting.Of(session.State.Stack[0]);
                await engine.ContinueAsync(session, card.Value ?? string.Empty, card.Prompt ?? string.Empty, cancellationToken).ConfigureAwait(false);
                break;
            case "answer":
                session.Turn.Routing = FlowRouting.AboutTheBot;
                await session.Turn.SendTextAsync(DialogEngine.StaleText, cancellationToken).ConfigureAwait(false);
                break;
            case "resume" when session.Top is null && session.State.Paused.Count > 0:
                await ResumeAsync(session, cancellationToken).ConfigureAwait(false);
                break;
            case "drop" when session.Top is null && session.State.Paused.Count > 0:
                await DropPausedAsync(session, cancellationToken).ConfigureAwait(false);
                break;
            case "feedback" when FeedbackRatings.Normalize(card.Rating) is { } rating:
                session.Turn.Facts.FeedbackRating = rating;
                session.Turn.Routing = FlowRouting.For(DialogEngine.FeedbackFlow, Slots.Empty);
                if (session.Top is null)
                {
                    await engine.BeginAsync(session, DialogEngine.FeedbackFlow, new Dictionary<string, string>(StringComparer.Ordinal) { ["rating"] = rating }, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    // Rating an earlier answer mid-dialog: thank, and carry on without a comment detour.
                    await session.Turn.SendTextAsync(FeedbackRatings.ThanksText, cancellationToken).ConfigureAwait(false);
                    await engine.RepromptAsync(session, cancellationToken).ConfigureAwait(false);
                }

                break;
            case "start" when card.Flow is { } flow && engine.Flows.Find(flow) is not null:
                session.Turn.Routing = FlowRouting.For(flow, Slots.Empty);
                engine.CancelAll(session);
                await engine.BeginAsync(session, flow, null, cancellationToken).ConfigureAwait(false);
                break;
            default:
                session.Turn.Routing = FlowRouting.AboutTheBot;
                await session.Turn.SendTextAsync(DialogEngine.StaleText, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    public async Task ShowPlanAsync(DialogSession session, CancellationToken cancellationToken)
    {
        var planned = session.State.Plan?.Frameworks ?? [];
        session.Turn.Routing = new TurnRouting(Intents.PrepareConversation, planned.Count > 0 ? [.. planned.Take(3)] : [FrameworkKeys.None]);
        if (session.State.Plan is { } plan)
        {
            await session.Turn.SendAsync(PocketCard.Build(plan, AdaptiveCards.SupportsCards(session.Turn.Activity.ChannelId)), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await session.Turn.SendAsync(DialogEngine.Markdown(NoPlanText), cancellationToken).ConfigureAwait(false);
        }

        if (session.Top is not null)
        {
            await engine.RepromptAsync(session, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task CancelAsync(DialogSession session, CancellationToken cancellationToken)
    {
        var title = engine.TitleOf(session.State.Stack[0].Flow);
        engine.CancelAll(session);
        await session.Turn.SendAsync(DialogEngine.Markdown(Format(CancelText, title)), cancellationToken).ConfigureAwait(false);
    }

    public async Task RestartAsync(DialogSession session, CancellationToken cancellationToken)
    {
        var flow = session.State.Stack[0].Flow;
        session.State = session.State with { Stack = [] };
        await session.Turn.SendTextAsync("Starting again from the top.", cancellationToken).ConfigureAwait(false);
        await engine.BeginAsync(session, flow, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task HelpAsync(DialogSession session, CancellationToken cancellationToken)
    {
        await session.Turn.SendAsync(DialogEngine.Markdown(Format(HelpText, engine.TitleOf(session.State.Stack[0].Flow))), cancellationToken).ConfigureAwait(false);
        await engine.RepromptAsync(session, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A new question mid-dialog: set the dialog aside, let the normal message path answer, then offer to come back.</summary>
    public async Task InterruptAsync(DialogSession session, QuestionPolicy policy, TurnHandler next, CancellationToken cancellationToken)
    {
        if (policy == QuestionPolicy.Leave)
        {
            session.State = session.State with { Stack = [] };
            await next(session.Turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        var paused = session.State.Stack;
        session.State = session.State with { Stack = [], Paused = paused };
        session.Interrupting = true;
        await next(session.Turn, cancellationToken).ConfigureAwait(false);
        if (session.Top is null)
        {
            await session.Turn.SendAsync(DialogCards.ResumeOffer(engine.TitleOf(paused[0].Flow), AdaptiveCards.SupportsCards(session.Turn.Activity.ChannelId)), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ResumeAsync(DialogSession session, CancellationToken cancellationToken)
    {
        session.Turn.Routing = FlowRouting.Of(session.State.Paused[0]);
        session.State = session.State with { Stack = session.State.Paused, Paused = [] };
        await engine.RepromptAsync(session, cancellationToken).ConfigureAwait(false);
    }

    public async Task DropPausedAsync(DialogSession session, CancellationToken cancellationToken)
    {
        session.Turn.Routing = FlowRouting.Of(session.State.Paused[0]);
        session.State = session.State with { Stack = session.State.Paused, Paused = [] };
        engine.CancelAll(session);
        await session.Turn.SendTextAsync(DroppedText, cancellationToken).ConfigureAwait(false);
    }

    private static string Format(string template, string title) => string.Format(CultureInfo.InvariantCulture, template, title);
}
