using System.ComponentModel.DataAnnotations;

namespace CpcCoach.Bot.Auth;

/// <summary>
/// Where inbound tokens come from (section <c>Auth</c>). Defaults are the public cloud (brief §2.2, §2.4, §2.7);
/// sovereign clouds and tests point them elsewhere.
/// </summary>
/// <remarks>
/// The issuer lists are null by default and fall back to the public-cloud lists below: the configuration binder
/// appends to a non-empty collection, so defaults in an initializer could never be replaced, only extended.
/// </remarks>
internal sealed class AuthOptions
{
    /// <summary>Channel (Azure Bot Service, Teams) OpenID metadata: the only source of channel signing keys and endorsements.</summary>
    [Required]
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Exact <c>iss</c> values of channel tokens; null means <see cref="PublicChannelIssuers"/>. Gov: https://api.botframework.us.</summary>
    public string[]? ChannelIssuers { get; set; }

    /// <summary>Entra OpenID metadata for Emulator tokens; Entra keys carry no endorsements.</summary>
    [Required]
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Exact <c>iss</c> values of Emulator tokens (v1 and v2); null means <see cref="PublicEmulatorIssuers"/>.</summary>
    public string[]? EmulatorIssuers { get; set; }

    /// <summary>
    /// Own-tenant issuers a SingleTenant bot also accepts on the Emulator path; <c>{tenantId}</c> becomes
    /// MicrosoftAppTenantId. Null means <see cref="PublicTenantIssuerTemplates"/>.
    /// </summary>
    public string[]? TenantIssuerTemplates { get; set; }

    /// <summary>The activity's callerId after auth; the US Gov cloud uses urn:botframework:azureusgov (brief §2.9).</summary>
    [Required]
    public string CallerId { get; set; } = "urn:botframework:azure";

    /// <summary>Refuse metadata and keys over plain http, so a network attacker cannot swap the keys. Tests turn it off for 127.0.0.1.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerance on nbf/exp: channel and bot clocks drift; 5 minutes is the Bot Framework's figure.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Keys roll without notice, so metadata is re-read at least this often (at most 24 h, brief §2.2).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Least time between refreshes forced by an unknown kid, so tokens with made-up kids cannot hammer the metadata host.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<string> PublicChannelIssuers { get; } = ["https://api.botframework.com"];

    public static IReadOnlyList<string> PublicEmulatorIssuers { get; } =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    public static IReadOnlyList<string> PublicTenantIssuerTemplates { get; } =
    [
        "https://sts.windows.net/{tenantId}/",
        "https://login.microsoftonline.com/{tenantId}/v2.0",
    ];

    public IReadOnlyList<string> EffectiveChannelIssuers => ChannelIssuers ?? PublicChannelIssuers;

    public IReadOnlyList<string> EffectiveEmulatorIssuers => EmulatorIssuers ?? PublicEmulatorIssuers;

    public IReadOnlyList<string> EffectiveTenantIssuerTemplates => TenantIssuerTemplates ?? PublicTenantIssuerTemplates;
}
