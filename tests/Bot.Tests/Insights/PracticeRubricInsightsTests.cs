using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Insights;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Tests.Usage;
using CpcCoach.Knowledge.Practice.Scoring;

namespace CpcCoach.Bot.Tests.Insights;

/// <summary>
/// Learners practise under their pseudonyms; an educator asks for insights and sees the rubric means in chat, on the
/// dashboard and in the CSV, with the same k as the rest of the report, and nothing of a group smaller than k.
/// </summary>
public sealed class PracticeRubricInsightsTests
{
    private const string EducatorId = "00000000-0000-0000-0000-00000000e0e0";
    private const string AccessKey = "a-standing-access-key-for-reports-0123";
    private const int K = 3;

    /// <summary>Three ways of meeting Emeka, so the learners' scores differ.</summary>
    private static readonly string[][] Scripts =
    [
        ["Don't worry, he's in good hands.", "We need to discuss code status. Is he DNR?"],
        ["I can see you're really angry about that phone call, and anyone would be.", "What did your father care about most?"],
        ["Is it okay if we talk about how your father is doing?", "What have the doctors told you so far?", "I wish we had a treatment that would make him better. I worry he is dying."],
    ];

    private static BotApp App() => UsageTestHost.App(UsageTestHost.TempFolder())
        .With("Insights:Educators:0", EducatorId)
        .With("Insights:MinGroupSize", K.ToString(CultureInfo.InvariantCulture))
        .With("Insights:AccessKey", AccessKey);

    [Fact]
    public async Task Educator_AfterKLearnersPractised_SeesTheRubricMeansOfWhatTheyWereScored()
    {
        await using var app = App();
        var scored = new List<(string Learner, IReadOnlyDictionary<string, int> Scores)>();
        for (var i = 0; i < K + 1; i++)
        {
            scored.Add(($"learner-{i}", await PractiseAsync(app, $"learner-{i}", Scripts[i % Scripts.Length])));
        }

        var card = await AskForInsightsAsync(app);

        Assert.True(AdaptiveCards.SizeInBytes(card) < AdaptiveCards.MaxCardBytes);
        Assert.Equal(["4", "4"], Facts(card, "Practice sessions"));
        var expected = Expected(scored);
        Assert.Contains(expected.Values, e => e.Learners >= K);
        foreach (var (title, value) in RubricFacts(card))
        {
            var shown = expected.TryGetValue(title, out var e) ? (e.Learners >= K ? $"{e.Mean} ({e.Learners})" : $"<{K}") : "none";
            Assert.Equal($"7 days: {shown}; 30 days: {shown}", value);
        }
    }

