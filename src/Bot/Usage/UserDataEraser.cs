namespace CpcCoach.Bot.Usage;

/// <summary>
/// Per-user data that "forget me" must erase besides usage events (dialog state, saved role...). The part that
/// owns the data registers one: <c>services.AddSingleton(sp =&gt; new UserDataEraser("dialog state", (user, ct) =&gt; ...))</c>.
/// A delegate, not an interface: each owner contributes one function and nothing else.
/// </summary>
public sealed record UserDataEraser(string Name, Func<UsageUser, CancellationToken, Task> EraseAsync);
