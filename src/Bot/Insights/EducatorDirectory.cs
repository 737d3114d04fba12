using System.Text.Json;
using CpcCoach.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Insights;

/// <summary>
/// Decides whether the sender of an activity is an educator. Teams gives the Entra object id on from.aadObjectId;
/// an e-mail or UPN is used when the channel sends one on from (some channels and the Teams roster do).
/// </summary>
public sealed class EducatorDirectory(IOptionsMonitor<InsightsOptions> options)
{
    public bool IsEducator(Activity activity)
    {
        var educators = options.CurrentValue.Educators ?? [];
        if (educators.Length == 0 || activity.From is not { } from)
        {
            return false;
        }

        return Identities(from).Any(id => educators.Any(e => string.Equals(e.Trim(), id, StringComparison.OrdinalIgnoreCase)));
    }

    private static IEnumerable<string> Identities(ChannelAccount from)
    {
        if (from.AadObjectId is { Length: > 0 } aad)
        {
            yield return aad;
        }

        foreach (var name in new[] { "email", "userPrincipalName" })
        {
            if (from.Extra is { } extra && extra.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
                && value.GetString() is { Length: > 0 } address)
            {
                yield return address;
            }
        }
    }
}
