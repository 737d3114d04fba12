using System.Text.Json.Nodes;
using CpcCoach.Bot.Practice;
using CpcCoach.Bot.Tests.Support;
using static CpcCoach.Bot.Tests.Support.CardQueries;
using CpcCoach.Bot.Tests.Usage;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CpcCoach.Bot.Tests.Coaching;

/// <summary>The real app, with usage in a temp folder, shared by the walks (each walk is its own conversation).</summary>
public sealed class RoutingEntityApp : IDisposable
{
    public BotApp App { get; } = UsageTestHost.App(UsageTestHost.TempFolder());

    public void Dispose() => App.Dispose();
}

/// <summary>
/// Every reply to a user message carries exactly one routing entity naming the message's intent and frameworks,
/// whichever part answers it: the router, a guided flow, a role-play, a command or a safety moment. Each walk is a
/// conversation through one reply path; every message of every turn is checked, and the intent where the path
/// decides it.
/// </summary>
public sealed class RoutingEntityTests(RoutingEntityApp fixture, ITestOutputHelper output) : IClassFixture<RoutingEntityApp>
{
    /// <summary>One user turn: type text, tap a button (by its title) on an earlier card, or submit a card value.</summary>
    public sealed record Step(string Kind, string Text, string? Intent = null, string? Framework = null)
    {
        public override string ToString() => $"{Kind} \"{Text}\"";
    }

    private static Step Say(string text, string? intent = null, string? framework = null) => new("say", text, intent, framework);

    private static Step Tap(string title, string? intent = null, string? framework = null) => new("tap", title, intent, framework);

    private static Step Submit(string value, string? intent = null, string? framework = null) => new("submit", value, intent, framework);

