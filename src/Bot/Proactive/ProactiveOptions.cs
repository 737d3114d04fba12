using System.ComponentModel.DataAnnotations;

namespace CpcCoach.Bot.Proactive;

/// <summary>Conversation references and debrief reminders (section <c>Proactive</c>).</summary>
public sealed class ProactiveOptions
{
    /// <summary>How often each instance looks for due reminders; a reminder is at most this late.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A conversation reference not refreshed by any activity for this long is deleted: the chat is likely gone.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "400.00:00:00")]
    public TimeSpan ReferenceLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Furthest ahead a reminder may be set; a debrief helps most within days of the conversation.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan MaxReminderDelay { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Wait before another try when the Connector could not be reached (its own retries already failed).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Tries per reminder; after that it is dropped and logged rather than retried forever.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Local hour "this evening" means; 18:00 is after most clinic days.</summary>
    [Range(12, 23)]
    public int EveningHour { get; set; } = 18;

    /// <summary>Local hour "tomorrow morning" means; 08:00 is before most ward rounds finish.</summary>
    [Range(5, 11)]
    public int MorningHour { get; set; } = 8;

    /// <summary>Comma-separated dialog flow ids after whose completion the reminder is offered.</summary>
    [Required]
    public string OfferAfterFlows { get; set; } = "prepare";
}
