using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.DirectLine;

/// <summary>POST /tokens/generate and /tokens/refresh (brief §5). Neither contacts the bot.</summary>
internal static partial class TokenEndpoints
{
    private const int MaxHelloBytes = 4096;

    public static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineTokens tokens, IOptionsMonitor<DirectLineOptions> options)
    {
        var grant = tokens.Check(DirectLineHttp.Bearer(request));

        // With a secret configured only its holder mints tokens; without one (Development only) the page may.
        if (!string.IsNullOrEmpty(options.CurrentValue.Secret) && grant.Kind != GrantKind.Secret)
        {
            return grant.Kind == GrantKind.None
                ? DirectLineHttp.Error(401, "Unauthorized", "Send 'Authorization: Bearer <secret>' to generate a token.")
                : DirectLineHttp.Error(403, "Forbidden", "Only the Direct Line secret can generate tokens.");
        }

        var (hello, error) = await DirectLineHttp.ReadAsync(request, DirectLineJson.Default.ClientHello, MaxHelloBytes, request.HttpContext.RequestAborted);
        if (error is not null)
        {
            return error;
        }

        if (UserIdOrError(hello?.User?.Id, out var userId) is { } bad)
        {
            return bad;
        }

        var issued = tokens.Issue(DirectLineConversations.NewId(), userId);
        return Results.Json(new ConversationInfo(issued.Claims.ConversationId, issued.Token, issued.ExpiresInSeconds, null), DirectLineJson.Default.ConversationInfo);
    }

    /// <summary>A still-valid token buys a new one for the same conversation and user; an expired one does not.</summary>
    public static IResult Refresh(HttpRequest request, DirectLineTokens tokens)
    {
        var grant = tokens.Check(DirectLineHttp.Bearer(request));
        if (grant.Kind != GrantKind.Token)
        {
            return DirectLineHttp.Refuse(grant, string.Empty)
                ?? DirectLineHttp.Error(403, "Forbidden", "Only a token can be refreshed.");
        }

        var issued = tokens.Issue(grant.Claims!.ConversationId, grant.Claims.UserId);
        return Results.Json(new ConversationInfo(issued.Claims.ConversationId, issued.Token, issued.ExpiresInSeconds, null), DirectLineJson.Default.ConversationInfo);
    }

    /// <summary>The caller's user id when it is a plain short id, a fresh <c>dl_…</c> id when none was sent.</summary>
    internal static IResult? UserIdOrError(string? requested, out string userId)
    {
        if (string.IsNullOrEmpty(requested))
        {
            userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            return null;
        }

        userId = requested;
        return UserIdPattern().IsMatch(requested)
            ? null
            : DirectLineHttp.Error(400, "BadArgument", "user.id must be 1-64 letters, digits, '_', '-', ':' or '.'.");
    }

    [GeneratedRegex("^[A-Za-z0-9_:.-]{1,64}$")]
    private static partial Regex UserIdPattern();
}
