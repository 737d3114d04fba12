namespace CpcCoach.Bot.State;

/// <summary>A lease on one conversation held across bot instances (Redis); absent when state is in process memory.</summary>
public interface IConversationLease
{
    /// <summary>Takes the lease for <paramref name="ttl"/> if nobody holds it; the token proves ownership on release.</summary>
    Task<bool> TryAcquireAsync(string key, string token, TimeSpan ttl, CancellationToken cancellationToken);

    /// <summary>Releases the lease only if <paramref name="token"/> still owns it.</summary>
    Task ReleaseAsync(string key, string token, CancellationToken cancellationToken);
}
