using System.Text.Json.Nodes;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Coaching;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Knowledge.Answers;
using CpcCoach.Knowledge.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Coaching;

/// <summary>The answer card is written straight to JSON; it must be the card the shared card blocks describe.</summary>
public sealed class AnswerCardTests(BotApp app) : IClassFixture<BotApp>
{
    [Theory]
    [InlineData("family wants everything done, meeting in 10 min")]
    [InlineData("teach me REMAP")]
    [InlineData("how do I respond when a patient says she is tired of fighting")]
    [InlineData("what do I say when the son asks \"is she dying?\"")]
    public void AnswerCard_IsTheCardTheSharedBlocksBuild(string message)
    {
        var router = app.Services.GetRequiredService<Router>();
        var answer = app.Services.GetRequiredService<AnswerComposer>().Compose(router.Route(message), message);
        Assert.NotEmpty(answer.Entries);

        var attachment = AnswerCard.Build(answer);

        Assert.Equal(AdaptiveCards.ContentType, attachment.ContentType);
        Assert.Equal(FromBlocks(answer).ToJsonString(ProtocolJson.Default.Options), attachment.Content!.Value.GetRawText());
    }

    [Fact]
    public void AnswerWithStepsAndPhrases_KeepsEveryPart()
    {
        var router = app.Services.GetRequiredService<Router>();
        var answer = app.Services.GetRequiredService<AnswerComposer>().Compose(router.Route("teach me REMAP"), "teach me REMAP");

        Assert.NotEmpty(answer.Steps);
        Assert.NotEmpty(answer.Say);

        var card = JsonNode.Parse(AnswerCard.Build(answer).Content!.Value.GetRawText())!;

        var texts = card["body"]!.AsArray().Select(b => (string?)b!["text"]).OfType<string>().ToList();
        Assert.Contains("The map", texts);
        Assert.Equal(answer.Steps.Count, texts.Count(t => t.Length > 2 && char.IsDigit(t[0]) && t.Contains(". **", StringComparison.Ordinal)));
        Assert.Equal(answer.Say.Count, card["body"]!.AsArray().Single(b => (string?)b!["type"] == "Container")!["items"]!.AsArray().Count);
        Assert.Equal(answer.FollowUps.Count, card["actions"]?.AsArray().Count ?? 0);
    }

    [Fact]
    public void CardsBuiltOneAfterAnother_OnOneThread_EachKeepTheirOwnJson()
    {
        // The cards are written through one reused buffer per thread; each card must own what it was parsed from.
        var router = app.Services.GetRequiredService<Router>();
        var composer = app.Services.GetRequiredService<AnswerComposer>();
        var remap = composer.Compose(router.Route("teach me REMAP"), "teach me REMAP");
        var meeting = composer.Compose(router.Route("family wants everything done, meeting in 10 min"), "family wants everything done, meeting in 10 min");

        var first = AnswerCard.Build(remap);
        var second = AnswerCard.Build(meeting);

        Assert.Equal(FromBlocks(remap).ToJsonString(ProtocolJson.Default.Options), first.Content!.Value.GetRawText());
        Assert.Equal(FromBlocks(meeting).ToJsonString(ProtocolJson.Default.Options), second.Content!.Value.GetRawText());
        Assert.NotEqual(first.Content.Value.GetRawText(), second.Content.Value.GetRawText());
    }

    /// <summary>The card as <see cref="AdaptiveCards"/>' node blocks put it together: the reference layout.</summary>
    private static JsonObject FromBlocks(Answer answer)
    {
        var body = new JsonArray();
        if (answer.Title.Length > 0) body.Add(AdaptiveCards.Text(answer.Title, size: "Medium", weight: "Bolder", style: "heading"));
        if (answer.Tip.Length > 0) body.Add(AdaptiveCards.Text($"**Tip:** {answer.Tip}"));
        if (answer.Steps.Count > 0)
        {
            body.Add(AdaptiveCards.Text("The map", weight: "Bolder"));
            foreach (var (step, i) in answer.Steps.Select((s, i) => (s, i))) body.Add(AdaptiveCards.Text($"{i + 1}. **{step.Name}:** {step.Text}"));
        }

        if (answer.Say.Count > 0)
        {
            body.Add(AdaptiveCards.Text("Things to say", weight: "Bolder"));
            body.Add(new JsonObject { ["type"] = "Container", ["style"] = "emphasis", ["items"] = new JsonArray([.. answer.Say.Select(p => (JsonNode)AdaptiveCards.Text($"“{p}”"))]) });
        }

        if (answer.Avoid is { } avoid) body.Add(AdaptiveCards.Text($"**Avoid:** {avoid}"));
        if (answer.Primary is { } primary) body.Add(AdaptiveCards.Text($"Source: {primary.PrimarySource}", size: "Small", subtle: true));
        return AdaptiveCards.Card(body, new JsonArray([.. answer.FollowUps.Select(f => (JsonNode)AdaptiveCards.SubmitText(f.Title, f.Text))]));
    }
}
