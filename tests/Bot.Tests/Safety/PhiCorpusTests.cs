using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Bot.Tests.Safety;

/// <summary>Every corpus message, posted to /api/messages: no identifier in any reply or in any log line at any level.</summary>
public sealed class PhiCorpusTests(SafetyApp safety) : IClassFixture<SafetyApp>
{
    [Theory]
    [MemberData(nameof(PhiMessage.Theory), MemberType = typeof(PhiMessage))]
    public async Task PhiMessage_NoIdentifierInRepliesOrLogs(PhiMessage message)
    {
        var chat = safety.App.Conversation();

        var replies = await chat.Send(message.Text);

        Assert.NotEmpty(replies.Messages);
        Assert.Contains(SafetyTexts.IdentifierNotice, replies.AllText, StringComparison.Ordinal);
        Assert.Empty(message.FoundIn(replies.Body));
        Assert.Empty(message.FoundIn(safety.AllLogText()));
        var seen = safety.Seen.Turn(chat.Id);
        Assert.NotNull(seen);
        Assert.Empty(message.FoundIn(seen.Activity.Text!));
        Assert.NotEmpty(seen.Facts.RedactedKinds);
    }

    [Fact]
    public async Task WholeCorpus_InOneConversation_NoIdentifierAnywhereAtTraceLevel()
    {
        var chat = safety.App.Conversation();
        var bodies = new List<string>();
        foreach (var message in PhiMessage.All)
        {
            bodies.Add((await chat.Send(message.Text)).Body);
        }

        var replies = string.Join("\n", bodies);
        var logs = safety.AllLogText();
        var leaks = PhiMessage.All.SelectMany(m => m.FoundIn(replies).Concat(m.FoundIn(logs)).Select(id => $"{m.Id}: {id}")).ToList();
        Assert.Empty(leaks);
        Assert.Contains(safety.Logs.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Trace);
    }
}
