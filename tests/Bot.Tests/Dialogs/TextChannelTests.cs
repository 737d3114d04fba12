using System.Text.Json.Nodes;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Dialogs;
using CpcCoach.Bot.Tests.Support;

namespace CpcCoach.Bot.Tests.Dialogs;

/// <summary>
/// A clinician on a channel without Adaptive Cards (SMS here) asks for help, plans a conversation and comes back to
/// it after a question, all by typing: every prompt arrives as text with its options and the words to type, never as
/// a card. The same conversations on the default test channel still get cards. Every reply keeps its routing entity.
/// </summary>
public sealed class TextChannelTests : IAsyncLifetime
{
    private const string TextChannel = "sms";
    private const string CardChannel = "test";

    private readonly BotApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Help_OnATextChannel_IsOneMarkdownMessage_ListingEverythingWithAnExample_AndSuggestedActions()
    {
        var replies = await _app.Conversation(channelId: TextChannel).Send("help");

        var help = Assert.Single(Checked(replies, TextChannel));
        var text = (string)help["text"]!;
        Assert.Equal("markdown", (string?)help["textFormat"]);
        foreach (var (title, command, example) in HelpCard.Capabilities)
        {
            Assert.Contains($"**{title}**: type **{command}**, or say e.g. {example}", text, StringComparison.Ordinal);
        }

        Assert.Contains(HelpCard.Disclaimer, text, StringComparison.Ordinal);
        Assert.Equal(["quick tip", "learn a framework", "practice", "prepare a conversation"], Suggested(help));
    }

    [Fact]
    public async Task Help_OnTheDefaultChannel_IsStillTheCard_ThenTheSuggestedActions()
    {
        var replies = await _app.Conversation(channelId: CardChannel).Send("help");

        var messages = Checked(replies, CardChannel);
        Assert.Equal(2, messages.Count);
        Assert.Equal("CPC Coach", (string?)Assert.Single(replies.Cards)["body"]![0]!["text"]);
        Assert.Equal(["quick tip", "learn a framework", "practice"], Suggested(messages[1]));
    }

    [Fact]
    public async Task EveryHelpCommand_OnATextChannel_StartsWhatItSays()
    {
        // What the help text tells a text-only user to type must work when typed.
        var chat = _app.Conversation(channelId: TextChannel);
        var help = Assert.Single(Checked(await chat.Send("help"), TextChannel));
        foreach (var command in Suggested(help).Where(c => c is "prepare a conversation" or "learn a framework"))
        {
            var started = Checked(await chat.Send(command), TextChannel);
            Assert.NotEmpty(Suggested(started[^1]));
            Checked(await chat.Send("stop"), TextChannel);
        }
    }

