using System.ComponentModel.DataAnnotations;

namespace CpcCoach.Bot.Connector;

/// <summary>
/// Outbound settings (section <c>Connector</c>): where bot tokens come from, which hosts may receive them,
/// and how hard a failed send is retried (brief §2.7, §3.2–3.4). Defaults are the public cloud.
/// </summary>
public sealed class ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>Token authority host. US Gov: https://login.microsoftonline.us; China: https://login.partner.microsoftonline.cn.</summary>
    [Required, Url]
    public string LoginAuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Tenant a MultiTenant bot asks for tokens; US Gov uses MicrosoftServices.onmicrosoft.us.</summary>
    [Required]
    public string MultiTenantTenant { get; set; } = "botframework.com";

    /// <summary>Scope of the bot token; managed identity asks for the same resource without "/.default".</summary>
    [Required]
    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>MSAL asks the public cloud to vouch for the authority host; off only for a private token endpoint (tests).</summary>
    public bool LoginInstanceDiscovery { get; set; } = true;

    /// <summary>Comma-separated hosts that may receive the bot token over https, matched exactly (brief §3.4).</summary>
    [Required]
    public string TrustedHosts { get; set; } =
        "smba.trafficmanager.net,smba.infra.gcc.teams.microsoft.com,smba.infra.gov.teams.microsoft.us,smba.infra.dod.teams.microsoft.us";

    /// <summary>Comma-separated domains whose host or any subdomain may receive the token over https.</summary>
    [Required]
    public string TrustedDomains { get; set; } = "botframework.com,botframework.azure.us";

    /// <summary>Token to localhost/127.0.0.1 over http too. Unset means: only in the Development environment.</summary>
    public bool? AllowLoopback { get; set; }

    /// <summary>Retries after the first attempt; Teams samples use 3, so a throttled send gives up within seconds.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off step (then exponential, with jitter) when the Connector sends no Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between attempts; a Retry-After longer than this fails the send instead of retrying early.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>One HTTP attempt; a Connector call normally answers in well under a second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Deadline for one send including every retry and wait.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
