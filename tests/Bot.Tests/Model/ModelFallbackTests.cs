using System.Net;
using CpcCoach.Bot.Model;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.Model;

/// <summary>Timeout, 429, 500 and garbage each give the deterministic answer within the turn budget; the circuit opens and closes.</summary>
public sealed class ModelFallbackTests
{
    private const string Question = "how do I respond when the daughter starts crying in the family meeting?";
    private static readonly TimeSpan Budget = new ModelOptions().TurnBudget;

    [Fact]
    public async Task SlowModel_GivesTheDeterministicAnswer_WhenTheTurnBudgetRunsOut()
    {
        await using var h = await ModelHarness.StartAsync();
        h.Server.Behaviour = ModelBehaviour.Slow;
        var arrived = h.Server.NextRequest();

        var ask = h.AskAsync(Question);
        await arrived;
        h.Time.Advance(Budget);
        var turn = await ask;

        Assert.True(turn.FellBack);
        Assert.Single(turn.Sent);
    }

    [Fact]
    public async Task TooManyRequests_WithLongRetryAfter_FallsBackAtOnce_WithoutRetrying()
    {
        await using var h = await ModelHarness.StartAsync();
        h.Server.Behaviour = ModelBehaviour.TooMany;
        h.Server.RetryAfterSeconds = 30;

        var turn = await h.AskAsync(Question);

        Assert.True(turn.FellBack);
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task TooManyRequests_ThenSuccess_IsRetriedAndAnswered()
    {
        await using var h = await ModelHarness.StartAsync();
        h.Server.Behaviour = ModelBehaviour.TooMany;
        h.Server.RetryAfterSeconds = 0;
        h.Server.FailFirst = 1;

        var turn = await h.AskAsync(Question);

        Assert.False(turn.FellBack);
        Assert.Equal(2, h.Server.Requests.Count);
    }

    [Fact]
    public async Task ServerError_GivesTheDeterministicAnswer_WithinTheBudget()
    {
        await using var h = await ModelHarness.StartAsync();
        h.Server.Behaviour = ModelBehaviour.ServerError;
        var arrived = h.Server.NextRequest();

        var ask = h.AskAsync(Question);
        await arrived;
        h.Time.Advance(Budget);
        var turn = await ask;

        Assert.True(turn.FellBack);
        Assert.InRange(h.Server.Requests.Count, 1, 1 + new ModelOptions().MaxRetries);
        Assert.DoesNotContain("500", turn.Final.Text);
    }

    [Fact]
    public async Task Garbage_GivesTheDeterministicAnswer()
    {
        await using var h = await ModelHarness.StartAsync();
        h.Server.Behaviour = ModelBehaviour.Garbage;

        var turn = await h.AskAsync(Question);

        Assert.True(turn.FellBack);
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task GarbageMidStream_ClosesTheTeamsStreamWithTheDeterministicAnswer()
    {
        await using var h = await ModelHarness.StartAsync();
        h.Server.Behaviour = ModelBehaviour.Garbage;

        var turn = await h.AskAsync(Question, channelId: "msteams", conversationType: "personal", expectReplies: false);

        Assert.True(turn.FellBack);
        var final = StreamAssert.Info(turn.Final);
        Assert.Equal("final", final.Type);
        Assert.Equal("sent-1", final.StreamId);
    }

    [Fact]
    public async Task CircuitBreaker_StopsCallingAFailingEndpoint_ThenClosesAfterTheBreak()
    {
        await using var h = await ModelHarness.StartAsync("AzureOpenAI", app => app
            .With("Model:MaxRetries", "0")
            .With("Model:BreakerMinimumThroughput", "2")
            .With("Model:BreakerBreakDuration", "00:00:30"));
        h.Server.Behaviour = ModelBehaviour.ServerError;

        Assert.True((await h.AskAsync(Question)).FellBack);
        Assert.True((await h.AskAsync(Question)).FellBack);
        var whileOpen = await h.AskAsync(Question);

        Assert.True(whileOpen.FellBack);
        Assert.Equal(2, h.Server.Requests.Count);

        h.Time.Advance(TimeSpan.FromSeconds(31));
        h.Server.Behaviour = ModelBehaviour.Answer;
        Assert.False((await h.AskAsync(Question)).FellBack);
        Assert.False((await h.AskAsync(Question)).FellBack);
        Assert.Equal(4, h.Server.Requests.Count);
    }

    [Theory]
    [InlineData("retry-after-ms", "1500", 1500)]
    [InlineData("Retry-After", "2", 2000)]
    public void RetryAfter_ReadsAzureAndStandardHeaders(string header, string value, double expectedMs)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation(header, value);

        Assert.Equal(expectedMs, ModelResilience.RetryAfter(response, new FakeTimeProvider())!.Value.TotalMilliseconds);
    }
}
