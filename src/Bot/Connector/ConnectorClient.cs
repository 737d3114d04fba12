using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Connector;

/// <summary>
/// The Bot Connector REST API v3 (brief §3.1), relative to an activity's serviceUrl. Token, allow-list and
/// retries live in the HTTP pipeline (see <see cref="ConnectorRegistration"/>); calls to one conversation
/// run one at a time, in order.
/// </summary>
public sealed class ConnectorClient
{
    internal const string HttpClientName = "CpcCoach.Connector";

    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    private readonly IHttpClientFactory _factory;
    private readonly ConversationGate _gate;
    private readonly ILogger<ConnectorClient> _logger;

    internal ConnectorClient(IHttpClientFactory factory, ConversationGate gate, ILogger<ConnectorClient> logger)
    {
        _factory = factory;
        _gate = gate;
        _logger = logger;
    }

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = ConversationOf(activity);
        return SendAsync(HttpMethod.Post, "send", ConnectorUrls.Activities(serviceUrl, conversationId), conversationId, activity, cancellationToken);
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = ConversationOf(activity);
        var replyToId = Required(activity.ReplyToId, "replyToId");
        return SendAsync(HttpMethod.Post, "reply", ConnectorUrls.Activity(serviceUrl, conversationId, replyToId), conversationId, activity, cancellationToken);
    }

    /// <summary>Typing is an ordinary send of <c>{ "type": "typing" }</c>; the activity must already be addressed.</summary>
    public Task<ResourceResponse> SendTypingAsync(string serviceUrl, Activity addressedTyping, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, addressedTyping with { Type = ActivityTypes.Typing }, cancellationToken);

    /// <summary>Replaces a sent activity; <c>activity.Id</c> names it and the body is its full new content.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = ConversationOf(activity);
        var activityId = Required(activity.Id, "id");
        return SendAsync(HttpMethod.Put, "update", ConnectorUrls.Activity(serviceUrl, conversationId, activityId), conversationId, activity, cancellationToken);
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var url = ConnectorUrls.Activity(serviceUrl, Required(conversationId, "conversation.id"), Required(activityId, "activityId"));
        using var response = await CallAsync(HttpMethod.Delete, "delete", url, conversationId, content: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a 1:1 conversation for a proactive message (brief §3.5); send to the returned id next.</summary>
    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        using var content = Body(parameters, ConnectorJson.Default.ConversationParameters);
        using var response = await CallAsync(HttpMethod.Post, "create", ConnectorUrls.Conversations(serviceUrl), null, content, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, ProtocolJson.Default.ConversationResourceResponse, cancellationToken).ConfigureAwait(false)
            ?? new ConversationResourceResponse(null, null, null);
    }

    private async Task<ResourceResponse> SendAsync(HttpMethod method, string operation, Uri url, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        using var content = Body(activity, ProtocolJson.Default.Activity);
        using var response = await CallAsync(method, operation, url, conversationId, content, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, ProtocolJson.Default.ResourceResponse, cancellationToken).ConfigureAwait(false) ?? new ResourceResponse(null);
    }

    private async Task<HttpResponseMessage> CallAsync(HttpMethod method, string operation, Uri url, string? conversationId, HttpContent? content, CancellationToken cancellationToken)
    {
        using var lease = conversationId is null ? null : await _gate.EnterAsync(conversationId, cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(method, url) { Content = content };
        var response = await _factory.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        var correlationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
        Log.ConnectorCall(_logger, method.Method, operation, conversationId, (int)response.StatusCode, correlationId);
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            throw new ConnectorException(response.StatusCode, url.Host, correlationId);
        }

        return response;
    }

    // Serialised once into bytes, so a retried attempt or the 401 refresh sends the identical body again.
    private static ByteArrayContent Body<T>(T value, JsonTypeInfo<T> type)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, type));
        content.Headers.ContentType = Json;
        return content;
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, type);
        }
        catch (JsonException)
        {
            // Some channels answer 200/202 with no JSON at all; the call itself succeeded.
            return null;
        }
    }

    private static string ConversationOf(Activity activity) => Required(activity.Conversation?.Id, "conversation.id");

    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"The Connector call needs '{field}'.", nameof(value)) : value;
}
