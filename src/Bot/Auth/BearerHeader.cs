using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CpcCoach.Bot.Auth;

/// <summary>Reads <c>Authorization: Bearer &lt;jwt&gt;</c> and peeks at the issuer, without trusting anything yet (brief §2.1).</summary>
internal static class BearerHeader
{
    private static readonly JsonWebTokenHandler Reader = new();

    public static bool TryRead(string header, [NotNullWhen(true)] out string? token, [NotNullWhen(true)] out string? issuer)
    {
        token = null;
        issuer = null;

        // Exactly two parts: a stray space or a second scheme is a malformed header, not something to guess at.
        var parts = header.Split(' ');
        if (parts is not [var scheme, var value] || !scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || !Reader.CanReadToken(value))
        {
            return false;
        }

        try
        {
            issuer = new JsonWebToken(value).Issuer;
        }
        catch (ArgumentException)
        {
            // SecurityTokenMalformedException: the three parts are there but do not decode.
            return false;
        }

        token = value;
        return true;
    }
}
