using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: HMAC-signed, bound to one conversation and one user, with an expiry.
/// The key is random per process: conversations live in memory, so a token must not outlive a restart either.
/// </summary>
internal sealed class DirectLineTokens(TimeProvider time, IOptionsMonitor<DirectLineOptions> options)
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public IssuedToken Issue(string conversationId, string userId)
    {
        var lifetime = options.CurrentValue.TokenLifetime;
        var claims = new TokenClaims(conversationId, userId, time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds(), Convert.ToHexString(RandomNumberGenerator.GetBytes(8)));
        var payload = JsonSerializer.SerializeToUtf8Bytes(claims, DirectLineJson.Default.TokenClaims);
        var token = string.Concat(Base64Url.EncodeToString(payload), ".", Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload)));
        return new IssuedToken(token, claims, (int)lifetime.TotalSeconds);
    }

    /// <summary>Reads <c>Authorization: Bearer …</c> (or the stream's <c>t</c> query value) into what it grants.</summary>
    public Grant Check(string? bearer)
    {
        if (string.IsNullOrEmpty(bearer))
        {
            return Grant.None;
        }

        if (options.CurrentValue.Secret is { Length: > 0 } secret && SecretMatches(bearer, secret))
        {
            return Grant.Secret;
        }

        if (Read(bearer) is not { } claims)
        {
            return Grant.Invalid;
        }

        return claims.ExpiresAt <= time.GetUtcNow().ToUnixTimeSeconds() ? Grant.Expired : new Grant(GrantKind.Token, claims);
    }

    private TokenClaims? Read(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || token.Length > 2048)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            var signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
            if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
            {
                return null;
            }

            return JsonSerializer.Deserialize(payload, DirectLineJson.Default.TokenClaims);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // Hashing first makes the comparison constant-time whatever the lengths.
    private static bool SecretMatches(string presented, string secret) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

/// <summary>What a token says. <paramref name="ExpiresAt"/> is Unix seconds.</summary>
internal sealed record TokenClaims(string ConversationId, string UserId, long ExpiresAt, string Nonce);

internal sealed record IssuedToken(string Token, TokenClaims Claims, int ExpiresInSeconds);

internal enum GrantKind
{
    None,
    Invalid,
    Expired,
    Secret,
    Token,
}

/// <summary>What the caller's credential allows: the secret reaches any conversation, a token only its own.</summary>
internal sealed record Grant(GrantKind Kind, TokenClaims? Claims = null)
{
    public static Grant None { get; } = new(GrantKind.None);

    public static Grant Invalid { get; } = new(GrantKind.Invalid);

    public static Grant Expired { get; } = new(GrantKind.Expired);

    public static Grant Secret { get; } = new(GrantKind.Secret);

    public bool Reaches(string conversationId) =>
        Kind == GrantKind.Secret || (Kind == GrantKind.Token && string.Equals(Claims!.ConversationId, conversationId, StringComparison.Ordinal));
}
