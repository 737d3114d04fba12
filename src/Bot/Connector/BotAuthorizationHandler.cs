using System.Net;
using System.Net.Http.Headers;

namespace CpcCoach.Bot.Connector;

/// <summary>
/// Attaches the bot token to Connector calls, but only for hosts on the allow-list (brief §3.4); any other
/// host still gets the request, without Authorization. A 401 from a trusted host means the cached token
/// was revoked or rotated: fetch a fresh one and try exactly once more (brief §3.3).
/// </summary>
internal sealed class BotAuthorizationHandler(BotTokenProvider tokens, TokenAllowList allowList, ILogger<BotAuthorizationHandler> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Whatever a caller put there is dropped: only this handler decides who sees a credential.
        request.Headers.Authorization = null;
        if (!tokens.Enabled)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (!allowList.MayCarryToken(request.RequestUri))
        {
            Log.ConnectorTokenWithheld(logger, request.RequestUri?.Scheme, request.RequestUri?.Host);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        request.Headers.Authorization = Bearer(await tokens.GetTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false));
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        Log.ConnectorUnauthorized(logger, request.RequestUri?.Host);
        response.Dispose();
        request.Headers.Authorization = Bearer(await tokens.GetTokenAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false));
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static AuthenticationHeaderValue? Bearer(string? token) => token is null ? null : new("Bearer", token);
}
