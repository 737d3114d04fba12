using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CpcCoach.Bot.Auth;

/// <summary>
/// Bot Framework keys list the channels they may sign for (brief §2.3). Without this check a token minted for one
/// channel could be replayed on another.
/// </summary>
internal static class Endorsements
{
    public static bool Endorse(OpenIdConnectConfiguration configuration, string? keyId, string channelId)
    {
        if (keyId is null)
        {
            return false;
        }

        foreach (var key in configuration.JsonWebKeySet?.Keys ?? [])
        {
            // IdentityModel 8 keeps non-standard JWK members as JsonElement values.
            if (string.Equals(key.Kid, keyId, StringComparison.Ordinal)
                && key.AdditionalData.TryGetValue("endorsements", out var value)
                && value is JsonElement { ValueKind: JsonValueKind.Array } endorsements
                && endorsements.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.ValueEquals(channelId)))
            {
                return true;
            }
        }

        return false;
    }
}
