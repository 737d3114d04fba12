using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>
/// A local Entra token endpoint over HTTPS (MSAL refuses http authorities): answers the client-credentials
/// grant at /{tenant}/oauth2/v2.0/token with token-1, token-2, ... and records each request's form.
/// </summary>
public sealed class TokenEndpoint : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<TokenRequest> _requests = [];
    private ConnectorTestServer? _server;

    /// <summary>The authority host to configure as Connector:LoginAuthorityHost.</summary>
    public string AuthorityHost => _server!.BaseAddress;

    public IReadOnlyList<TokenRequest> Requests
    {
        get { lock (_gate) { return [.. _requests]; } }
    }

    public static async Task<TokenEndpoint> StartAsync()
    {
        var endpoint = new TokenEndpoint();
        endpoint._server = await ConnectorTestServer.StartAsync(endpoint.HandleAsync, ConnectorTls.Certificate);
        return endpoint;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : null;
        int number;
        lock (_gate)
        {
            // Form fields for the client-credentials grant; query and the identity header for managed identity.
            var fields = form?.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal)
                ?? http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
            fields["X-IDENTITY-HEADER"] = http.Request.Headers["X-IDENTITY-HEADER"].ToString();
            _requests.Add(new TokenRequest(http.Request.Method, http.Request.Path.Value ?? string.Empty, fields));
            number = _requests.Count;
        }

        if (http.Request.Path.Value == "/msi/token")
        {
            // The App Service managed-identity protocol (IDENTITY_ENDPOINT / IDENTITY_HEADER).
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(new JsonObject
            {
                ["access_token"] = $"msi-token-{number}",
                ["expires_on"] = (DateTimeOffset.FromUnixTimeSeconds(0).AddYears(100).ToUnixTimeSeconds()).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["resource"] = http.Request.Query["resource"].ToString(),
                ["token_type"] = "Bearer",
                ["client_id"] = http.Request.Query["client_id"].ToString(),
            }.ToJsonString());
            return;
        }

        if (!http.Request.Path.Value!.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            // Anything else (instance discovery, metadata) is a sign MSAL went somewhere the test did not expect.
            http.Response.StatusCode = 404;
            return;
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = $"token-{number}",
        }.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

/// <summary>One request the token endpoint saw: its path (which carries the tenant) and form fields.</summary>
public sealed record TokenRequest(string Method, string Path, IReadOnlyDictionary<string, string> Form);
