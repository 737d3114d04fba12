using System.Net.Http.Json;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Connector;

/// <summary>The Bot Connector REST API v3 (brief §3.1), relative to an activity's serviceUrl.</summary>
public sealed class ConnectorClient(HttpClient http)
{
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(ActivitiesUrl(serviceUrl, activity.Conversation?.Id), activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(ActivityUrl(serviceUrl, activity.Conversation?.Id, activity.ReplyToId), activity, cancellationToken);

    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(ActivityUrl(serviceUrl, activity.Conversation?.Id, activity.Id), activity, ProtocolJson.Default.Activity, cancellationToken).ConfigureAwait(false);
        return await ReadResourceAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var response = await http.DeleteAsync(ActivityUrl(serviceUrl, conversationId, activityId), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response).ConfigureAwait(false);
    }

    private async Task<ResourceResponse> PostAsync(Uri url, Activity activity, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(url, activity, ProtocolJson.Default.Activity, cancellationToken).ConfigureAwait(false);
        return await ReadResourceAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ResourceResponse> ReadResourceAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response).ConfigureAwait(false);
        if (response.Content.Headers.ContentLength is 0)
        {
            return new ResourceResponse(null);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(ProtocolJson.Default.ResourceResponse, cancellationToken).ConfigureAwait(false)
                ?? new ResourceResponse(null);
        }
        catch (System.Text.Json.JsonException)
        {
            // Some channels answer 200/202 with no body or a non-JSON body; the send itself succeeded.
            return new ResourceResponse(null);
        }
    }

    private static Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException(response.StatusCode, response.RequestMessage?.RequestUri?.Host);
        }

        return Task.CompletedTask;
    }

    internal static Uri ActivitiesUrl(string serviceUrl, string? conversationId) =>
        new($"{Base(serviceUrl)}v3/conversations/{Uri.EscapeDataString(conversationId ?? string.Empty)}/activities");

    internal static Uri ActivityUrl(string serviceUrl, string? conversationId, string? activityId) =>
        new($"{Base(serviceUrl)}v3/conversations/{Uri.EscapeDataString(conversationId ?? string.Empty)}/activities/{Uri.EscapeDataString(activityId ?? string.Empty)}");

    // Exactly one '/' between the serviceUrl (whose path is kept, e.g. /amer/) and v3.
    private static string Base(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
}
