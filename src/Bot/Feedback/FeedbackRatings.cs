namespace CpcCoach.Bot.Feedback;

/// <summary>The two ratings usage reporting counts, whatever button or reaction produced them.</summary>
public static class FeedbackRatings
{
    public const string Helpful = "helpful";
    public const string Unhelpful = "unhelpful";

    internal const string ThanksText = "Thanks for the feedback, it helps us improve.";

    /// <summary>Our card values and Teams' reactions ("like"/"dislike") to one vocabulary; anything else is null.</summary>
    public static string? Normalize(string? rating) => rating?.Trim().ToLowerInvariant() switch
    {
        "helpful" or "like" or "up" or "yes" => Helpful,
        "unhelpful" or "dislike" or "down" or "no" => Unhelpful,
        _ => null,
    };
}
