using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Insights;

/// <summary>
/// Who may open /insights: a valid signed link (?t=) or the configured access key (X-Insights-Key header or ?key=).
/// Anything else is refused; nothing of the dashboard is public.
/// </summary>
public sealed class DashboardAccess(DashboardLinks links, IOptionsMonitor<InsightsOptions> options)
{
    public const string KeyHeader = "X-Insights-Key";

    /// <summary>The outcome, and the query string that carries the same credential to the page's own links.</summary>
    public (bool Allowed, string Reason, string CredentialQuery) Check(HttpRequest request)
    {
        var token = request.Query["t"].ToString();
        if (token.Length > 0)
        {
            var check = links.Check(token);
            return check == TokenCheck.Valid
                ? (true, "link", $"t={Uri.EscapeDataString(token)}")
                : (false, check == TokenCheck.Expired ? "expired link" : "invalid link", string.Empty);
        }

        var header = request.Headers[KeyHeader].ToString();
        var query = request.Query["key"].ToString();
        var given = header.Length > 0 ? header : query;
        if (given.Length > 0)
        {
            return KeyMatches(given)
                ? (true, "key", header.Length > 0 ? string.Empty : $"key={Uri.EscapeDataString(query)}")
                : (false, "wrong key", string.Empty);
        }

        return (false, "no credential", string.Empty);
    }

    private bool KeyMatches(string given) =>
        options.CurrentValue.AccessKey is { Length: > 0 } key
        // Hashing first makes the comparison constant-time whatever the lengths.
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));
}
