using System.Globalization;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.State;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// Runs flows on the session's dialog stack: begin pushes a flow, continue gives the waiting prompt its answer,
/// and the loop executes steps (one switch over the closed set of step kinds) until a prompt waits or the stack empties.
/// </summary>
public sealed class DialogEngine(FlowLibrary flows, DialogActions actions, IOptionsMonitor<DialogOptions> options, ILogger<DialogEngine> logger)
{
    public const string FeedbackFlow = "feedback";

    /// <summary>Stops a flow file whose branches loop without ever prompting from spinning a turn forever.</summary>
    private const int MaxStepsPerTurn = 100;

    internal const string StaleText = "That question has already been answered, so I've ignored that click.";
    internal const string GiveUpText = "Let's leave **{0}** here for now. You can start it again any time, or just ask me a question.";

    public FlowLibrary Flows => flows;

    public async Task BeginAsync(DialogSession session, string flowId, IReadOnlyDictionary<string, string>? slots, CancellationToken cancellationToken)
    {
        var flow = flows.Find(flowId) ?? throw new ArgumentException($"Unknown flow '{flowId}'.", nameof(flowId));
        if (session.Top is null)
        {
            Report(session, flow.Id, "started");
        }

        session.Push(new DialogFrame(flow.Id, flow.Version, flow.First.Id, slots ?? Slots.Empty));
        await RunAsync(session, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The user's answer to the waiting prompt; <paramref name="cardPromptId"/> is set when it came from a card button.</summary>
    public async Task ContinueAsync(DialogSession session, string text, string? cardPromptId, CancellationToken cancellationToken)
    {
        if (!await EnsureCurrentAsync(session, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var frame = session.Top!;
        var flow = flows.Find(frame.Flow)!;
        if (cardPromptId is not null && cardPromptId != frame.PromptId || flow.Find(frame.Step) is not PromptStep step)
        {
            await session.Turn.SendTextAsync(StaleText, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (Interpret(step, frame.Slots, text, fromCard: cardPromptId is not null) is not { } answer)
        {
            await RetryAsync(session, flow, step, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (session.State.Stack.Count == 1 && session.Turn.SentCount == 0)
        {
            // The answer is part of what the message said ("Family meeting"): the turn's replies name where it points.
            session.Turn.Routing = FlowRouting.For(frame.Flow, Slots.With(frame.Slots, [new(step.Save, answer.Value)]));
        }

        await CloseCardAsync(session, frame, step, answer.Title, cancellationToken).ConfigureAwait(false);
        session.ReplaceTop(frame with
        {
            Slots = Slots.With(frame.Slots, [new(step.Save, answer.Value), new(step.Save + "_title", step is ChooseStep ? answer.Title : string.Empty)]),
            Step = flow.After(step) ?? step.Id,
            Retries = 0,
            PromptId = null,
            PromptActivityId = null,
        });
        await RunAsync(session, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the waiting prompt again (after help, or on resume), keeping its id so its earlier card still works.</summary>
    public async Task RepromptAsync(DialogSession session, CancellationToken cancellationToken)
    {
        if (await EnsureCurrentAsync(session, cancellationToken).ConfigureAwait(false) && session.Top is { } frame)
        {
            session.ReplaceTop(frame with { PromptId = null });
            await RunAsync(session, cancellationToken, keepPromptId: frame.PromptId).ConfigureAwait(false);
        }
    }

    /// <summary>Ends every dialog on the stack; reported as abandoned.</summary>
    public void CancelAll(DialogSession session)
    {
        if (session.State.Stack.Count > 0)
        {
            Report(session, session.State.Stack[0].Flow, "abandoned");
        }

        session.State = session.State with { Stack = [] };
    }

    public string TitleOf(string flowId) => flows.Find(flowId)?.Title ?? flowId;

    public PromptStep? WaitingPrompt(DialogSession session) =>
        session.Top is { } frame && flows.Find(frame.Flow)?.Find(frame.Step) is PromptStep step ? step : null;

    /// <summary>
    /// True when a question-like <paramref name="text"/> still plainly answers the waiting prompt: a whole option name
    /// or yes/no. A question that merely mentions an option ("...when a family member is crying?") is a new question.
    /// </summary>
    public bool Fits(DialogSession session, string text) => WaitingPrompt(session) switch
    {
        ChooseStep choose => ChoiceMatcher.MatchExact(text, OptionsOf(choose, session.Top!.Slots)) is not null,
        { } step => Interpret(step, session.Top!.Slots, text, fromCard: false) is not null,
        null => false,
    };

    private async Task RunAsync(DialogSession session, CancellationToken cancellationToken, string? keepPromptId = null)
    {
        for (var budget = MaxStepsPerTurn; session.Top is { } frame; budget--)
        {
            var flow = flows.Find(frame.Flow)!;
            var step = flow.Find(frame.Step)!;
            if (budget == 0)
            {
                Log.FlowLooped(logger, flow.Id, step.Id);
                CancelAll(session);
                return;
            }

            switch (step)
            {
                case SayStep say:
                    await session.Turn.SendAsync(Markdown(Slots.Render(say.Text, frame.Slots)), cancellationToken).ConfigureAwait(false);
                    Advance(session, flow, step, frame.Slots);
                    break;
                case PromptStep prompt when Slots.Filled(frame.Slots, prompt.Save):
                    Advance(session, flow, step, frame.Slots);
                    break;
                case PromptStep prompt:
                    var promptId = keepPromptId ?? Guid.NewGuid().ToString("N")[..12];
                    var sent = await session.Turn.SendAsync(PromptActivity(session, prompt, frame.Slots, promptId), cancellationToken).ConfigureAwait(false);
                    session.ReplaceTop(frame with { PromptId = promptId, PromptActivityId = sent.Id });
                    return;
                case BranchStep branch:
                    var value = frame.Slots.GetValueOrDefault(branch.On) ?? string.Empty;
                    var target = branch.Cases.GetValueOrDefault(value) ?? branch.Default ?? flow.After(step);
                    Goto(session, flow, step, target, frame.Slots);
                    break;
                case ActionStep action:
                    var result = await actions.Find(action.Action)!(new ActionContext(session.Turn, flow.Id, frame.Slots, session.State), cancellationToken).ConfigureAwait(false);
                    foreach (var activity in result.Send)
                    {
                        await session.Turn.SendAsync(activity, cancellationToken).ConfigureAwait(false);
                    }

                    if (result.Plan is not null)
                    {
                        session.State = session.State with { Plan = result.Plan };
                    }

                    Goto(session, flow, step, result.Goto ?? flow.After(step), Slots.With(frame.Slots, result.Set));
                    break;
                case BeginStep begin:
                    var passed = begin.Pass.Where(frame.Slots.ContainsKey).ToDictionary(k => k, k => frame.Slots[k], StringComparer.Ordinal);
                    var child = flows.Find(begin.Flow)!;
                    session.Push(new DialogFrame(child.Id, child.Version, child.First.Id, passed));
                    break;
                case EndStep end:
                    await EndAsync(session, flow, end, frame, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task EndAsync(DialogSession session, FlowDefinition flow, EndStep end, DialogFrame frame, CancellationToken cancellationToken)
    {
        var result = end.Result is null ? string.Empty : frame.Slots.GetValueOrDefault(end.Result) ?? string.Empty;
        session.Pop();
        if (session.Top is { } parent)
        {
            var parentFlow = flows.Find(parent.Flow)!;
            var begin = parentFlow.Find(parent.Step)!;
            var changes = begin is BeginStep { Save: { } save } ? new[] { KeyValuePair.Create(save, result) } : [];
            Advance(session, parentFlow, begin, Slots.With(parent.Slots, changes));
            return;
        }

        Report(session, flow.Id, "completed");
        if (end.AskFeedback && flows.Find(FeedbackFlow) is { } feedback)
        {
            // Feedback on this flow is about its frameworks: the rating turn's routing names them.
            var rated = FlowRouting.StartedFrom(FlowRouting.Frameworks(flow.Id, frame.Slots));
            session.Push(new DialogFrame(feedback.Id, feedback.Version, feedback.First.Id,
                new Dictionary<string, string>(StringComparer.Ordinal) { ["flow"] = flow.Id, [rated.Key] = rated.Value }));
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private async Task RetryAsync(DialogSession session, FlowDefinition flow, PromptStep step, CancellationToken cancellationToken)
    {
        var frame = session.Top!;
        if (frame.Retries >= options.CurrentValue.MaxRetries)
        {
            await session.Turn.SendAsync(Markdown(string.Format(CultureInfo.InvariantCulture, GiveUpText, TitleOf(session.State.Stack[0].Flow))), cancellationToken).ConfigureAwait(false);
            CancelAll(session);
            return;
        }

        session.ReplaceTop(frame with { Retries = frame.Retries + 1 });
        await session.Turn.SendAsync(Markdown(Slots.Render(step.Retry, frame.Slots)), cancellationToken).ConfigureAwait(false);
        if (step is not AskStep && frame.PromptId is { } promptId)
        {
            await session.Turn.SendAsync(PromptActivity(session, step, frame.Slots, promptId), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Applies the version policy to every frame; false when nothing is left to continue.</summary>
    private async Task<bool> EnsureCurrentAsync(DialogSession session, CancellationToken cancellationToken)
    {
        for (var i = 0; i < session.State.Stack.Count; i++)
        {
            var frame = session.State.Stack[i];
            if (flows.Find(frame.Flow) is not { } flow)
            {
                await session.Turn.SendAsync(Markdown(FlowVersionPolicy.RemovedNotice), cancellationToken).ConfigureAwait(false);
                CancelAll(session);
                return false;
            }

            var (migrated, restarted) = FlowVersionPolicy.Migrate(frame, flow);
            if (restarted)
            {
                Log.FlowRestartedAfterUpdate(logger, flow.Id, frame.Version, flow.Version);
                await session.Turn.SendAsync(Markdown(string.Format(CultureInfo.InvariantCulture, FlowVersionPolicy.RestartNotice, flow.Title)), cancellationToken).ConfigureAwait(false);
                session.State = session.State with { Stack = [.. session.State.Stack.Take(i), migrated] };
                await RunAsync(session, cancellationToken).ConfigureAwait(false);
                return false;
            }

            session.State = session.State with { Stack = [.. session.State.Stack.Take(i), migrated, .. session.State.Stack.Skip(i + 1)] };
        }

        return session.Top is not null;
    }

    private async Task CloseCardAsync(DialogSession session, DialogFrame frame, PromptStep step, string answer, CancellationToken cancellationToken)
    {
        // An ask step sends no card. A text-only channel got the prompt as text, which has nothing to close, and those
        // channels cannot update a message: an update would only fail at the connector, or swap the text for a card.
        if (step is AskStep || !AdaptiveCards.SupportsCards(session.Turn.Activity.ChannelId))
        {
            return;
        }

        // The card the click came from (replyToId), else the card we sent, when the channel can update messages.
        var cardId = session.Turn.Activity.ReplyToId ?? (session.Turn.Activity.ExpectsReplies ? null : frame.PromptActivityId);
        if (cardId is null)
        {
            return;
        }

        try
        {
            await session.Turn.UpdateAsync(DialogCards.Answered(Slots.Render(step.Prompt, frame.Slots), answer, cardId), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or Connector.ConnectorException)
        {
            // The answer stands either way; a card left clickable is still guarded by its prompt id.
            Log.CardUpdateFailed(logger, ex, session.Turn.Activity.Conversation?.Id);
        }
    }

    private Activity PromptActivity(DialogSession session, PromptStep step, IReadOnlyDictionary<string, string> slots, string promptId)
    {
        var text = Slots.Render(step.Prompt, slots);
        var cards = AdaptiveCards.SupportsCards(session.Turn.Activity.ChannelId);
        return step switch
        {
            ChooseStep choose => DialogCards.Choice(text, OptionsOf(choose, slots), promptId, options.CurrentValue.MaxButtons, cards),
            ConfirmStep => DialogCards.Confirm(text, promptId, cards),
            _ => Markdown(text),
        };
    }

    private static (string Value, string Title)? Interpret(PromptStep step, IReadOnlyDictionary<string, string> slots, string text, bool fromCard)
    {
        switch (step)
        {
            case ChooseStep choose:
                var options = OptionsOf(choose, slots);
                var option = fromCard ? options.FirstOrDefault(o => o.Value == text) : ChoiceMatcher.Match(text, options);
                return option is null ? null : (option.Value, option.Title);
            case ConfirmStep:
                return UserWords.YesNo(text) is { } yes ? (yes ? "yes" : "no", yes ? "Yes" : "No") : null;
            case AskStep ask when ask.Optional && UserWords.IsSkip(text):
                return ("skipped", "skipped");
            case AskStep ask:
                var trimmed = text.Trim();
                return UserWords.WordCount(trimmed) >= Math.Max(1, ask.MinWords) ? (trimmed.Length > 1000 ? trimmed[..1000] : trimmed, trimmed) : null;
            default:
                return null;
        }
    }

    private static IReadOnlyList<ChoiceOption> OptionsOf(ChooseStep step, IReadOnlyDictionary<string, string> slots) =>
        step.OptionsFrom is { } from ? Slots.Options(slots.GetValueOrDefault(from) ?? string.Empty) : step.Options;

    private static void Advance(DialogSession session, FlowDefinition flow, Step step, IReadOnlyDictionary<string, string> slots) =>
        Goto(session, flow, step, flow.After(step), slots);

    private static void Goto(DialogSession session, FlowDefinition flow, Step from, string? target, IReadOnlyDictionary<string, string> slots)
    {
        var frame = session.Top!;
        // A flow file without a final end step is rejected at startup, so a null target only follows an end.
        session.ReplaceTop(frame with { Step = target ?? from.Id, Slots = slots, Retries = 0, PromptId = null, PromptActivityId = null });
    }

    private static void Report(DialogSession session, string flowId, string flowEvent)
    {
        if (flowId == FeedbackFlow)
        {
            return;
        }

        session.Turn.Facts.Flow = flowId;
        session.Turn.Facts.FlowEvent = flowEvent;
    }

    internal static Activity Markdown(string text) => ActivityFactory.Markdown(text);
}
