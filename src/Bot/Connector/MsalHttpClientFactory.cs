using Microsoft.Identity.Client;

namespace CpcCoach.Bot.Connector;

/// <summary>MSAL's HTTP goes through IHttpClientFactory, so handlers rotate and tests can point it at a local token endpoint.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string HttpClientName = "CpcCoach.Login";

    public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
}
