using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// Turns tenant + user id into a keyed HMAC-SHA256 pseudonym. Without the key a pseudonym cannot be linked back
/// to a user, even by someone holding a list of user ids. Previous keys stay usable for lookups after a rotation.
/// Every turn needs its user's pseudonyms, so the last few thousand users' are kept in process memory (never stored
/// or logged; the ids they come from are in memory for the turn anyway).
/// </summary>
public sealed class Pseudonymizer
{
    /// <summary>Users whose pseudonyms are kept; past it the set starts again (about 0.2 KB each with no previous key).</summary>
    public const int KnownUsersCapacity = 4_096;

    private readonly byte[] _current;
    private readonly byte[][] _previous;
    private readonly ConcurrentDictionary<(string Tenant, string UserId), string[]> _known = new();
    private int _knownCount;

    public Pseudonymizer(string currentKey, IEnumerable<string>? previousKeys = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(currentKey);
        _current = Encoding.UTF8.GetBytes(currentKey);
        _previous = [.. (previousKeys ?? []).Where(k => k.Length > 0).Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>The pseudonym new events are written under.</summary>
    public string Current(UsageUser user) => Known(user)[0];

    /// <summary>The current pseudonym first, then one per previous key: what opt-out and erasure look for.</summary>
    public IReadOnlyList<string> All(UsageUser user) => Known(user);

    private string[] Known(UsageUser user)
    {
        if (_known.TryGetValue((user.Tenant, user.UserId), out var known))
        {
            return known;
        }

        known = [Hash(_current, user), .. _previous.Select(key => Hash(key, user))];
        if (_known.TryAdd((user.Tenant, user.UserId), known) && Interlocked.Increment(ref _knownCount) > KnownUsersCapacity)
        {
            _known.Clear();
            Interlocked.Exchange(ref _knownCount, 0);
        }

        return known;
    }

    /// <summary>A secret derived from the pseudonym key for another purpose, so one configured secret can serve both.</summary>
    public byte[] Derive(string purpose) => HMACSHA256.HashData(_current, Encoding.UTF8.GetBytes(purpose));

    private static string Hash(byte[] key, UsageUser user)
    {
        // A separator that cannot occur in either id keeps ("ab", "c") and ("a", "bc") apart.
        var input = Encoding.UTF8.GetBytes(string.Concat(user.Tenant, "\u001f", user.UserId));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, input));
    }
}
