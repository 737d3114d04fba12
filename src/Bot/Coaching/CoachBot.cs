using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Coaching;

/// <summary>Dispatches each activity type to what the coach does with it (brief §1.3).</summary>
internal sealed class CoachBot(MessageHandler messages, Welcome welcome, InvokeHandlers invokes) : IBot
{
    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) => turn.Activity.Type switch
    {
        ActivityTypes.Message => messages.HandleAsync(WithCardSubmitText(turn), cancellationToken),
        ActivityTypes.ConversationUpdate => welcome.OnConversationUpdateAsync(turn, cancellationToken),
        ActivityTypes.InstallationUpdate => welcome.OnInstallationUpdateAsync(turn, cancellationToken),
        ActivityTypes.Invoke => invokes.HandleAsync(turn, cancellationToken),
        // typing, event, messageReaction, messageUpdate/Delete, endOfConversation and unknown types:
        // acknowledged with 200 and otherwise ignored (A2014, A5002).
        _ => Task.CompletedTask,
    };

    public TurnRouting RoutingOf(TurnContext turn) => messages.RoutingOf(turn);

    // Web Chat sends an Action.Submit click as value {"text": ...} with no text (Teams turns the same button into
    // imBack text via data.msteams), so the typed-equivalent text is lifted from the value before routing.
    private static TurnContext WithCardSubmitText(TurnContext turn)
    {
        if (string.IsNullOrWhiteSpace(turn.Activity.Text)
            && turn.Activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } value
            && value.TryGetProperty("text", out var text) && text.ValueKind == System.Text.Json.JsonValueKind.String)
        {
            turn.Activity = turn.Activity with { Text = text.GetString() };
        }

        return turn;
    }
}
