using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Tests.State;

/// <summary>Fixed options for services built by hand in tests.</summary>
internal sealed class TestOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
