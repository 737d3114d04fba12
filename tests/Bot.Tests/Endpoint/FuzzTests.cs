using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Tests.Support;

namespace CpcCoach.Bot.Tests.Endpoint;

/// <summary>
/// Thousands of randomly mutated and truncated activities over a real socket: every one gets 200 or 4xx,
/// never 5xx, and the host stays healthy. The seed is fixed so a failure can be replayed.
/// </summary>
[Collection("Kestrel")]
public sealed class FuzzTests
{
    private const int Cases = 2400;

    [Fact]
    public async Task MutatedActivities_NeverCauseServerErrors_AndTheHostStaysHealthy()
    {
        using var app = KestrelBotApp.Start(new BotApp().With("Logging:LogLevel:Default", "Critical"), out var baseAddress);
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        // Normal-mode replies go to a path on the bot itself that answers 404 at once: a fast, non-retried Connector failure.
        var sink = new Uri(baseAddress, "fuzz-sink/").ToString();
        var random = new Random(20261127);
        var failures = new List<string>();

        for (var i = 0; i < Cases; i++)
        {
            var body = Mutator.Next(random, sink, i);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            using var response = await http.PostAsync("/api/messages", content);
            // 501 is the documented answer to a well-formed invoke whose name the bot does not handle (brief §1.3);
            // it is the one 5xx allowed, and only with the NotImplemented body.
            var documented501 = response.StatusCode == HttpStatusCode.NotImplemented
                && (await response.Content.ReadAsStringAsync()).Contains("\"NotImplemented\"", StringComparison.Ordinal);
            if ((int)response.StatusCode >= 500 && !documented501)
            {
                failures.Add($"case {i}: {(int)response.StatusCode} for {Encoding.UTF8.GetString(body)[..Math.Min(300, body.Length)]}");
            }
        }

        Assert.Empty(failures);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        var chat = new Conversation(http, "after-fuzz", "emulator");
        Assert.NotEmpty((await chat.Send("help")).Cards);
    }

    /// <summary>Builds realistic activities, then breaks them in the ways channels and attackers do.</summary>
    private static class Mutator
    {
        private static readonly string[] Types =
            ["message", "conversationUpdate", "installationUpdate", "invoke", "typing", "event", "messageReaction", "messageUpdate", "messageDelete", "endOfConversation", "bogus", ""];

        private static readonly string[] Texts =
            ["help", "hi", "family wants everything done", "teach me SPIKES", "practice", "stop", "\u0000\u0001", "<at>Coach</at> help", new string('x', 5000), "😀 ünïcödé", "{\"json\":true}", "   "];

        private static readonly string[] InvokeNames =
            ["adaptiveCard/action", "message/submitAction", "task/fetch", "signin/verifyState", "composeExtension/query", "unknown"];

        public static byte[] Next(Random random, string serviceUrl, int index)
        {
            var activity = Base(random, serviceUrl, index);
            var mutations = random.Next(0, 5);
            for (var m = 0; m < mutations; m++)
            {
                Mutate(random, activity);
            }

            var bytes = Encoding.UTF8.GetBytes(activity.ToJsonString());
            return random.Next(10) switch
            {
                0 => bytes[..random.Next(0, bytes.Length)],                               // truncated
                1 => FlipBytes(random, bytes),                                            // corrupted
                _ => bytes,
            };
        }

        private static JsonObject Base(Random random, string serviceUrl, int index)
        {
            var type = Types[random.Next(Types.Length)];
            var activity = new JsonObject
            {
                ["type"] = type,
                ["id"] = random.Next(4) == 0 ? "repeat-id" : $"fuzz-{index}",
                ["channelId"] = random.Next(3) == 0 ? "msteams" : "emulator",
                ["serviceUrl"] = serviceUrl,
                ["from"] = new JsonObject { ["id"] = $"29:user-{random.Next(5)}", ["name"] = "Fuzz", ["aadObjectId"] = Guid.NewGuid().ToString() },
                ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Coach" },
                ["conversation"] = new JsonObject { ["id"] = $"a:conv-{random.Next(20)};messageid={random.Next(9)}", ["conversationType"] = "personal" },
                ["text"] = Texts[random.Next(Texts.Length)],
                ["locale"] = "en-US",
            };
            if (random.Next(2) == 0) activity["deliveryMode"] = "expectReplies";
            if (type == "invoke") activity["name"] = InvokeNames[random.Next(InvokeNames.Length)];
            if (type == "conversationUpdate") activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
            if (random.Next(3) == 0) activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "x", ["data"] = new JsonObject { ["text"] = "help" } } };
            if (random.Next(4) == 0) activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>Coach</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot" } });
            return activity;
        }

        private static void Mutate(Random random, JsonObject activity)
        {
            var keys = activity.Select(p => p.Key).ToArray();
            var key = keys[random.Next(keys.Length)];
            switch (random.Next(9))
            {
                case 0: activity.Remove(key); break;
                case 1: activity[key] = random.Next(); break;
                case 2: activity[key] = new JsonArray(1, "two", null); break;
                case 3: activity[key] = null; break;
                case 4: activity[key] = new JsonObject { ["nested"] = Deep(random.Next(1, 80)) }; break;
                case 5: activity[key] = new string((char)random.Next(32, 0xD7FF), random.Next(0, 300)); break;
                case 6: activity[key] = true; break;
                case 7: activity[$"extra{random.Next(100)}"] = JsonNode.Parse("{\"a\":[1,{\"b\":null}]}"); break;
                default:
                    if (activity[key] is JsonObject child && child.Count > 0)
                    {
                        child[child.First().Key] = random.Next(2) == 0 ? null : 3.14;
                    }

                    break;
            }
        }

        private static JsonNode Deep(int depth)
        {
            JsonNode node = new JsonObject { ["leaf"] = "x" };
            for (var i = 0; i < depth; i++) node = new JsonArray(node);
            return node;
        }

        private static byte[] FlipBytes(Random random, byte[] bytes)
        {
            var copy = (byte[])bytes.Clone();
            for (var i = 0; i < 1 + random.Next(5) && copy.Length > 0; i++)
            {
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
            }

            return copy;
        }
    }
}