    private static readonly Dictionary<string, Step[]> Walks = new(StringComparer.Ordinal)
    {
        ["help"] = [Say("help", Intents.GreetingHelp, FrameworkKeys.None), Say("hi", Intents.GreetingHelp)],
        ["quick tip"] = [Say("how do I explain hospice to a family who thinks it means giving up", Intents.QuickTip, "hospice_transition")],
        ["prepare flow"] =
        [
            Say("prepare a conversation", Intents.PrepareConversation, FrameworkKeys.None),
            Tap("Family meeting", Intents.PrepareConversation, "family_meeting_value"),
            Say("patient and family", Intents.PrepareConversation, "family_meeting_value"),
            Say("they think she will recover", Intents.PrepareConversation, "family_meeting_value"),
            Say("comfort care", Intents.PrepareConversation, "family_meeting_value"),
            Say("they will be angry", Intents.PrepareConversation, "family_meeting_value"),
            Tap("👍 Helpful", Intents.Feedback, "family_meeting_value"),
            Say("skip", Intents.Feedback),
            Say("show my plan", Intents.PrepareConversation, "family_meeting_value"),
        ],
        ["prepare interrupted"] =
        [
            Say("family meeting tomorrow about stopping dialysis, help me prepare", Intents.PrepareConversation),
            Say("how do I respond when the son starts yelling at me?"),
            Say("resume", Intents.PrepareConversation),
            Say("stop", Intents.PrepareConversation),
        ],
        ["learn flow"] =
        [
            Say("teach me REMAP", Intents.LearnFramework, "remap"),
            Tap("Next step", Intents.LearnFramework, "remap"),
            Say("help", Intents.LearnFramework, "remap"),
            Say("stop", Intents.LearnFramework, "remap"),
        ],
        ["debrief flow"] =
        [
            Say("debrief", Intents.Debrief, "clinician_self_care"),
            Say("I sat with the silence", Intents.Debrief, "clinician_self_care"),
            Say("I don't want to be here anymore", Intents.Debrief, "clinician_self_care"),
            Say("stop", Intents.Debrief, "clinician_self_care"),
        ],
        ["emotion flow"] =
        [
            Say("the wife said \"you people gave up on him\" and walked out. how do I respond", Intents.RespondToEmotion),
            Say("skip", Intents.Feedback),
        ],
        ["practice"] =
        [
            Say("role play a family meeting", Intents.PracticeRequest),
            Submit("do_everything", Intents.PracticeRequest, "do_everything"),
            Say("I can see you're really angry about that phone call, and anyone would be.", Intents.PracticeRequest, "do_everything"),
            Say("hint", Intents.PracticeRequest, "do_everything"),
            Say("stop", Intents.PracticeRequest, "do_everything"),
            Say("replay", Intents.PracticeRequest, "do_everything"),
            Say("stop", Intents.PracticeRequest, "do_everything"),
            Say("my progress", Intents.Feedback, "do_everything"),
        ],
        ["feedback"] =
        [
            Say("thanks, that helped", Intents.Feedback),
            Say("the phrasing was good", Intents.Feedback),
            Submit("{\"cpc\":\"feedback\",\"rating\":\"unhelpful\"}", Intents.Feedback),
            Say("skip", Intents.Feedback),
        ],
        ["identifiers"] = [Say("pt Ottoline Brackenridge, MRN 3319-002-71, metastatic melanoma, attending wants a serious illness convo before discharge. where do i start", Intents.PrepareConversation)],
        ["distress"] =
        [
            Say("my patient died this morning and I keep thinking I missed something", Intents.Debrief, "clinician_self_care"),
        ],
        ["self-harm"] = [Say("my patient died and I don't want to be here anymore", Intents.Debrief, "clinician_self_care")],
        ["self-harm with identifiers"] = [Say("my patient Leocadia Fairweather died and I don't want to be here anymore", Intents.Debrief, "clinician_self_care")],
        ["out of scope"] =
        [
            Say("whats the max dose of morphine in 24h for a hospice pt", Intents.OutOfScopeClinical),
            Say("morphine conversion oral to IV", Intents.OutOfScopeClinical, "ask_tell_ask"),
            Say("write me an email to my manager asking for friday off", Intents.OutOfScopeOther),
        ],
        ["commands"] =
        [
            Say("insights", Intents.GreetingHelp, FrameworkKeys.None),
            Say("my progress", Intents.Feedback, FrameworkKeys.None),
            Say("remind me to debrief tonight", Intents.Debrief, "clinician_self_care"),
            Say("stop reminders", Intents.GreetingHelp, FrameworkKeys.None),
            Say("opt out", Intents.GreetingHelp, FrameworkKeys.None),
            Say("opt in", Intents.GreetingHelp, FrameworkKeys.None),
            Submit("{\"cpc\":\"answer\",\"prompt\":\"gone\",\"value\":\"x\"}", Intents.GreetingHelp, FrameworkKeys.None),
        ],
    };

    public static TheoryData<string> Paths() => [.. Walks.Keys];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task EveryReplyToAUserMessage_CarriesExactlyOneRoutingEntity(string path)
    {
        var chat = fixture.App.Conversation();
        var cards = new List<(JsonObject Message, JsonObject Card)>();
        foreach (var step in Walks[path])
        {
            var where = $"{path}, {step}";
            var replies = await Take(chat, step, cards, where);

            Assert.True(replies.Messages.Any(), $"{where}: no reply");
            var routings = replies.Messages.Select(m => OneRouting(m, where)).ToList();
            Assert.All(routings, r => Assert.Equal(routings[0].ToJsonString(), r.ToJsonString()));
            Assert.All(replies.Activities.OfType<JsonObject>().Where(a => (string?)a["type"] != "message"), a => Assert.Empty(RoutingEntities(a)));

            var intent = (string?)routings[0]["intent"];
            var frameworks = routings[0]["frameworks"]!.AsArray().Select(f => (string?)f).ToList();
            output.WriteLine($"{step,-60} => {intent} [{string.Join(", ", frameworks)}] on {routings.Count} message(s)");
            Assert.True(step.Intent is null || step.Intent == intent, $"{where}: intent {intent}, frameworks [{string.Join(", ", frameworks)}]; replies: {Said(replies)}");
            Assert.True(step.Framework is null || step.Framework == frameworks[0], $"{where}: frameworks [{string.Join(", ", frameworks)}]; replies: {Said(replies)}");
            foreach (var message in replies.Messages)
            {
                cards.AddRange(CardsOf(message).Select(c => (message, c)));
            }
        }
    }

