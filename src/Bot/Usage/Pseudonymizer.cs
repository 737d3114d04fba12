using System.Security.Cryptography;
using System.Text;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// Turns tenant + user id into a keyed HMAC-SHA256 pseudonym. Without the key a pseudonym cannot be linked back
/// to a user, even by someone holding a list of user ids. Previous keys stay usable for lookups after a rotation.
/// </summary>
public sealed class Pseudonymizer
{
    private readonly byte[] _current;
    private readonly byte[][] _previous;

    public Pseudonymizer(string currentKey, IEnumerable<string>? previousKeys = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(currentKey);
        _current = Encoding.UTF8.GetBytes(currentKey);
        _previous = [.. (previousKeys ?? []).Where(k => k.Length > 0).Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>The pseudonym new events are written under.</summary>
    public string Current(UsageUser user) => Hash(_current, user);

    /// <summary>The current pseudonym first, then one per previous key: what opt-out and erasure look for.</summary>
    public IReadOnlyList<string> All(UsageUser user) => [Hash(_current, user), .. _previous.Select(key => Hash(key, user))];

    /// <summary>A secret derived from the pseudonym key for another purpose, so one configured secret can serve both.</summary>
    public byte[] Derive(string purpose) => HMACSHA256.HashData(_current, Encoding.UTF8.GetBytes(purpose));

    private static string Hash(byte[] key, UsageUser user)
    {
        // A separator that cannot occur in either id keeps ("ab", "c") and ("a", "bc") apart.
        var input = Encoding.UTF8.GetBytes(string.Concat(user.Tenant, "\u001f", user.UserId));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, input));
    }
}
