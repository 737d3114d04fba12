using System.Text.Json.Nodes;
using CpcCoach.Bot.State;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.State;

/// <summary>
/// Two bot instances behind one Redis, as behind a load balancer: interleaved and simultaneous messages of one
/// conversation must end in exactly the state one-at-a-time processing (in the order they were applied) gives.
/// </summary>
public sealed class TwoInstanceTests
{
    private const int Conversations = 200;

    /// <summary>Valid answers, an invalid one and a global command, so the order they run in changes the outcome.</summary>
    private static readonly string[] Burst = ["Family meeting", "banana", "Patient and family", "They think he will recover", "help", "comfort care"];

    [Fact]
    public async Task TwoInstances_SharingRedis_EndEveryConversationAsIfProcessedOneAtATime()
    {
        if (RedisTestServer.ConnectionString() is not { } redis)
        {
            return;
        }

        var prefix = RedisTestServer.NewPrefix();
        await using var a = Instance(redis, prefix);
        await using var b = Instance(redis, prefix);
        var http = new[] { a.CreateClient(), b.CreateClient() };
        var sent = new Dictionary<string, string>[Conversations];
        using var parallel = new SemaphoreSlim(25);
        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async n =>
        {
            await parallel.WaitAsync();
            try
            {
                sent[n] = await RunConversationAsync(http, $"c2-{n}-{Guid.NewGuid():N}");
            }
            finally
            {
                parallel.Release();
            }
        }));

        var store = a.Services.GetRequiredService<StateStore>();
        await using var serial = new BotApp();
        foreach (var texts in sent)
        {
            var conversationId = texts["conversation"];
            var final = await store.LoadConversationAsync("test", conversationId, CancellationToken.None);
            Assert.Equal(Burst.Length + 1, final.Turns);
            Assert.Equal(Burst.Length + 1, final.Applied.Count);

            var replay = serial.Conversation();
            foreach (var id in final.Applied)
            {
                await replay.Send(texts[id]);
            }

            var expected = await serial.Services.GetRequiredService<StateStore>().LoadConversationAsync("test", replay.Id, CancellationToken.None);
            Assert.Equal(Shape(expected), Shape(final));
        }
    }

    private static BotApp Instance(string redis, string prefix) => new BotApp()
        .With("State:Redis", redis)
        .With("State:KeyPrefix", prefix)
        // Hundreds of turns queue on two cores; a generous budget keeps the test about ordering, not timeouts.
        .With("Turns:Timeout", "00:01:30");

    /// <summary>One message to start, then the burst fired at both instances at once. Returns activity id => text.</summary>
    private static async Task<Dictionary<string, string>> RunConversationAsync(HttpClient[] http, string conversationId)
    {
        var texts = new Dictionary<string, string> { ["conversation"] = conversationId };
        var start = new Conversation(http[0], conversationId, "test");
        await Post(start, http[0], $"{conversationId}-0", "prepare a conversation", texts);
        await Task.WhenAll(Burst.Select((text, i) => Post(new Conversation(http[i % 2], conversationId, "test"), http[i % 2], $"{conversationId}-{i + 1}", text, texts)));
        return texts;
    }

    private static async Task Post(Conversation chat, HttpClient http, string id, string text, Dictionary<string, string> texts)
    {
        lock (texts)
        {
            // State remembers a long id by its fingerprint: key the text the way the replay reads it back.
            texts[ConversationState.Fingerprint(id)] = text;
        }

        var activity = chat.Message(text);
        activity["id"] = id;
        var replies = await chat.Post(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, replies.Status);
        Assert.DoesNotContain("Sorry, that took me longer", replies.AllText, StringComparison.Ordinal);
        _ = http;
    }

    /// <summary>The state a user would notice: the dialog stack (flow, step, answers, retries), paused dialogs, plan, turn count.</summary>
    private static string Shape(ConversationState state) => new JsonObject
    {
        ["turns"] = state.Turns,
        ["stack"] = Frames(state.Stack),
        ["paused"] = Frames(state.Paused),
        ["plan"] = state.Plan?.Title,
    }.ToJsonString();

    private static JsonArray Frames(IReadOnlyList<DialogFrame> frames) =>
        [.. frames.Select(f => (JsonNode)new JsonObject
        {
            ["flow"] = f.Flow,
            ["step"] = f.Step,
            ["retries"] = f.Retries,
            ["slots"] = string.Join(";", f.Slots.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")),
        })];
}