    [Fact]
    public async Task IdentifierNotice_CarriesTheSameRoutingAsTheAnswer()
    {
        var replies = await fixture.App.Conversation().Send("pt Ottoline Brackenridge, MRN 3319-002-71, how do I tell her the scan shows progression");

        var messages = replies.Messages.ToList();
        Assert.Equal(Knowledge.Safety.SafetyTexts.IdentifierNotice, (string?)messages[0]["text"]);
        Assert.Equal(Intents.QuickTip, (string?)OneRouting(messages[0], "notice")["intent"]);
        Assert.All(messages, m => Assert.Equal(OneRouting(messages[0], "notice").ToJsonString(), OneRouting(m, "answer").ToJsonString()));
    }

    [Fact]
    public async Task Apology_WhenTheTurnFailsBeforeAnythingRouted_StillCarriesTheMessagesRouting()
    {
        await using var app = new BotApp().WithServices(s => s.Insert(0, ServiceDescriptor.Singleton<ITurnMiddleware>(new TestMiddleware())));

        var replies = await app.Conversation().Send("boom");

        var apology = Assert.Single(replies.Messages);
        Assert.Equal(TurnRunner.ApologyText, (string?)apology["text"]);
        OneRouting(apology, "apology");
    }

    private static async Task<Replies> Take(Conversation chat, Step step, List<(JsonObject Message, JsonObject Card)> cards, string where)
    {
        switch (step.Kind)
        {
            case "say":
                return await chat.Send(step.Text);
            case "tap":
                var (message, card) = cards.LastOrDefault(c => Button(c.Card, step.Text) is not null);
                Assert.True(card is not null, $"{where}: no card with a '{step.Text}' button");
                var data = Button(card, step.Text)!["data"]!.DeepClone();
                return await chat.Post(chat.Activity("message", new JsonObject { ["value"] = data, ["replyToId"] = (string?)message["id"] }));
            default:
                var value = step.Text.StartsWith('{')
                    ? JsonNode.Parse(step.Text)!
                    : new JsonObject { [PracticeCards.StartMarker] = true, ["scenario"] = step.Text, ["difficulty"] = "realistic" };
                return await chat.Post(chat.Activity("message", new JsonObject { ["value"] = value }));
        }
    }

    /// <summary>What the replies said, for a failure message: each message's text, or its cards' first lines.</summary>
    private static string Said(Replies replies) => string.Join(" | ", replies.Messages.Select(m =>
        (string?)m["text"] is { Length: > 0 } text
            ? $"\"{text}\""
            : string.Join(", ", CardsOf(m).Select(card => $"card \"{(string?)card["body"]?[0]?["text"]}\""))));

    /// <summary>The message's one routing entity, checked against the intent and framework keys.</summary>
    private static JsonObject OneRouting(JsonObject message, string where)
    {
        var all = RoutingEntities(message).ToList();
        Assert.True(all.Count == 1, $"{where}: {all.Count} routing entities on \"{(string?)message["text"]}\"");
        var routing = all[0];
        Assert.Contains((string?)routing["intent"], Intents.All);
        var frameworks = routing["frameworks"]!.AsArray().Select(f => (string?)f).ToList();
        Assert.NotEmpty(frameworks);
        Assert.All(frameworks, f => Assert.True(f == FrameworkKeys.None || FrameworkKeys.IsKnown(f!), $"{where}: unknown framework {f}"));
        Assert.True(!frameworks.Contains(FrameworkKeys.None) || frameworks.Count == 1, $"{where}: 'none' with other frameworks");
        Assert.Equal(frameworks.Count, frameworks.Distinct().Count());
        return routing;
    }

    private static IEnumerable<JsonObject> RoutingEntities(JsonObject activity) =>
        (activity["entities"] as JsonArray ?? []).OfType<JsonObject>().Where(e => (string?)e["type"] == "routing");
}
