using Microsoft.IdentityModel.Tokens;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>
/// A bot with an app id whose Auth settings point at two local issuers: a Bot Framework-like channel issuer (keys with
/// endorsements) and an Entra-like issuer for Emulator tokens. Tokens are built here with the claims the real ones carry.
/// </summary>
public sealed class AuthTestHost : IAsyncLifetime
{
    public const string AppId = "5d2f4a1b-7c3e-4e8a-9b61-0f2d3c4b5a69";

    /// <summary>The Emulator's token tenant (the real one is Bot Framework's d6d49420-...).</summary>
    public const string EmulatorTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    /// <summary>This bot's own tenant: as a SingleTenant bot it also accepts its own tenant's Entra issuers.</summary>
    public const string OwnTenant = "3a9c8e1f-2b4d-4c6a-8e0f-1d2c3b4a5e6f";

    public const string ChannelId = "msteams";

    /// <summary>The serviceUrl of every activity from <see cref="Conversation"/>.</summary>
    public const string ServiceUrl = "http://127.0.0.1:1/";

    public LocalOpenIdIssuer Channel { get; private set; } = null!;

    public LocalOpenIdIssuer Entra { get; private set; } = null!;

    /// <summary>Published by <see cref="Channel"/>, endorsed for msteams and emulator.</summary>
    public IssuerKey ChannelKey { get; private set; } = null!;

    /// <summary>Published by <see cref="Channel"/>, endorsed for other channels only.</summary>
    public IssuerKey WebChatOnlyKey { get; private set; } = null!;

    /// <summary>Published by <see cref="Channel"/> without an endorsements member at all.</summary>
    public IssuerKey UnendorsedKey { get; private set; } = null!;

    /// <summary>Published by <see cref="Entra"/>, without endorsements, with a tenant-templated key issuer as Entra has.</summary>
    public IssuerKey EntraKey { get; private set; } = null!;

    public BotApp App { get; private set; } = null!;

    public string EmulatorIssuerV1(string tenant = EmulatorTenant) => $"{Entra.BaseUrl}/{tenant}/";

    public string EmulatorIssuerV2(string tenant = EmulatorTenant) => $"{Entra.BaseUrl}/{tenant}/v2.0";

    public async Task InitializeAsync()
    {
        Channel = await LocalOpenIdIssuer.StartAsync();
        Entra = await LocalOpenIdIssuer.StartAsync(baseUrl => $"{baseUrl}/{{tenantid}}/v2.0");
        ChannelKey = Channel.Publish(IssuerKey.Create("channel-1", "msteams", "emulator"));
        WebChatOnlyKey = Channel.Publish(IssuerKey.Create("webchat-only", "webchat", "directline"));
        UnendorsedKey = Channel.Publish(new IssuerKey("no-endorsements", System.Security.Cryptography.RSA.Create(2048)));
        EntraKey = Entra.Publish(new IssuerKey("entra-1", System.Security.Cryptography.RSA.Create(2048), KeyIssuer: Entra.MetadataIssuer));
        App = Configure(new BotApp());
    }

    /// <summary>Points any bot at the local issuers; tests that count key fetches build their own app with this.</summary>
    public BotApp Configure(BotApp app) => app
        .With("MicrosoftAppId", AppId)
        .With("MicrosoftAppPassword", "not-used-by-expect-replies")
        .With("MicrosoftAppTenantId", OwnTenant)
        .With("MicrosoftAppType", "SingleTenant")
        .With("Auth:ChannelOpenIdMetadataUrl", Channel.MetadataUrl)
        .With("Auth:ChannelIssuers:0", Channel.BaseUrl)
        .With("Auth:EmulatorOpenIdMetadataUrl", Entra.MetadataUrl)
        .With("Auth:EmulatorIssuers:0", EmulatorIssuerV1())
        .With("Auth:EmulatorIssuers:1", EmulatorIssuerV2())
        .With("Auth:TenantIssuerTemplates:0", $"{Entra.BaseUrl}/{{tenantId}}/")
        .With("Auth:TenantIssuerTemplates:1", $"{Entra.BaseUrl}/{{tenantId}}/v2.0")
        .With("Auth:RequireHttpsMetadata", "false");

    public Conversation Conversation(string channelId = ChannelId) => App.Conversation(channelId: channelId);

    /// <summary>What Azure Bot Service sends: iss, aud = app id, serviceurl, a 5-minute-old nbf, header cty JWT (pitfall 5).</summary>
    public SecurityTokenDescriptor ChannelToken(string serviceUrl = ServiceUrl)
    {
        var now = TimeProvider.System.GetUtcNow();
        return new SecurityTokenDescriptor
        {
            Issuer = Channel.BaseUrl,
            Audience = AppId,
            IssuedAt = now.AddMinutes(-5).UtcDateTime,
            NotBefore = now.AddMinutes(-5).UtcDateTime,
            Expires = now.AddMinutes(55).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            AdditionalHeaderClaims = new Dictionary<string, object> { ["cty"] = "JWT" },
        };
    }

    /// <summary>An Entra v1 token as the Emulator gets it: app id in <c>appid</c>.</summary>
    public SecurityTokenDescriptor EmulatorV1Token(string appId = AppId, string tenant = EmulatorTenant) =>
        EmulatorToken(EmulatorIssuerV1(tenant), new() { ["ver"] = "1.0", ["appid"] = appId, ["tid"] = tenant });

    /// <summary>An Entra v2 token: app id in <c>azp</c>.</summary>
    public SecurityTokenDescriptor EmulatorV2Token(string appId = AppId, string tenant = EmulatorTenant) =>
        EmulatorToken(EmulatorIssuerV2(tenant), new() { ["ver"] = "2.0", ["azp"] = appId, ["tid"] = tenant });

    private static SecurityTokenDescriptor EmulatorToken(string issuer, Dictionary<string, object> claims)
    {
        var now = TimeProvider.System.GetUtcNow();
        return new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = AppId,
            IssuedAt = now.AddMinutes(-1).UtcDateTime,
            NotBefore = now.AddMinutes(-1).UtcDateTime,
            Expires = now.AddMinutes(59).UtcDateTime,
            Claims = claims,
        };
    }

    public static string Bearer(string token) => $"Bearer {token}";

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Channel.DisposeAsync();
        await Entra.DisposeAsync();
    }
}
