using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>What the local model server does with the next requests.</summary>
public enum ModelBehaviour
{
    Answer,
    Slow,
    TooMany,
    ServerError,
    Garbage,
}

/// <summary>One request the model server received: path, query, Authorization/api-key headers and the raw body.</summary>
public sealed record ModelRequest(string Path, string Query, string? Authorization, string? ApiKey, string Body)
{
    public JsonObject Json => (JsonObject)JsonNode.Parse(Body)!;

    public string System => (string)Json["messages"]![0]!["content"]!;

    public string User => (string)Json["messages"]![1]!["content"]!;
}

/// <summary>
/// A local chat-completions server on 127.0.0.1 speaking the Azure OpenAI shape
/// (/openai/deployments/{d}/chat/completions?api-version=...) and the OpenAI shape (/v1/chat/completions),
/// with SSE streaming. It records every request body and can answer slowly, with 429 (+Retry-After), 500 or garbage.
/// </summary>
public sealed class LocalModelServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ModelRequest> _requests = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ConnectorTestServer? _server;
    private TaskCompletionSource<ModelRequest> _arrived = NewArrival();

    public ModelBehaviour Behaviour { get; set; } = ModelBehaviour.Answer;

    /// <summary>What the model "says"; streamed word by word.</summary>
    public string AnswerText { get; set; } = "Pause and name the feeling before giving more facts [1].";

    /// <summary>Seconds sent as Retry-After with 429; null sends none.</summary>
    public int? RetryAfterSeconds { get; set; } = 1;

    /// <summary>Answer normally after this many failing requests (0: every request follows <see cref="Behaviour"/>).</summary>
    public int FailFirst { get; set; }

    public int PromptTokens { get; set; } = 120;

    public int CompletionTokens { get; set; } = 30;

    public string BaseAddress => _server!.BaseAddress;

    public IReadOnlyList<ModelRequest> Requests => [.. _requests];

    public static async Task<LocalModelServer> StartAsync()
    {
        var server = new LocalModelServer();
        server._server = await ConnectorTestServer.StartAsync(server.HandleAsync);
        return server;
    }

    /// <summary>Completes when the next request arrives (the one after this call).</summary>
    public Task<ModelRequest> NextRequest() => _arrived.Task;

    public async ValueTask DisposeAsync()
    {
        _released.TrySetResult();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static TaskCompletionSource<ModelRequest> NewArrival() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (context.Request.Method != "POST" || !(path == "/v1/chat/completions" || (path.StartsWith("/openai/deployments/", StringComparison.Ordinal) && path.EndsWith("/chat/completions", StringComparison.Ordinal))))
        {
            context.Response.StatusCode = 404;
            return;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var request = new ModelRequest(path, context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.Authorization.FirstOrDefault(), context.Request.Headers["api-key"].FirstOrDefault(), body);
        _requests.Enqueue(request);
        var failing = FailFirst == 0 || _requests.Count <= FailFirst;
        Interlocked.Exchange(ref _arrived, NewArrival()).TrySetResult(request);

        switch (failing ? Behaviour : ModelBehaviour.Answer)
        {
            case ModelBehaviour.Slow:
                // Never answers: the client's budget or the test's disposal ends the wait.
                var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                using (context.RequestAborted.Register(() => aborted.TrySetResult()))
                {
                    await Task.WhenAny(_released.Task, aborted.Task);
                }

                return;
            case ModelBehaviour.TooMany:
                context.Response.StatusCode = 429;
                if (RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await context.Response.WriteAsJsonAsync(new { error = new { code = "429", message = "Rate limit" } });
                return;
            case ModelBehaviour.ServerError:
                context.Response.StatusCode = 500;
                await context.Response.WriteAsJsonAsync(new { error = new { code = "server_error", message = "boom" } });
                return;
            case ModelBehaviour.Garbage:
                context.Response.ContentType = request.Json["stream"]?.GetValue<bool>() == true ? "text/event-stream" : "application/json";
                await context.Response.WriteAsync("data: {{{ not json at all <html>\n\n");
                return;
        }

        if (request.Json["stream"]?.GetValue<bool>() == true)
        {
            await StreamAsync(context, request);
            return;
        }

        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["id"] = "chatcmpl-local",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = "local",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = AnswerText },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = Usage(),
        });
    }

    private async Task StreamAsync(HttpContext context, ModelRequest request)
    {
        context.Response.ContentType = "text/event-stream";
        var words = AnswerText.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var delta = new JsonObject { ["content"] = i == 0 ? words[i] : " " + words[i] };
            if (i == 0)
            {
                delta["role"] = "assistant";
            }

            await WriteEvent(context, Chunk(new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = null })));
        }

        await WriteEvent(context, Chunk(new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = new JsonObject(), ["finish_reason"] = "stop" })));
        if (request.Json["stream_options"]?["include_usage"]?.GetValue<bool>() == true)
        {
            var usage = Chunk([]);
            usage["usage"] = Usage();
            await WriteEvent(context, usage);
        }

        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static JsonObject Chunk(JsonArray choices) => new()
    {
        ["id"] = "chatcmpl-local",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1_700_000_000,
        ["model"] = "local",
        ["choices"] = choices,
    };

    private JsonObject Usage() => new()
    {
        ["prompt_tokens"] = PromptTokens,
        ["completion_tokens"] = CompletionTokens,
        ["total_tokens"] = PromptTokens + CompletionTokens,
    };

    private static async Task WriteEvent(HttpContext context, JsonObject data)
    {
        await context.Response.WriteAsync("data: " + data.ToJsonString() + "\n\n");
        await context.Response.Body.FlushAsync();
    }
}
