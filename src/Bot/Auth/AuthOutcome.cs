using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Auth;

/// <summary>
/// The result of inbound authentication: a caller, or a short reason for the 401; or, when the signing keys could
/// not be fetched at all, <see cref="Unavailable"/>: the token was not judged, so the answer is a 503 to retry.
/// </summary>
public sealed record AuthOutcome(CallerIdentity? Caller, string? Failure, bool Unavailable = false)
{
    public bool Succeeded => Caller is not null;

    public static AuthOutcome KeysUnavailable() =>
        new(null, "The channel's signing keys cannot be fetched right now; retry shortly.", Unavailable: true);

    public static AuthOutcome Success(CallerIdentity caller) => new(caller, null);

    public static AuthOutcome Fail(string reason) => new(null, reason);
}
