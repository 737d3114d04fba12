using CpcCoach.Bot.Practice;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Knowledge.Practice.Roleplay;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Practice;

public sealed class PracticeInsightsTests : IDisposable
{
    /// <summary>Insights windows end at a UTC midnight.</summary>
    private static readonly DateTimeOffset To = new(2030, 1, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Hour = To.AddHours(-15);
    private readonly BotApp _app = new();

    public void Dispose() => _app.Dispose();

    private PracticeStore Store => _app.Services.GetRequiredService<PracticeStore>();

    [Fact]
    public async Task Aggregate_SuppressesItemsWithFewerLearnersThanK()
    {
        for (var i = 0; i < 5; i++)
        {
            var items = new Dictionary<string, int> { ["empathy"] = i % 3 };
            if (i < 2) items["headline"] = 2;
            await Store.RecordAsync($"learner-{i}", new PracticeResult("do_everything", Difficulty.Realistic, Hour, 3, 8, items), true, CancellationToken.None);
        }

        var aggregates = (await _app.Services.GetRequiredService<PracticeInsights>().AggregateAsync(5, To, [1], CancellationToken.None))[1];

        var empathy = Assert.Single(aggregates, a => a.Item == "empathy");
        Assert.Equal(5, empathy.Learners);
        Assert.Equal(0.8, empathy.MeanScore);
        var headline = Assert.Single(aggregates, a => a.Item == "headline");
        Assert.True(headline.Suppressed);
        Assert.Null(headline.MeanScore);
        Assert.Equal("<5", headline.MeanDisplay(5));
        var setup = Assert.Single(aggregates, a => a.Item == "setup");
        Assert.False(setup.Suppressed);
        Assert.Equal(("0", "none"), (setup.LearnersDisplay(5), setup.MeanDisplay(5)));
        Assert.DoesNotContain(aggregates, a => a.Item is "talk_time" or "align" or "wish_worry");
    }

    [Fact]
    public async Task LedgerRows_OlderThanTheUsageRetention_GoInTheDailyRetentionPass_AndNewerOnesStay()
    {
        var now = _app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var empathy = new Dictionary<string, int> { ["empathy"] = 2 };
        await Store.RecordAsync("old-learner", new PracticeResult("do_everything", Difficulty.Realistic, now.AddDays(-400), 1, 2, empathy), true, CancellationToken.None);
        await Store.RecordAsync("recent-learner", new PracticeResult("do_everything", Difficulty.Realistic, now.AddDays(-3), 1, 2, empathy), true, CancellationToken.None);

        await _app.Services.GetRequiredService<CpcCoach.Bot.Usage.UsageRetention>().RunOnceAsync(CancellationToken.None);

        var ledger = await Store.LoadLedgerAsync(CancellationToken.None);
        Assert.Equal(["recent-learner"], ledger.Rows.Select(r => r.Pseudonym));
        var progress = await Store.LoadProgressAsync("old-learner", CancellationToken.None);
        Assert.Single(progress.Results);
    }

    [Fact]
    public async Task Aggregate_HidesAWindowThatALongerShownWindowExceedsByFewerThanKLearners()
    {
        // Five learners this week, one more three weeks ago, five more two months ago.
        var rows = Enumerable.Range(0, 5).Select(i => ($"week-{i}", 3, 2))
            .Append(("lone", 20, 0))
            .Concat(Enumerable.Range(0, 5).Select(i => ($"earlier-{i}", 60, 1)));
        foreach (var (learner, daysAgo, score) in rows)
        {
            await Store.RecordAsync(learner, new PracticeResult("do_everything", Difficulty.Realistic, To.AddDays(-daysAgo), 1, 2, new Dictionary<string, int> { ["empathy"] = score }), true, CancellationToken.None);
        }

        var windows = await _app.Services.GetRequiredService<PracticeInsights>().AggregateAsync(5, To, [7, 30, 90], CancellationToken.None);
        RubricAggregate Empathy(int days) => Assert.Single(windows[days], a => a.Item == "empathy");

        Assert.Equal((11, Math.Round((5 * 2 + 0 + 5 * 1) / 11.0, 2)), (Empathy(90).Learners, Empathy(90).MeanScore));
        Assert.Equal((6, Math.Round((5 * 2 + 0) / 6.0, 2)), (Empathy(30).Learners, Empathy(30).MeanScore));
        // Shown next to the 30 days, the week's 2.00 from five learners would give away the lone learner's 0.
        Assert.True(Empathy(7).Suppressed);
    }

    [Fact]
    public async Task Erase_RemovesTheLearnersProgressAndLedgerRows()
    {
        await Store.RecordAsync("learner-x", new PracticeResult("do_everything", Difficulty.Gentle, Hour, 1, 2, new Dictionary<string, int> { ["empathy"] = 1 }), true, CancellationToken.None);

        await Store.EraseAsync(["learner-x"], CancellationToken.None);

        Assert.Empty((await Store.LoadProgressAsync("learner-x", CancellationToken.None)).Results);
        Assert.DoesNotContain((await Store.LoadLedgerAsync(CancellationToken.None)).Rows, r => r.Pseudonym == "learner-x");
    }

    [Fact]
    public async Task Record_NotForEducators_KeepsTheLearnersProgress_ButNoLedgerRow()
    {
        await Store.RecordAsync("learner-y", new PracticeResult("do_everything", Difficulty.Gentle, Hour, 1, 2, new Dictionary<string, int> { ["empathy"] = 1 }), false, CancellationToken.None);

        Assert.Single((await Store.LoadProgressAsync("learner-y", CancellationToken.None)).Results);
        Assert.DoesNotContain((await Store.LoadLedgerAsync(CancellationToken.None)).Rows, r => r.Pseudonym == "learner-y");
    }
}
