using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.DirectLine;

/// <summary>
/// GET /conversations/{id}/stream: a WebSocket of ActivitySet frames (brief §5). It carries what polling
/// cannot: typing. Browsers cannot set headers on a WebSocket, so the token comes as <c>?t=</c>, as in the Azure service.
/// </summary>
internal static class StreamEndpoint
{
    public static async Task RunAsync(
        HttpContext http,
        string conversationId,
        DirectLineTokens tokens,
        DirectLineConversations conversations,
        IOptionsMonitor<DirectLineOptions> options,
        IHostApplicationLifetime lifetime,
        ILogger<DirectLineConversations> logger)
    {
        var request = http.Request;
        var grant = tokens.Check(request.Query["t"].ToString() is { Length: > 0 } t ? t : DirectLineHttp.Bearer(request));
        var refusal = DirectLineHttp.Refuse(grant, conversationId)
            ?? (http.WebSockets.IsWebSocketRequest ? null : DirectLineHttp.Error(400, "BadArgument", "This URL takes a WebSocket upgrade."))
            ?? (ActivityEndpoints.TryParseWatermark(request.Query["watermark"], out _) ? null : DirectLineHttp.Error(400, "BadArgument", "watermark must be a value this service returned."));
        var conversation = refusal is null ? conversations.Find(conversationId) : null;
        if (refusal is not null || conversation is null)
        {
            await (refusal ?? DirectLineHttp.ConversationGone()).ExecuteAsync(http);
            return;
        }

        ActivityEndpoints.TryParseWatermark(request.Query["watermark"], out var watermark);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var (backlog, live) = conversation.Subscribe(watermark, options.CurrentValue.MaxStreamsPerConversation);
        Log.DirectLineStreamOpened(logger, conversationId);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, conversation.Ended, lifetime.ApplicationStopping);
        var receiving = ReceiveUntilClosedAsync(socket, conversations, conversationId, stop);
        try
        {
            if (backlog.Activities.Count > 0)
            {
                await SendAsync(socket, backlog, stop.Token);
            }

            await foreach (var frame in live.ReadAllAsync(stop.Token))
            {
                await SendAsync(socket, frame, stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client left, the conversation was evicted, or the app is stopping: all normal ends of a stream.
        }
        finally
        {
            conversation.Unsubscribe(live);
            await stop.CancelAsync();
            await CloseAsync(socket);
            await receiving;
        }
    }

    private static Task SendAsync(WebSocket socket, ActivitySet frame, CancellationToken ct) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(frame, DirectLineJson.Default.ActivitySet), WebSocketMessageType.Text, endOfMessage: true, ct);

    /// <summary>Clients send nothing but close frames; reading is still needed to notice them. Each read keeps the conversation alive.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, DirectLineConversations conversations, string conversationId, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                conversations.Find(conversationId);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Same normal ends as the sending side.
        }

        await stop.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // Best effort: the peer may already be gone.
            }
        }
    }
}
