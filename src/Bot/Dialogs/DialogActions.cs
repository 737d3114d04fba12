using System.Collections.Frozen;
using CpcCoach.Bot.Dialogs.Actions;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.State;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge;

namespace CpcCoach.Bot.Dialogs;

/// <summary>A named piece of behaviour a flow file can call: custom behaviour is a delegate in a dictionary, not a subclass.</summary>
public delegate Task<ActionResult> DialogAction(ActionContext context, CancellationToken cancellationToken);

/// <summary>What an action sees: the turn, the flow's answers so far, and the conversation state.</summary>
public sealed record ActionContext(TurnContext Turn, string Flow, IReadOnlyDictionary<string, string> Slots, ConversationState State)
{
    public string Slot(string name) => Slots.GetValueOrDefault(name) ?? string.Empty;
}

/// <summary>What an action did: slots to set (an empty value clears one), messages to send, an optional jump, a plan to keep.</summary>
public sealed record ActionResult
{
    public IReadOnlyDictionary<string, string> Set { get; init; } = FrozenDictionary<string, string>.Empty;

    public IReadOnlyList<Activity> Send { get; init; } = [];

    public string? Goto { get; init; }

    public PocketPlan? Plan { get; init; }
}

/// <summary>Every action the flow files may call, by name. Flow validation rejects any other name.</summary>
public sealed class DialogActions
{
    private readonly FrozenDictionary<string, DialogAction> _actions;

    public DialogActions(KnowledgeBase knowledge)
    {
        var actions = new Dictionary<string, DialogAction>(StringComparer.Ordinal);
        PrepareActions.Register(actions, knowledge);
        LearnActions.Register(actions, knowledge);
        EmotionActions.Register(actions, knowledge);
        DebriefActions.Register(actions, knowledge);
        FeedbackActions.Register(actions);
        _actions = actions.ToFrozenDictionary(StringComparer.Ordinal);
        Names = _actions.Keys.ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Names { get; }

    public DialogAction? Find(string name) => _actions.GetValueOrDefault(name);
}
