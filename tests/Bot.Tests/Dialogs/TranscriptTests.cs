using System.Text.Json.Nodes;
using CpcCoach.Bot.Dialogs;
using CpcCoach.Bot.State;
using CpcCoach.Bot.Tests.Support;
using static CpcCoach.Bot.Tests.Support.CardQueries;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Dialogs;

/// <summary>Every transcript file under Transcripts/, run against the real app, one turn at a time.</summary>
public sealed class TranscriptTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Dialogs", "Transcripts");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Root, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Transcript_PlaysAsWritten(string file)
    {
        var transcript = Transcript.Load(Path.Combine(Root, file));
        var capture = new FactsCapture();
        await using var app = new BotApp().WithServices(s => s.Insert(0, ServiceDescriptor.Singleton<ITurnMiddleware>(capture)));
        var chat = app.Conversation();
        if (transcript.Seed is { } seed)
        {
            var store = app.Services.GetRequiredService<StateStore>();
            var state = new ConversationState { Stack = [new DialogFrame(seed.Flow, seed.Version, seed.Step, seed.Slots, PromptId: "seeded")] };
            await store.SaveConversationAsync("test", chat.Id, new ConversationState(), state, CancellationToken.None);
        }

        var cards = new List<(JsonObject Activity, JsonObject Card)>();
        JsonObject? clicked = null;
        for (var i = 0; i < transcript.Turns.Count; i++)
        {
            var turn = transcript.Turns[i];
            var where = $"{file}, turn {i + 1} ({turn.User ?? turn.Click ?? turn.Reclick})";
            Replies replies;
            if (turn.User is { } text)
            {
                replies = await chat.Send(text);
            }
            else
            {
                var title = turn.Click ?? turn.Reclick!;
                var source = turn.Click is not null ? cards.LastOrDefault(c => Button(c.Card, title) is not null) : cards.LastOrDefault(c => ReferenceEquals(c.Activity, clicked));
                Assert.True(source.Card is not null, $"{where}: no card with a '{title}' button");
                clicked = source.Activity;
                var data = Button(source.Card, title)!["data"]!.DeepClone();
                replies = await chat.Post(chat.Activity("message", new JsonObject { ["value"] = data, ["replyToId"] = (string?)source.Activity["id"] }));
            }

            foreach (var message in replies.Messages)
            {
                foreach (var card in CardsOf(message))
                {
                    cards.Add((message, card));
                }
            }

            var all = Text(replies);
            foreach (var fragment in turn.Expect)
            {
                Assert.True(all.Contains(fragment, StringComparison.OrdinalIgnoreCase), $"{where}: expected \"{fragment}\" in:\n{all}");
            }

            foreach (var fragment in turn.Not)
            {
                Assert.False(all.Contains(fragment, StringComparison.OrdinalIgnoreCase), $"{where}: did not expect \"{fragment}\" in:\n{all}");
            }

            if (turn.Cards is { } count)
            {
                Assert.True(replies.Cards.Count() == count, $"{where}: expected {count} card(s), got {replies.Cards.Count()}");
            }

            if (turn.Flow is not null || turn.FlowEvent is not null || turn.Rating is not null)
            {
                Assert.NotNull(capture.Last);
                Assert.True(turn.Flow is null || turn.Flow == capture.Last.Flow, $"{where}: flow fact {capture.Last.Flow}");
                Assert.True(turn.FlowEvent is null || turn.FlowEvent == capture.Last.FlowEvent, $"{where}: flow event fact {capture.Last.FlowEvent}");
                Assert.True(turn.Rating is null || turn.Rating == capture.Last.FeedbackRating, $"{where}: rating fact {capture.Last.FeedbackRating}");
            }
        }
    }

    [Fact]
    public void EveryFlow_HasAtLeastOneTranscript()
    {
        using var app = new BotApp();
        var flows = app.Services.GetRequiredService<FlowLibrary>().All.Select(f => f.Id).ToList();
        Assert.NotEmpty(flows);
        foreach (var flow in flows)
        {
            var folder = Path.Combine(Root, flow);
            Assert.True(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.yaml").Any(), $"dialogs/{flow}.yaml has no transcript: add tests/Bot.Tests/Dialogs/Transcripts/{flow}/<case>.yaml");
        }
    }

    /// <summary>Everything a user would read: message text, card text blocks and button titles.</summary>
    private static string Text(Replies replies)
    {
        var parts = new List<string>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key is "text" or "title" && value is JsonValue v && v.TryGetValue<string>(out var s))
                        {
                            parts.Add(s);
                        }
                        else if (key is not "data")
                        {
                            Walk(value);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        foreach (var message in replies.Messages)
        {
            Walk(message);
        }

        return string.Join("\n", parts);
    }
}
