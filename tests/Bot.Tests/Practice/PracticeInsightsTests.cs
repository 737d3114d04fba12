using CpcCoach.Bot.Practice;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Knowledge.Practice.Roleplay;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Practice;

public sealed class PracticeInsightsTests : IDisposable
{
    private static readonly DateTimeOffset Hour = new(2030, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly BotApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Aggregate_SuppressesItemsWithFewerLearnersThanK()
    {
        var store = _app.Services.GetRequiredService<PracticeStore>();
        for (var i = 0; i < 5; i++)
        {
            var items = new Dictionary<string, int> { ["empathy"] = i % 3 };
            if (i < 2) items["headline"] = 2;
            await store.RecordAsync($"learner-{i}", new PracticeResult("do_everything", Difficulty.Realistic, Hour, 3, 8, items), true, CancellationToken.None);
        }

        var aggregates = await _app.Services.GetRequiredService<PracticeInsights>().AggregateAsync(5, Hour, Hour.AddHours(1), CancellationToken.None);

        var empathy = Assert.Single(aggregates, a => a.Item == "empathy");
        Assert.Equal(5, empathy.Learners);
        Assert.Equal(0.8, empathy.MeanScore);
        var headline = Assert.Single(aggregates, a => a.Item == "headline");
        Assert.Null(headline.Learners);
        Assert.Null(headline.MeanScore);
    }

    [Fact]
    public async Task Erase_RemovesTheLearnersProgressAndLedgerRows()
    {
        var store = _app.Services.GetRequiredService<PracticeStore>();
        await store.RecordAsync("learner-x", new PracticeResult("do_everything", Difficulty.Gentle, Hour, 1, 2, new Dictionary<string, int> { ["empathy"] = 1 }), true, CancellationToken.None);

        await store.EraseAsync(["learner-x"], CancellationToken.None);

        Assert.Empty((await store.LoadProgressAsync("learner-x", CancellationToken.None)).Results);
        Assert.DoesNotContain((await store.LoadLedgerAsync(CancellationToken.None)).Rows, r => r.Pseudonym == "learner-x");
    }

    [Fact]
    public async Task Record_NotForEducators_KeepsTheLearnersProgress_ButNoLedgerRow()
    {
        var store = _app.Services.GetRequiredService<PracticeStore>();
        await store.RecordAsync("learner-y", new PracticeResult("do_everything", Difficulty.Gentle, Hour, 1, 2, new Dictionary<string, int> { ["empathy"] = 1 }), false, CancellationToken.None);

        Assert.Single((await store.LoadProgressAsync("learner-y", CancellationToken.None)).Results);
        Assert.DoesNotContain((await store.LoadLedgerAsync(CancellationToken.None)).Rows, r => r.Pseudonym == "learner-y");
    }
}
