using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Auth;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Endpoint;

/// <summary>POST /api/messages: read, check, authenticate, de-duplicate, run the turn, answer (brief §1.3–1.4).</summary>
internal static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task HandleAsync(
        HttpContext http,
        IInboundAuthenticator authenticator,
        ActivityDeduplicator deduplicator,
        TurnRunner runner,
        ReplySenderFactory senders,
        IOptionsMonitor<TurnOptions> options,
        ILogger<TurnRunner> logger)
    {
        var ct = http.RequestAborted;
        var read = await ActivityReader.ReadAsync(http.Request, options.CurrentValue.MaxBodyBytes, ct);
        if (read.Error is { } error)
        {
            await WriteErrorAsync(http, 400, "BadRequest", error, ct);
            return;
        }

        var activity = read.Activity!;
        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, activity, ct);
        if (auth.Unavailable)
        {
            http.Response.Headers.RetryAfter = "10";
            await WriteErrorAsync(http, 503, "ServiceUnavailable", auth.Failure!, ct);
            return;
        }

        if (!auth.Succeeded)
        {
            Log.InboundAuthFailed(logger, activity.Conversation?.Id, auth.Failure);
            await WriteErrorAsync(http, 401, "Unauthorized", auth.Failure ?? "Unauthorized.", ct);
            return;
        }

        // Whatever callerId the wire carried is discarded (A2251); auth decides it.
        activity = activity with { CallerId = auth.Caller!.CallerId };
        TurnReply reply;
        if (activity.Id is { Length: > 0 } id)
        {
            // An expectReplies answer carries every reply of the turn; a retry after the retention gets none of them.
            var afterRetention = activity.ExpectsReplies && activity.Type != ActivityTypes.Invoke ? NoRepliesAgain : null;
            reply = await deduplicator.RunOnceAsync(activity.Conversation!.Id!, id, () => RunAsync(activity, auth.Caller, runner, senders, ct), out var duplicate, afterRetention);
            if (duplicate)
            {
                Log.DuplicateActivity(logger, id, activity.Conversation.Id);
            }
        }
        else
        {
            reply = await RunAsync(activity, auth.Caller, runner, senders, ct);
        }

        http.Response.StatusCode = reply.Status;
        if (!reply.Body.IsEmpty)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.Body.WriteAsync(reply.Body, ct);
        }
    }

    private static async Task<TurnReply> RunAsync(Activity activity, CallerIdentity caller, TurnRunner runner, ReplySenderFactory senders, CancellationToken ct)
    {
        if (activity.ExpectsReplies)
        {
            var buffer = new BufferingReplySender();
            var done = await runner.RunAsync(activity, buffer, caller, ct);
            var activities = buffer.Activities;
            if (done.InvokeResponse is { } invoke)
            {
                // Under expectReplies an invoke result survives only as an invokeResponse activity (brief §4).
                activities = [.. activities, new Activity
                {
                    Type = ActivityTypes.InvokeResponse,
                    Value = JsonSerializer.SerializeToElement(
                        new JsonObject { ["status"] = invoke.Status, ["body"] = invoke.Body is { } b ? JsonNode.Parse(b.GetRawText()) : null },
                        ProtocolJson.Default.JsonObject),
                }];
            }

            return new TurnReply(200, JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies(activities), ProtocolJson.Default.ExpectedReplies));
        }

        var turn = await runner.RunAsync(activity, senders.ForChannel(activity, caller), caller, ct);
        if (activity.Type == ActivityTypes.Invoke)
        {
            var response = turn.InvokeResponse ?? InvokeResults.NotImplemented(activity.Name);
            var body = response.Body is { } b ? JsonSerializer.SerializeToUtf8Bytes(b, ProtocolJson.Default.JsonElement) : ReadOnlyMemory<byte>.Empty.ToArray();
            return new TurnReply(response.Status, body);
        }

        return TurnReply.Empty;
    }

    // Relaxed escaping keeps the reason readable ('type', not \u0027type\u0027); the body is JSON, never HTML.
    /// <summary>What an expectReplies retry gets after <see cref="TurnOptions.ReplyRetention"/>: recognised, not re-run, no copies.</summary>
    private static readonly TurnReply NoRepliesAgain = new(200, JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies([]), ProtocolJson.Default.ExpectedReplies));

    private static readonly JsonSerializerOptions ErrorJson = new(ProtocolJson.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static Task WriteErrorAsync(HttpContext http, int status, string code, string message, CancellationToken ct)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(new ErrorResponse(new ErrorDetail(code, message)), ErrorJson), ct).AsTask();
    }
}
