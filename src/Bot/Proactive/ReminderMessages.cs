using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Proactive;

/// <summary>What the bot says about debrief reminders. Buttons are imBack, so a typed answer works the same way.</summary>
public static class ReminderMessages
{
    public const string InOneHour = "Remind me in 1 hour";
    public const string ThisEvening = "Remind me this evening";
    public const string TomorrowMorning = "Remind me tomorrow morning";

    public const string OfferText =
        "Would you like me to check in after the conversation? A short debrief soon afterwards is when reflecting helps most. " +
        "Pick a time, or type one, for example **remind me at 16:30**.";

    public const string InvitationText =
        "Earlier you prepared for a conversation. How did it go? A few minutes of debrief now helps the next one go better. " +
        "Type **debrief** to start, or **stop reminders** if you'd rather I didn't ask.";

    public const string NotUnderstoodText =
        "I didn't catch the time. Try **remind me in 2 hours**, **remind me this evening**, **remind me tomorrow morning** or **remind me at 16:30**.";

    public const string NotHereText =
        "I can only send reminders in our one-to-one chat in Teams. Open a chat with me there and ask again.";

    public const string StoppedText = "Done: I've cancelled your debrief reminders. You can ask for one again after preparing a conversation.";

    public const string NoneToStopText = "You have no debrief reminders set, so there is nothing to stop.";

    public static string Confirmation(string when) =>
        $"I'll check in {when} to invite you to debrief. Type **stop reminders** to cancel.";

    public static string OutOfRange(TimeSpan max) =>
        $"Please pick a time in the future and within the next {(int)max.TotalDays} days.";

    public static Activity Offer() => ActivityFactory.Message(OfferText) with
    {
        TextFormat = "markdown",
        SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(InOneHour), CardAction.ImBack(ThisEvening), CardAction.ImBack(TomorrowMorning)] },
    };

    public static Activity Invitation() => ActivityFactory.Message(InvitationText) with
    {
        TextFormat = "markdown",
        SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("debrief"), CardAction.ImBack("stop reminders")] },
    };
}
