using Azure.Core;
using CpcCoach.Bot.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Model;

/// <summary>The real Azure.AI.OpenAI and OpenAI clients (the pinned pair) against the local server, both REST shapes.</summary>
public sealed class ModelClientTests
{
    private const string Question = "how do I start a goals of care conversation with the family?";

    [Theory]
    [InlineData("AzureOpenAI")]
    [InlineData("OpenAI")]
    public async Task Complete_WithRealClient_SendsTheProviderShapeAndRecordsUsage(string provider)
    {
        await using var h = await ModelHarness.StartAsync(provider);

        var turn = await h.AskAsync(Question);

        Assert.False(turn.FellBack);
        Assert.StartsWith(h.Server.AnswerText, turn.Final.Text);
        var request = Assert.Single(h.Server.Requests);
        if (provider == "AzureOpenAI")
        {
            Assert.Equal("/openai/deployments/coach-gpt/chat/completions", request.Path);
            Assert.Contains("api-version=", request.Query);
            Assert.Equal("test-key", request.ApiKey);
        }
        else
        {
            Assert.Equal("/v1/chat/completions", request.Path);
            Assert.Equal("Bearer test-key", request.Authorization);
            Assert.Equal("coach-model", (string?)request.Json["model"]);
        }

        Assert.Equal(120, turn.Context.Facts.ModelPromptTokens);
        Assert.Equal(30, turn.Context.Facts.ModelCompletionTokens);
        Assert.True(turn.Context.Facts.ModelLatencyMs >= 0);
    }

    [Theory]
    [InlineData("AzureOpenAI")]
    [InlineData("OpenAI")]
    public async Task Stream_WithRealClient_ReadsServerSentEvents(string provider)
    {
        await using var h = await ModelHarness.StartAsync(provider);

        var turn = await h.AskAsync(Question, channelId: "msteams", conversationType: "personal", expectReplies: false);

        Assert.Equal(true, (bool?)Assert.Single(h.Server.Requests).Json["stream"]);
        Assert.Equal(h.Server.AnswerText, turn.Final.Text);
    }

    [Fact]
    public async Task Azure_WithEntraCredential_SendsTheBearerTokenInsteadOfAKey()
    {
        await using var h = await ModelHarness.StartAsync("AzureOpenAI", app => app
            .With("Model:ApiKey", null)
            .With("Model:UseEntraCredential", "true")
            .WithServices(s => s.AddSingleton<TokenCredential>(new StaticCredential("entra-token"))));

        var turn = await h.AskAsync(Question);

        Assert.False(turn.FellBack);
        var request = Assert.Single(h.Server.Requests);
        Assert.Equal("Bearer entra-token", request.Authorization);
        Assert.Null(request.ApiKey);
    }

    [Fact]
    public async Task NoProvider_IsTheDefault_AndNeverCallsAModel()
    {
        await using var h = await ModelHarness.StartAsync("None");

        var turn = await h.AskAsync(Question);

        Assert.True(turn.FellBack);
        Assert.Empty(h.Server.Requests);
        Assert.False(h.Answerer.Applies(h.Answer()));
    }

    [Fact]
    public async Task AzureWithoutEndpoint_FailsAtStartup_NamingTheKey()
    {
        using var app = new Support.BotApp().With("Model:Provider", "AzureOpenAI").With("Model:Deployment", "d").With("Model:ApiKey", "k");

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("Model:Endpoint", error.ToString());
    }

    /// <summary>A fixed Entra token, as a managed identity would hand out.</summary>
    private sealed class StaticCredential(string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(token, DateTimeOffset.MaxValue);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
