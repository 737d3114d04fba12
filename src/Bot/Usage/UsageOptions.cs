using System.ComponentModel.DataAnnotations;

namespace CpcCoach.Bot.Usage;

/// <summary>Anonymized usage logging (section <c>Usage</c>). See docs/deploy.md for what is stored and for how long.</summary>
public sealed class UsageOptions
{
    /// <summary>
    /// HMAC key that turns tenant + user id into a pseudonym. Secret: environment or user secrets, never a file in the
    /// repo. Required outside Development; in Development a random per-process key is used (pseudonyms then change on restart).
    /// </summary>
    public string? PseudonymKey { get; set; }

    /// <summary>Keys used before a rotation, newest first: "opt out" and "forget me" still find records made under them.</summary>
    public string[]? PreviousPseudonymKeys { get; set; }

    /// <summary>Folder for the SQLite file (usage.db). Relative paths are under the content root.</summary>
    [Required]
    public string DataFolder { get; set; } = "./data";

    /// <summary>PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite.</summary>
    public string? Postgres { get; set; }

    /// <summary>Events older than this are deleted by the daily purge. A year covers one teaching cycle.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 365;

    /// <summary>Events waiting for the store. Bounds memory while the store is down; what does not fit is counted as lost.</summary>
    [Range(10, 1_000_000)]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Events per insert transaction: large enough to amortize a round trip, small enough to keep locks short.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// With less than a batch queued, how long the writer waits for more before writing: under load one transaction
    /// then carries many events. Usage data is read hours later, so a fraction of a second costs nothing.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan BatchLinger { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>First wait before retrying a failed write; doubles up to a minute so a down store is not hammered.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
