using CpcCoach.Bot.Connector;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Connector;

/// <summary>
/// Outbound tokens from MSAL (brief §3.2) against a local HTTPS token endpoint, and the allow-list deciding
/// which hosts ever see them (brief §3.4).
/// </summary>
public sealed class ConnectorTokenTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string TenantId = "99999999-8888-7777-6666-555555555555";

    private TokenEndpoint _tokens = null!;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _tokens = await TokenEndpoint.StartAsync();
        _connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _tokens.DisposeAsync();
    }

    [Theory]
    [InlineData("SingleTenant", "/" + TenantId + "/oauth2/v2.0/token")]
    [InlineData("MultiTenant", "/botframework.com/oauth2/v2.0/token")]
    public async Task Send_WithCredentials_GetsAClientCredentialsTokenAndSendsItAsBearer(string appType, string tokenPath)
    {
        await using var app = WithCredentials(appType);

        await Send(app, _connector.ServiceUrl);
        await Send(app, _connector.ServiceUrl);

        var tokenRequest = Assert.Single(_tokens.Requests);
        Assert.Equal(("POST", tokenPath), (tokenRequest.Method, tokenRequest.Path));
        Assert.Equal("client_credentials", tokenRequest.Form["grant_type"]);
        Assert.Equal(AppId, tokenRequest.Form["client_id"]);
        Assert.Equal("s3cret", tokenRequest.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest.Form["scope"]);
        Assert.All(_connector.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task Send_WithUserAssignedManagedIdentity_AsksTheIdentityEndpointForTheBotFrameworkResource()
    {
        // MSAL finds the App Service identity endpoint through these two variables, as it would in Azure.
        var saved = (Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT"), Environment.GetEnvironmentVariable("IDENTITY_HEADER"));
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", $"{_tokens.AuthorityHost}/msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "identity-secret");
        try
        {
            await using var app = WithCredentials("UserAssignedMSI").With("MicrosoftAppPassword", null);

            await Send(app, _connector.ServiceUrl);

            var tokenRequest = Assert.Single(_tokens.Requests);
            Assert.Equal(("GET", "/msi/token"), (tokenRequest.Method, tokenRequest.Path));
            Assert.Equal("https://api.botframework.com", tokenRequest.Form["resource"]);
            Assert.Equal(AppId, tokenRequest.Form["client_id"]);
            Assert.Equal("identity-secret", tokenRequest.Form["X-IDENTITY-HEADER"]);
            Assert.Equal("Bearer msi-token-1", Assert.Single(_connector.Requests).Authorization);
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", saved.Item1);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", saved.Item2);
        }
    }

    [Fact]
    public async Task Send_WithAConfiguredScope_AsksForThatScope()
    {
        await using var app = WithCredentials("SingleTenant").With("Connector:Scope", "https://api.botframework.us/.default");

        await Send(app, _connector.ServiceUrl);

        Assert.Equal("https://api.botframework.us/.default", Assert.Single(_tokens.Requests).Form["scope"]);
    }

    [Fact]
    public async Task Send_ToAHostOffTheAllowList_GoesOutWithoutAToken()
    {
        await using var app = WithCredentials("SingleTenant").With("Connector:AllowLoopback", "false");

        await Send(app, _connector.ServiceUrl);

        Assert.Null(Assert.Single(_connector.Requests).Authorization);
        Assert.Empty(_tokens.Requests);
    }

    [Fact]
    public async Task Send_OverHttpsToAnExactlyTrustedHost_CarriesTheToken_ButNotOverHttp()
    {
        await using var secure = await FakeConnector.StartAsync(ConnectorTls.Certificate);
        await using var app = WithCredentials("SingleTenant")
            .With("Connector:AllowLoopback", "false")
            .With("Connector:TrustedHosts", "127.0.0.1")
            .WithServices(s => s.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(ConnectorTls.TrustingHandler));

        await Send(app, secure.ServiceUrl);
        await Send(app, _connector.ServiceUrl);

        Assert.StartsWith("https://", secure.ServiceUrl, StringComparison.Ordinal);
        Assert.Equal("Bearer token-1", Assert.Single(secure.Requests).Authorization);
        Assert.Null(Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task Send_WhenTheConnectorAnswers401_RefreshesTheTokenAndRetriesOnce()
    {
        await using var app = WithCredentials("SingleTenant");
        _connector.Then(401);

        await Send(app, _connector.ServiceUrl);

        Assert.Equal(2, _tokens.Requests.Count);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], _connector.Requests.Select(r => r.Authorization));
        Assert.Equal(_connector.Requests[0].Body, _connector.Requests[1].Body);
    }

    [Fact]
    public async Task Send_WhenTheConnectorAnswers401Twice_FailsWithoutLooping()
    {
        await using var app = WithCredentials("SingleTenant");
        _connector.Then(401).Then(401);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Send(app, _connector.ServiceUrl));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.Status);
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task Send_WithoutAnAppId_SendsNoTokenAndAsksForNone()
    {
        await using var app = new BotApp().With("Connector:LoginAuthorityHost", _tokens.AuthorityHost);

        await Send(app, _connector.ServiceUrl);

        Assert.Null(Assert.Single(_connector.Requests).Authorization);
        Assert.Empty(_tokens.Requests);
    }

    [Fact]
    public async Task Send_SingleTenantWithoutTenantId_FailsNamingTheMissingKey()
    {
        await using var app = WithCredentials("SingleTenant").With("MicrosoftAppTenantId", null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Send(app, _connector.ServiceUrl));

        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
        Assert.Empty(_connector.Requests);
    }

    private BotApp WithCredentials(string appType) => new BotApp()
        .With("MicrosoftAppId", AppId)
        .With("MicrosoftAppPassword", "s3cret")
        .With("MicrosoftAppTenantId", TenantId)
        .With("MicrosoftAppType", appType)
        .With("Connector:LoginAuthorityHost", _tokens.AuthorityHost)
        .With("Connector:LoginInstanceDiscovery", "false")
        .WithServices(s => s.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(ConnectorTls.TrustingHandler));

    private static Task<ResourceResponse> Send(BotApp app, string serviceUrl) =>
        app.Services.GetRequiredService<ConnectorClient>().SendToConversationAsync(serviceUrl, new Activity
        {
            Type = ActivityTypes.Message,
            Text = "hi",
            Conversation = new ConversationAccount { Id = ConnectorSetup.ConversationId },
        }, CancellationToken.None);
}
