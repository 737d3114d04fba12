using System.ComponentModel.DataAnnotations;

namespace CpcCoach.Bot.Model;

/// <summary>Which chat model answers grounded questions; None keeps the coach fully deterministic.</summary>
public enum ModelProvider
{
    None,
    AzureOpenAI,
    OpenAI,
}

/// <summary>
/// Language model settings (section <c>Model</c>). The model only rephrases curated entries; every failure falls back
/// to the deterministic answer, so the budgets below are deliberately tight.
/// </summary>
public sealed class ModelOptions
{
    public const string Section = "Model";

    /// <summary>None by default: the coach must be fully useful without any model.</summary>
    public ModelProvider Provider { get; set; } = ModelProvider.None;

    /// <summary>Azure: https://NAME.openai.azure.com/. OpenAI-compatible: the base URL including /v1 (default api.openai.com).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Azure OpenAI deployment name.</summary>
    public string? Deployment { get; set; }

    /// <summary>OpenAI-compatible model name.</summary>
    public string? Model { get; set; }

    /// <summary>Key for the endpoint; from environment or user secrets only. Azure can use UseEntraCredential instead.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Azure: authenticate with Entra ID (managed identity in Azure, developer sign-in locally) instead of a key.</summary>
    public bool UseEntraCredential { get; set; }

    /// <summary>Azure: client id of a user-assigned managed identity; unset uses DefaultAzureCredential.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>One HTTP attempt; a short grounded answer normally starts within a couple of seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:02:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>Everything the model may take in one turn, retries included; below Turns:Timeout (10 s) so the fallback still fits.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:02:00")]
    public TimeSpan TurnBudget { get; set; } = TimeSpan.FromSeconds(7);

    /// <summary>Retries after the first attempt on 429/5xx/timeouts; one is enough inside a 7 s budget.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 1;

    /// <summary>A Retry-After longer than this gives the deterministic answer at once instead of waiting.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Share of failed calls in the sampling window that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in the window before the ratio counts, so one unlucky call does not open it.</summary>
    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 4;

    /// <summary>Window over which failures are counted.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a failing endpoint is left alone before one trial call.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Entries given to the model; three keeps the prompt small and the citations readable.</summary>
    [Range(1, 10)]
    public int MaxEntries { get; set; } = 3;

    /// <summary>Answer length cap; a coaching tip is a few sentences.</summary>
    [Range(50, 4000)]
    public int MaxOutputTokens { get; set; } = 400;

    /// <summary>Low: the model should paraphrase the entries, not be creative.</summary>
    [Range(0.0, 2.0)]
    public float Temperature { get; set; } = 0.2f;

    /// <summary>Teams streaming: stream model answers in personal chat (brief §6.6).</summary>
    public bool Streaming { get; set; } = true;

    /// <summary>Minimum gap between streamed chunks; Teams throttles faster streams (teams-ai waits 1.5 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan StreamInterval { get; set; } = TimeSpan.FromSeconds(1.5);

    public bool Enabled => Provider != ModelProvider.None;
}
