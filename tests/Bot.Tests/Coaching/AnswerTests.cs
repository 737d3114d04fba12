using System.Text.Json.Nodes;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Bot.Tests.Coaching;

public sealed class AnswerTests(BotApp app) : IClassFixture<BotApp>
{
    [Fact]
    public async Task ClinicalQuestion_GetsCardWithTipPhrasesAvoidAndSource()
    {
        var replies = await app.Conversation().Send("family wants everything done, fam mtg in 10 min, pt is DNR. what do I say?");

        // The answer card comes first; a guided flow for the intent may follow it.
        var card = replies.Cards.First();
        var text = card.ToJsonString();
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Contains("Tip:", text, StringComparison.Ordinal);
        Assert.Contains("Things to say", text, StringComparison.Ordinal);
        Assert.Contains("Avoid:", text, StringComparison.Ordinal);
        Assert.Contains("Source:", text, StringComparison.Ordinal);
        Assert.NotEmpty(card["actions"]!.AsArray());
    }

    [Fact]
    public async Task Answer_CarriesOneCitationEntityNamingTheEntries()
    {
        var replies = await app.Conversation().Send("how do I explain hospice to a family who thinks it means giving up");

        var withCard = replies.Messages.First(m => m["attachments"] is JsonArray { Count: > 0 });
        var citation = Assert.Single(Entities(withCard), e => (string?)e["type"] == "https://schema.org/Message");
        var claims = citation["citation"]!.AsArray();
        Assert.NotEmpty(claims);
        Assert.All(claims, c =>
        {
            Assert.StartsWith("cpc://entries/", (string?)c!["appearance"]!["url"], StringComparison.Ordinal);
            Assert.InRange(((string?)c["appearance"]!["name"])!.Length, 1, 80);
            Assert.InRange(((string?)c["appearance"]!["abstract"])!.Length, 1, 160);
        });
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("pt said \"am I dying?\" how do I answer")]
    [InlineData("what's the max morphine dose for a pt on comfort care")]
    [InlineData("write me an email to my manager")]
    public async Task EveryAnswerMessage_CarriesExactlyOneRoutingEntity(string message)
    {
        var replies = await app.Conversation().Send(message);

        // Messages of a guided flow that starts after the answer are the dialog engine's; the answer's own all carry it.
        var answer = replies.Messages.TakeWhile(m => (string?)m["text"] != "Where next?").Append(replies.Messages.FirstOrDefault(m => (string?)m["text"] == "Where next?")).OfType<JsonObject>().ToList();
        Assert.NotEmpty(answer);
        Assert.All(answer, m =>
        {
            var routing = Assert.Single(Entities(m), e => (string?)e["type"] == "routing");
            Assert.False(string.IsNullOrEmpty((string?)routing["intent"]));
            Assert.NotEmpty(routing["frameworks"]!.AsArray());
        });
    }

    [Fact]
    public async Task Routing_NamesIntentAndFrameworksBestFirst()
    {
        var replies = await app.Conversation().Send("teach me REMAP");

        var routing = Routing(replies.Messages.First());
        Assert.Equal("learn_framework", (string?)routing["intent"]);
        Assert.Equal("remap", (string?)routing["frameworks"]![0]);
    }

    [Fact]
    public async Task DosingQuestion_DeclinesKindlyInOneSentence_ThenOffersTheCommunicationAngle()
    {
        var replies = await app.Conversation().Send("what's the midazolam dose for palliative sedation? pt is 60kg");

        var messages = replies.Messages.ToList();
        var decline = (string?)messages[0]["text"] ?? string.Empty;
        Assert.Equal(SafetyTexts.Decline(ScopeConcern.Dosing), decline);
        Assert.Equal(1, decline.Count(c => c == '.') + decline.Count(c => c == '!'));
        Assert.Contains("palliative care", decline, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("out_of_scope_clinical", (string?)Routing(messages[0])["intent"]);
        var card = Assert.Single(replies.Cards);
        Assert.Contains("The communication side", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" mg", replies.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ClinicianDistress_GetsSelfCareAndTheSelfCareTip()
    {
        var replies = await app.Conversation().Send("my patient died on my shift last night and I can't stop thinking it was my fault");

        var messages = replies.Messages.ToList();
        Assert.Equal(SafetyTexts.SelfCare, (string?)messages[0]["text"]);
        Assert.Contains("clinician_self_care", Routing(messages[0])["frameworks"]!.AsArray().Select(f => (string?)f));
        Assert.NotEmpty(replies.Cards);
    }

    [Fact]
    public async Task SelfHarmSignal_GetsCrisisResourcesBeforeAnythingElse()
    {
        var replies = await app.Conversation().Send("honestly after this week I don't want to be alive anymore");

        var first = replies.Messages.First();
        Assert.Equal(SafetyTexts.CrisisResources, (string?)first["text"]);
    }

    [Fact]
    public async Task Greeting_ShowsTheHelpCard()
    {
        var replies = await app.Conversation().Send("hey, first time using this");

        var card = Assert.Single(replies.Cards);
        Assert.Contains("CPC Coach", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("greeting_help", (string?)Routing(replies.Messages.First())["intent"]);
    }

    [Fact]
    public async Task ChannelWithoutCards_GetsPlainTextWithTheSourceAndFollowUps()
    {
        var replies = await app.Conversation(channelId: "sms").Send("angry son yelling in the hallway, how do I calm things down");

        Assert.Empty(replies.Cards);
        var message = Assert.Single(replies.Messages);
        Assert.Contains("Tip:", (string?)message["text"], StringComparison.Ordinal);
        Assert.Contains("Source [1]:", (string?)message["text"], StringComparison.Ordinal);
        Assert.NotEmpty(message["suggestedActions"]!["actions"]!.AsArray());
    }

    [Fact]
    public async Task TappedFollowUp_FullMap_ShowsTheFrameworkSteps()
    {
        var replies = await app.Conversation().Send("full map: spikes");

        var card = Assert.Single(replies.Cards);
        Assert.Contains("The map", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("spikes", (string?)Routing(replies.Messages.First())["frameworks"]![0]);
    }

    private static IEnumerable<JsonObject> Entities(JsonObject message) =>
        (message["entities"] as JsonArray ?? []).OfType<JsonObject>();

    private static JsonObject Routing(JsonObject message) => Entities(message).Single(e => (string?)e["type"] == "routing");
}
