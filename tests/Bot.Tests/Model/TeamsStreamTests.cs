using CpcCoach.Bot.Model;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.Model;

/// <summary>The stream's throttle and shape on a fake clock: at most one chunk per interval, finished sentences only.</summary>
public sealed class TeamsStreamTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task Update_SendsAtMostOneChunkPerInterval_AndOnlyFinishedSentences()
    {
        var time = new FakeTimeProvider();
        var sender = new RecordingSender();
        var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, Id = "in-1", ChannelId = "msteams" }, sender, CallerIdentity.Anonymous);
        var stream = new TeamsStream(turn, time, Interval);

        Assert.True(await stream.StartAsync(CancellationToken.None));
        await stream.UpdateAsync("Pause first.", CancellationToken.None);
        time.Advance(Interval);
        await stream.UpdateAsync("Pause first. Then name", CancellationToken.None);
        await stream.UpdateAsync("Pause first. Then name it.", CancellationToken.None);
        await stream.UpdateAsync("Pause first. Then name it. Ask.", CancellationToken.None);
        time.Advance(Interval);
        await stream.UpdateAsync("Pause first. Then name it. Ask. Then", CancellationToken.None);

        var chunks = sender.Activities.Skip(1).ToList();
        Assert.Equal(["Pause first.", "Pause first. Then name it. Ask."], chunks.Select(c => c.Text));
        Assert.Equal([2, 3], chunks.Select(c => StreamAssert.Info(c).Sequence!.Value));
        Assert.Equal("sent-1", stream.StreamId);
    }
}
