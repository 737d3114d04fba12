using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>
/// The real app, built from Program.cs registrations, in memory. Tests add settings and extra services
/// (a blocking middleware, a fake time) but never replace the parts under test.
/// </summary>
public sealed class BotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private readonly List<Action<IServiceCollection>> _services = [];

    public string Environment { get; init; } = "Development";

    public BotApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public BotApp WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        builder.ConfigureServices(services =>
        {
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    /// <summary>A conversation with this bot over expectReplies, as the Emulator or a test channel would hold it.</summary>
    public Conversation Conversation(string? conversationId = null, string channelId = "test") =>
        new(CreateClient(), conversationId ?? $"conv-{Guid.NewGuid():N}", channelId);
}
