using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>Posts an activity with any Authorization header, well-formed or not.</summary>
public static class AuthRequests
{
    public static async Task<Replies> PostAuthorized(this Conversation chat, JsonObject activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await chat.Http.SendAsync(request);
        return new Replies(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The reason the bot gave for a 401, from its ErrorResponse body.</summary>
    public static string Reason(this Replies replies) =>
        replies.Body.Length > 0 && JsonNode.Parse(replies.Body) is JsonObject o ? (string?)o["error"]?["message"] ?? "" : "";
}
