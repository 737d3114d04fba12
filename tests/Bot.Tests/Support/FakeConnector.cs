using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>
/// A Bot Connector stand-in on a real socket: records every request (method, raw path, headers, body) and
/// answers from a script, then with 200 <c>{"id"}</c>. Its serviceUrl keeps a regional path like Teams' /amer/.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Queue<ScriptedAnswer> _script = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private ConnectorTestServer? _server;
    private int _nextId;

    public string ServiceUrl => $"{_server!.BaseAddress}/amer/";

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) { return [.. _requests]; } }
    }

    public static async Task<FakeConnector> StartAsync(X509Certificate2? certificate = null)
    {
        var fake = new FakeConnector();
        fake._server = await ConnectorTestServer.StartAsync(fake.HandleAsync, certificate);
        return fake;
    }

    /// <summary>The next request gets this answer; <paramref name="hold"/> delays it until the test says so.</summary>
    public FakeConnector Then(int status, string? retryAfter = null, string? body = null, Task? hold = null)
    {
        lock (_gate)
        {
            _script.Enqueue(new ScriptedAnswer(status, retryAfter, body, hold));
        }

        return this;
    }

    public FakeConnector ThenRepeatedly(int status, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Then(status);
        }

        return this;
    }

    /// <summary>Completes once at least <paramref name="count"/> requests have arrived.</summary>
    public Task WaitForRequestsAsync(int count)
    {
        lock (_gate)
        {
            if (_requests.Count >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var rawTarget = http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        ScriptedAnswer? answer;
        int id;
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(http.Request.Method, rawTarget, headers, body));
            answer = _script.TryDequeue(out var next) ? next : null;
            id = ++_nextId;
            foreach (var waiter in _waiters.Where(w => _requests.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }

        if (answer?.Hold is { } hold)
        {
            await hold;
        }

        http.Response.StatusCode = answer?.Status ?? 200;
        http.Response.Headers["X-Correlating-OperationId"] = $"corr-{id}";
        if (answer?.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter;
        }

        var responseBody = answer?.Body ?? (http.Response.StatusCode < 300 && http.Request.Method != "DELETE" ? $$"""{"id":"activity-{{id}}"}""" : null);
        if (responseBody is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(responseBody);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private sealed record ScriptedAnswer(int Status, string? RetryAfter, string? Body, Task? Hold);
}

/// <summary>One request as the fake Connector saw it; <see cref="RawTarget"/> is the path exactly as sent (still URL-encoded).</summary>
public sealed record RecordedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonObject Json => (JsonObject)JsonNode.Parse(Body)!;

    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;
}
