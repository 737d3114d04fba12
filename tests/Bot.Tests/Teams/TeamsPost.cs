using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CpcCoach.Bot.Tests.Teams;

internal static class TeamsPost
{
    /// <summary>Posts as the channel does (normal delivery): replies go out-of-band to the activity's serviceUrl.</summary>
    public static async Task SendAsync(this HttpClient http, JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        using var response = await http.PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
