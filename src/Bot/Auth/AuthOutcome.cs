using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Auth;

/// <summary>The result of inbound authentication: a caller, or a short reason for the 401.</summary>
public sealed record AuthOutcome(CallerIdentity? Caller, string? Failure)
{
    public bool Succeeded => Caller is not null;

    public static AuthOutcome Success(CallerIdentity caller) => new(caller, null);

    public static AuthOutcome Fail(string reason) => new(null, reason);
}
