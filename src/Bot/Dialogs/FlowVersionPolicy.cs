namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// What happens to a dialog that began on an older version of its flow. If the step it is waiting at still
/// exists, it carries on there with its answers (a reworded prompt or a new later step needs no restart).
/// If that step is gone, the flow restarts from the top with a short explanation, rather than guessing
/// where an answer given to a different question belongs. A flow deleted outright ends the dialog.
/// </summary>
internal static class FlowVersionPolicy
{
    public const string RestartNotice = "I've updated **{0}** since we started, so let's begin it again from the top.";

    public const string RemovedNotice = "That guided conversation is no longer available, so I've closed it. Ask me anything, or type **help**.";

    public static (State.DialogFrame Frame, bool Restarted) Migrate(State.DialogFrame frame, FlowDefinition flow)
    {
        if (frame.Version == flow.Version)
        {
            return (frame, false);
        }

        return flow.Find(frame.Step) is not null
            ? (frame with { Version = flow.Version }, false)
            : (new State.DialogFrame(flow.Id, flow.Version, flow.First.Id, Slots.Empty), true);
    }
}
