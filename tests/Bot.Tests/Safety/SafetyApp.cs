using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace CpcCoach.Bot.Tests.Safety;

/// <summary>
/// The real app with every log level captured and a last middleware that records what the bot was given.
/// Shared by the tests of a class: each uses its own conversation.
/// </summary>
public sealed class SafetyApp : IDisposable
{
    public SafetyApp()
    {
        App = new BotApp()
            .With("Logging:LogLevel:Default", "Trace")
            .WithServices(services =>
            {
                services.AddFakeLogging();
                // Right after redaction, so it sees every turn even when a later step (practice, dialogs) answers it.
                var redaction = services.ToList().FindIndex(d =>
                    d.ServiceType == typeof(ITurnMiddleware) && d.ImplementationType?.Name == "RedactionMiddleware");
                services.Insert(redaction + 1, ServiceDescriptor.Singleton<ITurnMiddleware>(Seen));
            });
    }

    public BotApp App { get; }

    public SeenByBot Seen { get; } = new();

    public FakeLogCollector Logs => App.Services.GetRequiredService<FakeLogCollector>();

    /// <summary>Everything a log line carries: message, structured values, scopes and exception.</summary>
    public string AllLogText() => string.Join("\n", Logs.GetSnapshot().Select(r => string.Join(" | ",
        r.Message,
        string.Join(";", r.StructuredState?.Select(kv => $"{kv.Key}={kv.Value}") ?? []),
        string.Join(";", r.Scopes.Select(s => s?.ToString())),
        r.Exception?.ToString())));

    public void Dispose() => App.Dispose();
}

/// <summary>Registered after every app middleware, so it sees the activity exactly as the bot does.</summary>
public sealed class SeenByBot : ITurnMiddleware
{
    private readonly Dictionary<string, TurnContext> _turns = [];

    public TurnContext? Turn(string conversationId)
    {
        lock (_turns)
        {
            return _turns.GetValueOrDefault(conversationId);
        }
    }

    public Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        lock (_turns)
        {
            _turns[turn.Activity.Conversation?.Id ?? string.Empty] = turn;
        }

        return next(turn, cancellationToken);
    }
}
