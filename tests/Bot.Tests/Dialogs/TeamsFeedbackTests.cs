using System.Net;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Dialogs;

/// <summary>Teams' own thumbs: the message/submitAction invoke answers 200 with an empty body and records the rating.</summary>
public sealed class TeamsFeedbackTests
{
    [Theory]
    [InlineData("like", "helpful")]
    [InlineData("dislike", "unhelpful")]
    public async Task SubmitAction_Feedback_Answers200EmptyAndRecordsTheRating(string reaction, string rating)
    {
        var capture = new FactsCapture();
        await using var app = new BotApp().WithServices(s => s.Insert(0, ServiceDescriptor.Singleton<ITurnMiddleware>(capture)));
        var chat = app.Conversation();
        var invoke = chat.Activity("invoke", new JsonObject
        {
            ["name"] = "message/submitAction",
            ["value"] = new JsonObject
            {
                ["actionName"] = "feedback",
                ["actionValue"] = new JsonObject { ["reaction"] = reaction, ["feedback"] = "{\"feedbackText\":\"short and useful\"}" },
            },
        });
        invoke.Remove("deliveryMode");

        using var response = await chat.PostRaw(invoke.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Equal(rating, capture.Last?.FeedbackRating);
    }
}
