using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>A signing key the test owns. Endorsements and a key issuer are published with it, as Bot Framework and Entra do.</summary>
public sealed record IssuerKey(string Kid, RSA Rsa, IReadOnlyList<string>? Endorsements = null, string? KeyIssuer = null)
{
    public static IssuerKey Create(string kid, params string[] endorsements) => new(kid, RSA.Create(2048), endorsements);

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(Rsa) { KeyId = Kid }, algorithm);
}

/// <summary>
/// A real OpenID issuer on Kestrel at 127.0.0.1 (random port): metadata and a JWKS whose keys the test publishes,
/// rotates and withdraws. It counts requests, so tests can prove when the bot fetched keys and when it did not.
/// </summary>
public sealed class LocalOpenIdIssuer : IAsyncDisposable
{
    private static readonly JsonWebTokenHandler Handler = new();

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<IssuerKey> _keys = [];
    private int _metadataRequests;
    private int _keysRequests;

    private LocalOpenIdIssuer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string MetadataUrl => $"{BaseUrl}/.well-known/openid-configuration";

    /// <summary>The metadata's own <c>issuer</c>; Entra's common endpoint publishes a <c>{tenantid}</c> template here.</summary>
    public string MetadataIssuer { get; private set; } = "";

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public int KeysRequests => Volatile.Read(ref _keysRequests);

    /// <summary>While true, metadata and keys answer 503, as an issuer in an outage would.</summary>
    public bool Down { get; set; }

    public static async Task<LocalOpenIdIssuer> StartAsync(Func<string, string>? metadataIssuer = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var issuer = new LocalOpenIdIssuer(app);
        app.MapGet("/.well-known/openid-configuration", issuer.Metadata);
        app.MapGet("/keys", issuer.Keys);
        await app.StartAsync();
        issuer.BaseUrl = app.Urls.Single().TrimEnd('/');
        issuer.MetadataIssuer = metadataIssuer?.Invoke(issuer.BaseUrl) ?? issuer.BaseUrl;
        return issuer;
    }

    public IssuerKey Publish(IssuerKey key)
    {
        lock (_gate)
        {
            _keys.Add(key);
        }

        return key;
    }

    public void Withdraw(IssuerKey key)
    {
        lock (_gate)
        {
            _keys.Remove(key);
        }
    }

    /// <summary>Signs with the test's key: the library only formats and signs, every claim comes from the test.</summary>
    public static string Sign(SecurityTokenDescriptor descriptor, IssuerKey? key, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        descriptor.SigningCredentials = key?.Credentials(algorithm);
        return Handler.CreateToken(descriptor);
    }

    private IResult Metadata()
    {
        Interlocked.Increment(ref _metadataRequests);
        if (Down)
        {
            return Results.StatusCode(503);
        }

        return Results.Text(
            new JsonObject
            {
                ["issuer"] = MetadataIssuer,
                ["jwks_uri"] = $"{BaseUrl}/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            }.ToJsonString(),
            "application/json");
    }

    private IResult Keys()
    {
        Interlocked.Increment(ref _keysRequests);
        if (Down)
        {
            return Results.StatusCode(503);
        }

        var keys = new JsonArray();
        lock (_gate)
        {
            foreach (var key in _keys)
            {
                var p = key.Rsa.ExportParameters(includePrivateParameters: false);
                var jwk = new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = key.Kid,
                    ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                };
                if (key.Endorsements is { } endorsements)
                {
                    jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]);
                }

                if (key.KeyIssuer is { } keyIssuer)
                {
                    jwk["issuer"] = keyIssuer;
                }

                keys.Add(jwk);
            }
        }

        return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
