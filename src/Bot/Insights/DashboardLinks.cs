using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CpcCoach.Bot.Usage;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Insights;

/// <summary>
/// Short-lived dashboard tokens: "{expiry unix seconds}.{HMAC-SHA256 of it}", base64url. Nothing about the
/// educator is inside; a forwarded link dies after Insights:LinkLifetime.
/// </summary>
public sealed class DashboardLinks(IOptionsMonitor<InsightsOptions> options, Pseudonymizer pseudonymizer, TimeProvider time)
{
    private const string Purpose = "cpc-insights-link-v1";

    public TimeSpan Lifetime => options.CurrentValue.LinkLifetime;

    public string CreateToken()
    {
        var expires = time.GetUtcNow().Add(options.CurrentValue.LinkLifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{expires}.{Sign(expires)}";
    }

    public string CreateUrl() => $"{options.CurrentValue.PublicBaseUrl.TrimEnd('/')}/insights?t={Uri.EscapeDataString(CreateToken())}";

    public TokenCheck Check(string? token)
    {
        var dot = token?.IndexOf('.') ?? -1;
        if (token is null || dot <= 0)
        {
            return TokenCheck.Missing;
        }

        var expires = token[..dot];
        var expected = Encoding.ASCII.GetBytes(Sign(expires));
        var given = Encoding.ASCII.GetBytes(token[(dot + 1)..]);
        if (!CryptographicOperations.FixedTimeEquals(expected, given)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TokenCheck.Invalid;
        }

        return time.GetUtcNow().ToUnixTimeSeconds() < seconds ? TokenCheck.Valid : TokenCheck.Expired;
    }

    private string Sign(string payload)
    {
        var key = options.CurrentValue.LinkKey is { Length: > 0 } configured ? Encoding.UTF8.GetBytes(configured) : pseudonymizer.Derive(Purpose);
        return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{Purpose}|{payload}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}

public enum TokenCheck
{
    Missing,
    Invalid,
    Expired,
    Valid,
}
