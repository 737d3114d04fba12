using System.Text.Json.Nodes;
using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Bot.Tests.Safety;

public sealed class RedactionMiddlewareTests(SafetyApp safety) : IClassFixture<SafetyApp>
{
    [Fact]
    public async Task IdentifierNotice_IsSentOncePerConversation()
    {
        var chat = safety.App.Conversation();

        var first = await chat.Send("pt Ottoline Brackenridge, MRN 3319-002-71, wants to go home. where do I start");
        var kinds = safety.Seen.Turn(chat.Id)!.Facts.RedactedKinds;
        var second = await chat.Send("daughter Marisol called again from 617-555-0143");

        Assert.Single(first.Messages, m => (string?)m["text"] == SafetyTexts.IdentifierNotice);
        Assert.Equal(["mrn", "name"], kinds.Order());
        Assert.DoesNotContain(second.Messages, m => (string?)m["text"] == SafetyTexts.IdentifierNotice);
        Assert.DoesNotContain("Marisol", second.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CleanMessage_PassesThroughUnchanged_WithoutNotice()
    {
        var chat = safety.App.Conversation();
        const string text = "SPIKES or GUIDE for a new cancer dx in clinic? pt is 52";

        var replies = await chat.Send(text);

        Assert.DoesNotContain(SafetyTexts.IdentifierNotice, replies.AllText, StringComparison.Ordinal);
        var seen = safety.Seen.Turn(chat.Id)!;
        Assert.Equal(text, seen.Activity.Text);
        Assert.Empty(seen.Facts.RedactedKinds);
    }

    [Fact]
    public async Task CardSubmit_StringsInsideValue_AreRedacted()
    {
        var chat = safety.App.Conversation();
        var submit = chat.Message(string.Empty);
        submit.Remove("text");
        submit["value"] = new JsonObject
        {
            ["action"] = "prepare",
            ["details"] = new JsonObject { ["situation"] = "Mrs. Henrietta Quillfeather, MRN 88120455, family meeting", ["minutes"] = 10 },
            ["notes"] = new JsonArray("call son at 415 555 0198"),
        };

        await chat.Post(submit);

        var value = safety.Seen.Turn(chat.Id)!.Activity.Value!.Value.GetRawText();
        Assert.DoesNotContain("Quillfeather", value, StringComparison.Ordinal);
        Assert.DoesNotContain("88120455", value, StringComparison.Ordinal);
        Assert.DoesNotContain("555 0198", value, StringComparison.Ordinal);
        Assert.Contains("\"action\":\"prepare\"", value, StringComparison.Ordinal);
        Assert.Contains("\"minutes\":10", value, StringComparison.Ordinal);
        Assert.Contains("family meeting", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsHtmlCopyOfTheMessage_IsRedactedToo()
    {
        var chat = safety.App.Conversation();
        var message = chat.Message("pt Zebulon Marchetti asks if he is dying");
        message["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "text/html",
            ["content"] = "<p>pt Zebulon Marchetti asks if he is dying</p>",
        });

        await chat.Post(message);

        var seen = safety.Seen.Turn(chat.Id)!.Activity;
        Assert.DoesNotContain("Marchetti", seen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Marchetti", seen.Attachments![0].Content!.Value.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfHarmWithIdentifier_NoticeComesAfterEverythingElse()
    {
        var chat = safety.App.Conversation();

        var replies = await chat.Send("my patient Leocadia Fairweather died and I don't want to be here anymore");

        var texts = replies.Messages.Select(m => (string?)m["text"]).ToList();
        Assert.True(texts.Count >= 2);
        Assert.Equal(SafetyTexts.IdentifierNotice, texts[^1]);
        Assert.DoesNotContain("Fairweather", replies.Body, StringComparison.Ordinal);
    }
}
