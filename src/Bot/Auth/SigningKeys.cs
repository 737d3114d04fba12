using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CpcCoach.Bot.Auth;

/// <summary>A token checked against the keys of one metadata document, and that document (its keys carry the endorsements).</summary>
internal sealed record KeyedValidation(TokenValidationResult Result, OpenIdConnectConfiguration Configuration);

/// <summary>
/// One ConfigurationManager per metadata URL (brief §2.8), re-reading the metadata every MetadataRefreshInterval. When a
/// token names a key we have not seen, the keys are fetched again once and the token is checked again: keys roll
/// without notice (pitfall 4).
/// </summary>
/// <remarks>
/// The forced fetch uses a fresh manager rather than <c>RequestRefresh()</c>: in IdentityModel 8 that call only
/// schedules a background refresh (unless a process-wide switch was set before the library first read it), so the
/// retry would still see the old keys.
/// </remarks>
internal sealed class SigningKeys : IDisposable
{
    private static readonly JsonWebTokenHandler Handler = new();

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _managers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastForcedRefresh = new(StringComparer.Ordinal);
    private readonly AuthOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SigningKeys> _logger;

    // Held for the life of the process; a bounded connection lifetime still picks up DNS changes of the metadata host.
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    public SigningKeys(IOptions<AuthOptions> options, TimeProvider time, ILogger<SigningKeys> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <param name="metadataUrl">Always from our configuration, never from the token.</param>
    /// <param name="parameters">Builds the validation parameters from the current metadata (its signing keys).</param>
    public async Task<KeyedValidation> ValidateAsync(
        string token,
        string metadataUrl,
        Func<OpenIdConnectConfiguration, TokenValidationParameters> parameters,
        CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _managers.GetOrAdd(metadataUrl, Create).GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            // No keys were ever fetched (or the cached ones expired) and the metadata host does not answer.
            Log.SigningKeysUnavailable(_logger, ex, metadataUrl);
            throw new SigningKeysUnavailableException(metadataUrl, ex);
        }

        var result = await Handler.ValidateTokenAsync(token, parameters(configuration)).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException && MayForceRefresh(metadataUrl)
            && await FetchAgainAsync(metadataUrl, cancellationToken).ConfigureAwait(false) is { } fresh)
        {
            configuration = fresh;
            result = await Handler.ValidateTokenAsync(token, parameters(configuration)).ConfigureAwait(false);
        }

        return new KeyedValidation(result, configuration);
    }

    // Bounds forced fetches per URL, so tokens with made-up kids cannot make us hammer the metadata host.
    private bool MayForceRefresh(string metadataUrl)
    {
        var now = _time.GetUtcNow();
        return _lastForcedRefresh.TryGetValue(metadataUrl, out var last)
            ? now - last >= _options.UnknownKeyRefreshInterval && _lastForcedRefresh.TryUpdate(metadataUrl, now, last)
            : _lastForcedRefresh.TryAdd(metadataUrl, now);
    }

    private async Task<OpenIdConnectConfiguration?> FetchAgainAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        Log.SigningKeyNotFound(_logger, metadataUrl);
        var manager = Create(metadataUrl);
        try
        {
            // A new manager has nothing cached, so this fetch completes before we answer.
            var configuration = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            _managers[metadataUrl] = manager;
            return configuration;
        }
        catch (InvalidOperationException ex)
        {
            // The keys we have stay in use; this token is refused as signed by an unknown key.
            Log.SigningKeyRefreshFailed(_logger, ex, metadataUrl);
            return null;
        }
    }

    private ConfigurationManager<OpenIdConnectConfiguration> Create(string metadataUrl) =>
        new(metadataUrl, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(_http) { RequireHttps = _options.RequireHttpsMetadata })
        {
            AutomaticRefreshInterval = _options.MetadataRefreshInterval,
        };

    public void Dispose() => _http.Dispose();
}

/// <summary>The metadata or key set could not be fetched and no keys are cached: no token can be judged.</summary>
internal sealed class SigningKeysUnavailableException(string metadataUrl, Exception inner)
    : Exception($"Signing keys from {metadataUrl} are unavailable.", inner);
