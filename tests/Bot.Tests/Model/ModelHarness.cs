using System.Text.Json;
using CpcCoach.Bot.Model;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge;
using CpcCoach.Knowledge.Answers;
using CpcCoach.Knowledge.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.Model;

/// <summary>
/// The real app (Program.cs registrations, real Azure.AI.OpenAI / OpenAI clients, Polly pipeline) pointed at a local
/// model server, on a fake clock, with the grounded answerer driven directly by a turn and a recording sender.
/// </summary>
public sealed class ModelHarness : IAsyncDisposable
{
    public const string DeterministicText = "Deterministic tip from the knowledge base.";

    private BotApp? _app;

    private ModelHarness(LocalModelServer server) => Server = server;

    public LocalModelServer Server { get; }

    public FakeTimeProvider Time { get; } = new();

    public BotApp App => _app!;

    public GroundedAnswerer Answerer => App.Services.GetRequiredService<GroundedAnswerer>();

    public KnowledgeBase Knowledge => App.Services.GetRequiredService<KnowledgeBase>();

    public static async Task<ModelHarness> StartAsync(string provider = "AzureOpenAI", Action<BotApp>? configure = null)
    {
        var harness = new ModelHarness(await LocalModelServer.StartAsync());
        var app = new BotApp()
            .With("Model:Provider", provider)
            .With("Model:ApiKey", "test-key")
            .With("Model:Deployment", "coach-gpt")
            .With("Model:Model", "coach-model")
            .With("Model:Endpoint", provider == "OpenAI" ? harness.Server.BaseAddress + "/v1" : harness.Server.BaseAddress + "/")
            .WithServices(s => s.AddSingleton<TimeProvider>(harness.Time));
        configure?.Invoke(app);

        harness._app = app;
        _ = app.Services;
        return harness;
    }

    /// <summary>A coaching answer from a real entry, as the knowledge base would compose it.</summary>
    public Answer Answer() => new()
    {
        Intent = Intents.QuickTip,
        Title = Knowledge.Entries[0].Title,
        Tip = Knowledge.Entries[0].Headline,
        Entries = [Knowledge.Entries[0]],
    };

    public static Activity Deterministic() => ActivityFactory.Message(DeterministicText) with
    {
        Entities = [ActivityFactory.NewEntity("routing", [KeyValuePair.Create("intent", JsonSerializer.SerializeToElement("quick_tip", ProtocolJson.Default.String))])],
    };

    public Task<Turn> AskAsync(string text, string channelId = "test", string? conversationType = null, bool expectReplies = true) =>
        AskAsync(text, Answer(), channelId, conversationType, expectReplies);

    public async Task<Turn> AskAsync(string text, Answer answer, string channelId = "test", string? conversationType = null, bool expectReplies = true)
    {
        var inbound = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"in-{Guid.NewGuid():N}",
            ChannelId = channelId,
            Text = text,
            DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null,
            Conversation = new ConversationAccount { Id = "conv-model", ConversationType = conversationType },
            From = new ChannelAccount { Id = "user-1" },
            Recipient = new ChannelAccount { Id = "bot-1" },
        };
        var sender = new RecordingSender();
        var turn = new TurnContext(inbound, sender, CallerIdentity.Anonymous);
        await Answerer.SendAsync(turn, answer, [Deterministic()], CancellationToken.None);
        return new Turn(turn, sender.Activities);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public sealed record Turn(TurnContext Context, IReadOnlyList<Activity> Sent)
    {
        public IReadOnlyList<Activity> Messages => [.. Sent.Where(a => a.Type == ActivityTypes.Message)];

        public Activity Final => Messages.Single();

        public bool FellBack => Final.Text == DeterministicText;
    }
}
