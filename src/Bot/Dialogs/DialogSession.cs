using CpcCoach.Bot.State;
using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// The conversation state one turn is working on: loaded under the conversation lock by
/// <see cref="DialogMiddleware"/>, changed by the engine, saved once when the turn ends.
/// </summary>
public sealed class DialogSession(TurnContext turn, ConversationState loaded)
{
    private static readonly object Slot = new();

    public TurnContext Turn => turn;

    public ConversationState Loaded { get; } = loaded;

    public ConversationState State { get; set; } = loaded;

    /// <summary>True while a question asked mid-dialog is being answered: it gets an answer, not a new guided flow.</summary>
    public bool Interrupting { get; internal set; }

    public DialogFrame? Top => State.Stack.Count > 0 ? State.Stack[^1] : null;

    internal static void Attach(TurnContext turn, DialogSession session) => turn.Items[Slot] = session;

    /// <summary>The session of a turn running inside <see cref="DialogMiddleware"/>; null outside it.</summary>
    internal static DialogSession? Of(TurnContext turn) => turn.Items.TryGetValue(Slot, out var session) ? (DialogSession)session : null;

    internal void ReplaceTop(DialogFrame frame) => State = State with { Stack = [.. State.Stack.Take(State.Stack.Count - 1), frame] };

    internal void Push(DialogFrame frame) => State = State with { Stack = [.. State.Stack, frame] };

    internal DialogFrame Pop()
    {
        var top = State.Stack[^1];
        State = State with { Stack = [.. State.Stack.Take(State.Stack.Count - 1)] };
        return top;
    }
}
