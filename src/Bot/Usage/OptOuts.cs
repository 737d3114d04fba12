using System.Collections.Concurrent;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// Pseudonyms that opted out, in memory so the check costs a turn nothing. Loaded from the store at start and
/// refreshed daily (other instances' opt-outs); the store's insert also refuses them, which covers the gap.
/// </summary>
public sealed class OptOuts
{
    private readonly ConcurrentDictionary<string, byte> _pseudonyms = new(StringComparer.Ordinal);

    public bool Contains(IReadOnlyList<string> pseudonyms) => pseudonyms.Any(_pseudonyms.ContainsKey);

    public void Add(IEnumerable<string> pseudonyms)
    {
        foreach (var pseudonym in pseudonyms)
        {
            _pseudonyms[pseudonym] = 0;
        }
    }

    public void Remove(IEnumerable<string> pseudonyms)
    {
        foreach (var pseudonym in pseudonyms)
        {
            _pseudonyms.TryRemove(pseudonym, out _);
        }
    }

    /// <summary>Takes the store's list as the truth, so an opt-in on another instance is honoured here too.</summary>
    public void Replace(IReadOnlySet<string> stored)
    {
        Add(stored);
        Remove(_pseudonyms.Keys.Where(p => !stored.Contains(p)).ToList());
    }
}