    [Fact]
    public async Task Educator_AfterFewerThanKLearnersPractised_SeesTheItemsHidden_InChatOnTheDashboardAndInTheCsv()
    {
        await using var app = App();
        var scored = new List<(string Learner, IReadOnlyDictionary<string, int> Scores)>();
        for (var i = 0; i < K - 1; i++)
        {
            // Several sessions each: many results, still fewer than k learners.
            scored.Add(($"learner-{i}", await PractiseAsync(app, $"learner-{i}", Scripts[i])));
            scored.Add(($"learner-{i}", await PractiseAsync(app, $"learner-{i}", Scripts[2])));
        }

        var card = await AskForInsightsAsync(app);
        var page = await GetAsync(app, "/insights?days=30");
        var csv = await GetAsync(app, "/insights/export.csv?days=30");

        Assert.Equal([$"<{K}", $"<{K}"], Facts(card, "Practice sessions"));
        var expected = Expected(scored);
        Assert.NotEmpty(expected);
        foreach (var (title, value) in RubricFacts(card))
        {
            var shown = expected.ContainsKey(title) ? $"<{K}" : "none";
            Assert.Equal($"7 days: {shown}; 30 days: {shown}", value);
        }

        Assert.Contains($"id=\"practice-sessions\">&lt;{K}</strong>", page, StringComparison.Ordinal);
        Assert.Contains($"practice,sessions_completed,<{K}\r\n", csv, StringComparison.Ordinal);
        foreach (var (item, key, title) in RubricItems.All.Where(a => expected.ContainsKey(a.Title)))
        {
            Assert.Contains($"<tr><td>{WebUtility.HtmlEncode(title)}</td><td class=\"n\">&lt;{K}</td><td class=\"n\">&lt;{K}</td></tr>", page, StringComparison.Ordinal);
            Assert.Contains($"practice_learners,{key},<{K}\r\npractice_mean,{key},<{K}\r\n", csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Dashboard_AndCsv_ShowTheMeansOfWhatLearnersWereScored_InEveryWindow()
    {
        await using var app = App();
        var scored = new List<(string Learner, IReadOnlyDictionary<string, int> Scores)>();
        for (var i = 0; i < K; i++)
        {
            scored.Add(($"learner-{i}", await PractiseAsync(app, $"learner-{i}", Scripts[i])));
        }

        await app.StoredAsync();
        var expected = Expected(scored);
        foreach (var days in InsightsReports.Windows)
        {
            var page = await GetAsync(app, $"/insights?days={days}");
            var csv = await GetAsync(app, $"/insights/export.csv?days={days}");

            Assert.Contains($"id=\"practice-sessions\">{K}</strong>", page, StringComparison.Ordinal);
            Assert.Contains("aria-labelledby=\"chart-practice-title\"", page, StringComparison.Ordinal);
            Assert.Contains($"practice,sessions_completed,{K}\r\n", csv, StringComparison.Ordinal);
            foreach (var (item, key, title) in RubricItems.All.Where(a => !a.Item.IsQualitative()))
            {
                var (learners, mean) = expected.TryGetValue(title, out var e) ? (e.Learners.ToString(CultureInfo.InvariantCulture), e.Mean) : ("0", "none");
                Assert.Contains($"<tr><td>{WebUtility.HtmlEncode(title)}</td><td class=\"n\">{learners}</td><td class=\"n\">{mean}</td></tr>", page, StringComparison.Ordinal);
                Assert.Contains($"practice_learners,{key},{learners}\r\npractice_mean,{key},{(mean == "none" ? string.Empty : mean)}\r\n", csv, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task OptedOutLearner_KeepsTheirProgress_ButIsLeftOutOfWhatEducatorsSee()
    {
        await using var app = App();
        var optedOut = Learner(app, "learner-0");
        await optedOut.Send("opt out");
        await PractiseAsync(app, "learner-0", Scripts[0], optedOut);
        for (var i = 1; i < K; i++)
        {
            await PractiseAsync(app, $"learner-{i}", Scripts[i]);
        }

        var progress = await optedOut.Send("my progress");
        var card = await AskForInsightsAsync(app);

        Assert.Contains("1 sessions", Assert.Single(progress.Cards).ToJsonString(), StringComparison.Ordinal);
        Assert.Equal([$"<{K}", $"<{K}"], Facts(card, "Practice sessions"));
        Assert.All(RubricFacts(card), fact => Assert.DoesNotMatch("[0-9]\\.[0-9]", fact.Value));
    }

    private static Conversation Learner(BotApp app, string learner) => new(app.CreateClient(), $"conv-{Guid.NewGuid():N}", "test") { UserId = learner };

    /// <summary>One do_everything session; returns the item scores the learner's feedback card gave them.</summary>
    private static async Task<IReadOnlyDictionary<string, int>> PractiseAsync(BotApp app, string learner, string[] lines, Conversation? chat = null)
    {
        chat ??= Learner(app, learner);
        await chat.Send("practise do_everything");
        foreach (var line in lines)
        {
            Assert.Contains("Emeka:", (await chat.Send(line)).AllText, StringComparison.Ordinal);
        }

        var feedback = Assert.Single((await chat.Send("stop")).Cards);
        var scores = feedback["body"]!.AsArray().OfType<JsonObject>().First(b => (string?)b["type"] == "FactSet")["facts"]!.AsArray();
        return scores.ToDictionary(f => (string)f!["title"]!, f => int.Parse(((string)f!["value"]!).Split('/')[0], CultureInfo.InvariantCulture));
    }

    /// <summary>Per item title: distinct learners scored on it and the mean of their scores, from the learners' own feedback.</summary>
    private static Dictionary<string, (int Learners, string Mean)> Expected(IEnumerable<(string Learner, IReadOnlyDictionary<string, int> Scores)> sessions) =>
        sessions.SelectMany(s => s.Scores.Select(p => (s.Learner, Title: p.Key, Score: p.Value))).GroupBy(r => r.Title).ToDictionary(
            g => g.Key,
            g => (g.Select(r => r.Learner).Distinct().Count(), Math.Round(g.Average(r => r.Score), 2).ToString("0.00", CultureInfo.InvariantCulture)));

    private static async Task<JsonObject> AskForInsightsAsync(BotApp app)
    {
        // Learners' usage events are written in the background; the count of sessions reads them.
        await app.StoredAsync();
        var educator = Learner(app, "educator");
        var activity = educator.Message("insights");
        activity["from"]!["aadObjectId"] = EducatorId;
        return Assert.Single((await educator.Post(activity)).Cards);
    }

    private static async Task<string> GetAsync(BotApp app, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(DashboardAccess.KeyHeader, AccessKey);
        using var response = await app.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }

    private static IEnumerable<JsonObject> Elements(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Select(p => p.Value).SelectMany(Elements)),
        JsonArray a => a.SelectMany(Elements),
        _ => [],
    };

    private static List<string> Facts(JsonObject card, string title) =>
        [.. Elements(card).Where(e => (string?)e["title"] == title && e["value"] is not null).Select(e => (string)e["value"]!)];

    private static List<(string Title, string Value)> RubricFacts(JsonObject card)
    {
        var facts = Elements(card).Single(e => (string?)e["id"] == "practice-rubric")["facts"]!.AsArray();
        Assert.Equal(RubricItems.All.Count(a => !a.Item.IsQualitative()), facts.Count);
        return [.. facts.Select(f => ((string)f!["title"]!, (string)f!["value"]!))];
    }
}
