using System.ComponentModel.DataAnnotations;

namespace CpcCoach.Bot.Insights;

/// <summary>Educator insights (section <c>Insights</c>).</summary>
public sealed class InsightsOptions
{
    /// <summary>Who may see insights: Entra object ids (from.aadObjectId in Teams) or e-mail addresses. Empty: nobody.</summary>
    public string[]? Educators { get; set; }

    /// <summary>Smallest group shown. Every count below it is hidden, with complementary cells, so no small group can be singled out.</summary>
    [Range(2, 1000)]
    public int MinGroupSize { get; set; } = 5;

    /// <summary>HMAC key for dashboard links. Unset: derived from Usage:PseudonymKey, so one secret is enough.</summary>
    public string? LinkKey { get; set; }

    /// <summary>How long a dashboard link from chat works: long enough to open it, short enough that a forwarded link dies.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Optional standing key for the dashboard and CSV (header X-Insights-Key or ?key=), e.g. for a reporting job.</summary>
    public string? AccessKey { get; set; }

    /// <summary>The bot's public address, for the dashboard link in chat. Default: the local web chat's address.</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:3978";
}
