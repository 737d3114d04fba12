namespace CpcCoach.Bot.Turns;

/// <summary>Who sent the inbound activity, as proven by inbound auth (brief §2.9).</summary>
/// <param name="IsAuthenticated">False only when auth is disabled (no app id) or for the local Direct Line surface.</param>
/// <param name="CallerId">urn:botframework:azure and friends; null when auth is disabled.</param>
/// <param name="AppId">The bot app id the token was issued for, when authenticated.</param>
public sealed record CallerIdentity(bool IsAuthenticated, string? CallerId, string? AppId)
{
    public static CallerIdentity Anonymous { get; } = new(false, null, null);
}
