using System.Globalization;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Tests.Usage;

namespace CpcCoach.Bot.Tests.Insights;

/// <summary>
/// An educator on a channel without cards asks for insights and gets the summary as text: the same numbers as the
/// card on the default channel, with the same groups hidden as "&lt;k".
/// </summary>
public sealed class InsightsTextTests
{
    private const string EducatorId = "00000000-0000-0000-0000-00000000e0e0";
    private const int K = 3;

    [Fact]
    public async Task Educator_OnATextChannel_GetsTheCardsNumbersAsText_WithSmallGroupsHidden()
    {
        await using var app = UsageTestHost.App(UsageTestHost.TempFolder())
            .With("Insights:Educators:0", EducatorId)
            .With("Insights:MinGroupSize", K.ToString(CultureInfo.InvariantCulture))
            .With("Insights:AccessKey", "a-standing-access-key-for-reports-0123");
        for (var i = 0; i < K + 1; i++)
        {
            await Learner(app, $"learner-{i}").Send("help");
        }

        // One learner practises: too few to show their sessions or scores.
        var practising = Learner(app, "learner-0");
        await practising.Send("practise do_everything");
        await practising.Send("I can see you're really angry about that phone call, and anyone would be.");
        await practising.Send("stop");
        await app.StoredAsync();

        var card = Assert.Single((await AskForInsights(app, "test")).Cards);
        var replies = await AskForInsights(app, "sms");

        var message = Assert.Single(replies.Messages);
        Assert.Null(message["attachments"]);
        Assert.Equal("markdown", (string?)message["textFormat"]);
        var text = (string)message["text"]!;
        Assert.StartsWith($"**Coaching insights**\n\nCounts below {K} are hidden", text, StringComparison.Ordinal);
        Assert.Contains($"- Users: 7 days: {K + 1}; 30 days: {K + 1}\n", text, StringComparison.Ordinal);
        Assert.Contains($"- Practice sessions: 7 days: <{K}; 30 days: <{K}\n", text, StringComparison.Ordinal);
        var columns = Elements(card).Where(e => (string?)e["type"] == "Column").ToList();
        var week = Facts(columns[0]);
        var month = Facts(columns[1]);
        Assert.Equal(week.Count, month.Count);
        Assert.All(week.Zip(month), f => Assert.Contains($"- {f.First.Title}: 7 days: {f.First.Value}; 30 days: {f.Second.Value}\n", text, StringComparison.Ordinal));
        var rubric = Facts(Elements(card).Single(e => (string?)e["id"] == "practice-rubric"));
        Assert.Contains(rubric, f => f.Value == $"7 days: <{K}; 30 days: <{K}");
        Assert.All(rubric, f => Assert.Contains($"- {f.Title}: {f.Value}\n", text, StringComparison.Ordinal));
        // No mean is shown for hidden groups; the dashboard link's random token may hold "digit.digit", so it is left out.
        Assert.DoesNotMatch("[0-9]\\.[0-9]", text[..text.IndexOf("Open dashboard", StringComparison.Ordinal)]);
        Assert.Contains("- Content gaps: 7 days: ", text, StringComparison.Ordinal);
        Assert.Contains("Open dashboard (link valid", text, StringComparison.Ordinal);
        Assert.Contains("/insights?", text, StringComparison.Ordinal);
    }

    private static Conversation Learner(BotApp app, string learner, string channel = "test") =>
        new(app.CreateClient(), $"conv-{Guid.NewGuid():N}", channel) { UserId = learner };

    private static async Task<Replies> AskForInsights(BotApp app, string channel)
    {
        var educator = Learner(app, "educator", channel);
        var activity = educator.Message("insights");
        activity["from"]!["aadObjectId"] = EducatorId;
        return await educator.Post(activity);
    }

    private static IEnumerable<JsonObject> Elements(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Select(p => p.Value).SelectMany(Elements)),
        JsonArray a => a.SelectMany(Elements),
        _ => [],
    };

    private static List<(string Title, string Value)> Facts(JsonObject container) =>
        [.. Elements(container).Where(e => (string?)e["type"] == "FactSet").SelectMany(f => f["facts"]!.AsArray())
            .Select(f => ((string)f!["title"]!, (string)f!["value"]!))];
}