    [Theory]
    [InlineData(TextChannel)]
    [InlineData(CardChannel)]
    public async Task Prepare_TypedFromStartToFinish_PromptsAsTextOnTextChannels_AndAsCardsOtherwise(string channel)
    {
        var chat = _app.Conversation(channelId: channel);

        var kind = Options(await chat.Send("prepare a conversation"), channel, "What kind of conversation is it?");
        Assert.Equal(["Family meeting", "Sharing serious news", "Goals of care", "Code status", "Hospice transition"], kind);
        // The list's number for the first, then the suggested actions' words, as a user tapping them would send.
        var who = Options(await chat.Send("1"), channel, "Who will be there?");
        var understanding = Options(await chat.Send(who[1]), channel, "What do they already understand?");
        var news = Options(await chat.Send(understanding[1]), channel, "What news or decision is on the table?");
        var worry = Options(await chat.Send(news[1]), channel, "What worries you most about it?");
        var plan = await chat.Send(worry[0]);
        var rating = Options(plan, channel, "Was this helpful?");
        var comment = Checked(await chat.Send(rating[0]), channel);
        var thanks = Checked(await chat.Send("skip"), channel);

        Assert.Contains("Family meeting with patient and family", plan.AllText + string.Join(" ", plan.Cards.Select(c => c.ToJsonString())), StringComparison.Ordinal);
        // On a card channel: the pocket card and the rating prompt.
        Assert.Equal(channel == TextChannel ? 0 : 2, plan.Cards.Count());
        if (channel == TextChannel)
        {
            Assert.Contains("**Pocket card: Family meeting with patient and family**", plan.AllText, StringComparison.Ordinal);
            Assert.Contains("**Talk map**\n1. ", plan.AllText, StringComparison.Ordinal);
        }

        Assert.Contains("Anything you'd like to add?", (string?)comment[^1]["text"], StringComparison.Ordinal);
        Assert.Equal("Thank you, that helps us improve.", (string?)thanks[^1]["text"]);
        var shown = Checked(await chat.Send("show my plan"), channel);
        Assert.Contains("Family meeting with patient and family", channel == TextChannel ? (string?)shown[0]["text"] : shown[0]["attachments"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_AndChoice_OnATextChannel_OfferTheWordsTheEngineAccepts()
    {
        var choice = DialogText.Choice("Ready?", [new("next", "Next step", []), new("quiz", "Skip to the check", [])], maxSuggestions: 1);
        var confirm = DialogText.Confirm("Shall we?");

        Assert.Equal("**Ready?**\n\n1. Next step\n2. Skip to the check\n\nType a number, or the answer in your own words (e.g. **Next step**).", choice.Text);
        Assert.Equal(["Next step"], choice.SuggestedActions!.Actions!.Select(a => a.Value!.Value.GetString()));
        Assert.Equal([true, false], confirm.SuggestedActions!.Actions!.Select(a => UserWords.YesNo(a.Value!.Value.GetString()!)));
        Assert.Null(confirm.Attachments);
    }

    [Theory]
    [InlineData(TextChannel)]
    [InlineData(CardChannel)]
    public async Task ResumeOffer_AfterAQuestionMidFlow_IsTextOnTextChannels_AndTypingItsWordResumes(string channel)
    {
        var chat = _app.Conversation(channelId: channel);
        Options(await chat.Send("prepare a conversation"), channel, "What kind of conversation is it?");

        var answered = await chat.Send("how do I respond when the son starts yelling at me?");
        var offer = Checked(answered, channel)[^1];
        var resumed = await chat.Send("resume");

        if (channel == TextChannel)
        {
            Assert.Equal("Would you like to pick up **Prepare a conversation** where we left off? Type **resume** to carry on, or **no thanks** to leave it.", (string?)offer["text"]);
            Assert.Equal(["resume", "no thanks"], Suggested(offer));
        }
        else
        {
            Assert.Contains("Would you like to pick up", offer["attachments"]!.ToJsonString(), StringComparison.Ordinal);
        }

        Options(resumed, channel, "What kind of conversation is it?");
    }

    [Fact]
    public async Task ResumeOffer_OnATextChannel_TypingNoThanks_LeavesTheFlow()
    {
        var chat = _app.Conversation(channelId: TextChannel);
        Options(await chat.Send("prepare a conversation"), TextChannel, "What kind of conversation is it?");
        var offer = Checked(await chat.Send("how do I respond when the son starts yelling at me?"), TextChannel)[^1];

        var dropped = Assert.Single(Checked(await chat.Send(Suggested(offer)[1]), TextChannel));

        Assert.Equal(DialogCommands.DroppedText, (string?)dropped["text"]);
        Assert.Equal(["quick tip", "learn a framework", "practice", "prepare a conversation"], Suggested(Assert.Single(Checked(await chat.Send("help"), TextChannel))));
    }

    [Theory]
    [InlineData(TextChannel, 0)]
    [InlineData("msteams", 1)]
    public async Task TypedAnswer_InNormalDelivery_UpdatesTheAnsweredCardOnlyWhereTheChannelHasCards(string channel, int updates)
    {
        // A text-only channel got the prompt as text and cannot update a message, so nothing is sent to update it.
        await using var connector = await FakeConnector.StartAsync();
        using var http = _app.CreateClient();

        await Post(http, ConnectorSetup.TeamsActivity(connector.ServiceUrl, "message", "m-1", new JsonObject { ["text"] = "prepare a conversation", ["channelId"] = channel }));
        var prompt = connector.Requests[^1].Json;
        await Post(http, ConnectorSetup.TeamsActivity(connector.ServiceUrl, "message", "m-2", new JsonObject { ["text"] = "1", ["channelId"] = channel }));

        Assert.Equal(channel == TextChannel, prompt["attachments"] is null);
        Assert.Equal(updates, connector.Requests.Count(r => r.Method == "PUT"));
        Assert.Contains("Who will be there?", connector.Requests[^1].Body, StringComparison.Ordinal);
    }

    private static async Task Post(HttpClient http, JsonObject activity)
    {
        using var response = await http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// The turn's messages, checked: each carries one routing entity; on the text channel none has an attachment.
    /// </summary>
    private static List<JsonObject> Checked(Replies replies, string channel)
    {
        var messages = replies.Messages.ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Single((m["entities"] as JsonArray ?? []).OfType<JsonObject>(), e => (string?)e["type"] == "routing"));
        if (channel == TextChannel)
        {
            Assert.All(messages, m => Assert.True(m["attachments"] is null or JsonArray { Count: 0 }, $"an attachment on a text channel: {m.ToJsonString()}"));
        }

        return messages;
    }

    /// <summary>
    /// The waiting prompt (the turn's last message) and what a user can send to answer it: on a text channel the
    /// numbered list in its text and the words of its suggested actions; on a card channel its card's button titles.
    /// </summary>
    private static List<string> Options(Replies replies, string channel, string prompt)
    {
        var last = Checked(replies, channel)[^1];
        if (channel != TextChannel)
        {
            var card = (JsonObject)last["attachments"]![0]!["content"]!;
            Assert.Equal(prompt, (string?)card["body"]![0]!["text"]);
            return [.. card["actions"]!.AsArray().Select(a => (string)a!["title"]!)];
        }

        var text = (string)last["text"]!;
        Assert.StartsWith($"**{prompt}**\n\n1. ", text, StringComparison.Ordinal);
        var suggested = Suggested(last);
        Assert.NotEmpty(suggested);
        Assert.All(suggested.Select((s, i) => (s, i)), o => Assert.Contains($"{o.i + 1}. {o.s}\n", text, StringComparison.Ordinal));
        return suggested;
    }

    private static List<string> Suggested(JsonObject message) =>
        [.. (message["suggestedActions"]?["actions"] as JsonArray ?? []).Select(a => (string)a!["value"]!)];
}
