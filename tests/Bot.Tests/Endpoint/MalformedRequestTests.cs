using System.Net;
using System.Text;
using CpcCoach.Bot.Tests.Support;

namespace CpcCoach.Bot.Tests.Endpoint;

/// <summary>A malformed request gets a 400 that names the problem; nothing a user sends causes a 500.</summary>
public sealed class MalformedRequestTests : IClassFixture<BotApp>
{
    private readonly BotApp _app;

    public MalformedRequestTests(BotApp app) => _app = app;

    [Theory]
    [InlineData("this is not json", "not valid JSON")]
    [InlineData("{\"type\":\"message\",", "not valid JSON")]
    [InlineData("[1,2,3]", "not valid JSON")]
    [InlineData("null", "JSON object")]
    [InlineData("", "empty")]
    [InlineData("{\"conversation\":{\"id\":\"c\"},\"deliveryMode\":\"expectReplies\"}", "no 'type'")]
    [InlineData("{\"type\":\"\",\"conversation\":{\"id\":\"c\"},\"deliveryMode\":\"expectReplies\"}", "no 'type'")]
    [InlineData("{\"type\":\"message\",\"deliveryMode\":\"expectReplies\"}", "no 'conversation.id'")]
    [InlineData("{\"type\":\"message\",\"conversation\":{},\"deliveryMode\":\"expectReplies\"}", "no 'conversation.id'")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"}}", "no 'serviceUrl'")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"ftp://x\"}", "serviceUrl")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"deliveryMode\":\"expectReplies\",\"text\":42}", "'$.text'")]
    [InlineData("{\"type\":7,\"conversation\":{\"id\":\"c\"}}", "'$.type'")]
    public async Task MalformedBody_Gets400NamingTheProblem(string body, string reason)
    {
        var chat = _app.Conversation();

        using var response = await chat.PostRaw(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task WrongContentType_Gets400(string contentType)
    {
        var chat = _app.Conversation();

        using var response = await chat.PostRaw(chat.Message("hi").ToJsonString(), contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Content-Type", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OversizedBody_Gets400()
    {
        var chat = _app.Conversation();
        var huge = chat.Message(new string('a', 600 * 1024)).ToJsonString();

        using var response = await chat.PostRaw(huge);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("byte limit", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OversizedBody_WithoutContentLength_Gets400()
    {
        var chat = _app.Conversation();
        var bytes = Encoding.UTF8.GetBytes(chat.Message(new string('b', 600 * 1024)).ToJsonString());
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await chat.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_IsMethodNotAllowed()
    {
        using var response = await _app.CreateClient().GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task UnknownFields_SurviveTheRoundTrip()
    {
        var activity = """
            {"type":"message","id":"x1","text":"hi","conversation":{"id":"c","futureConv":true},
             "from":{"id":"u","custom":{"a":[1,2]}},"channelData":{"tenant":{"id":"t"}},"brandNew":{"deep":[{"k":"v"}]},
             "entities":[{"type":"clientInfo","locale":"en-US","platform":"Web"}],"timestamp":"not-a-date"}
            """;

        var parsed = CpcCoach.Bot.Endpoint.ActivityReader.Parse(Encoding.UTF8.GetBytes(activity));
        // serviceUrl is absent and this is normal delivery, so the reader refuses it — but the model itself is lossless:
        var model = System.Text.Json.JsonSerializer.Deserialize(activity, CpcCoach.Bot.Protocol.ProtocolJson.Default.Activity)!;
        var back = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(model, CpcCoach.Bot.Protocol.ProtocolJson.Default.Activity))!;

        Assert.NotNull(parsed.Error);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(activity), back));
    }
}
