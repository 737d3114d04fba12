using System.Text.Json;
using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Feedback;

/// <summary>
/// Teams' feedback buttons send invoke message/submitAction with value { actionName: "feedback",
/// actionValue: { reaction: "like"|"dislike", feedback: "{\"feedbackText\":\"...\"}" } } (brief §6.8).
/// The rating goes to usage facts; the answer is 200 with an empty body, as Teams expects.
/// </summary>
internal static class TeamsFeedbackInvoke
{
    public const string Name = "message/submitAction";

    public static Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (turn.Activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("actionName", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() == "feedback"
            && value.TryGetProperty("actionValue", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("reaction", out var reaction) && reaction.ValueKind == JsonValueKind.String)
        {
            turn.Facts.FeedbackRating = FeedbackRatings.Normalize(reaction.GetString());
        }

        turn.InvokeResponse = InvokeResults.Ok();
        return Task.CompletedTask;
    }
}
