using CpcCoach.Bot.Feedback;

namespace CpcCoach.Bot.Dialogs.Actions;

/// <summary>record_rating: puts the rating into the turn's usage facts. The optional comment stays in the flow's slots only.</summary>
internal static class FeedbackActions
{
    public static void Register(Dictionary<string, DialogAction> actions) =>
        actions["record_rating"] = (context, _) =>
        {
            context.Turn.Facts.FeedbackRating = FeedbackRatings.Normalize(context.Slot("rating"));
            return Task.FromResult(new ActionResult());
        };
}
