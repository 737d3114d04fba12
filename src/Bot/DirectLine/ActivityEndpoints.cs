using System.Globalization;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.DirectLine;

/// <summary>GET and POST /conversations/{id}/activities: polling with a watermark, and the user's posts (brief §5).</summary>
internal static class ActivityEndpoints
{
    public static IResult Get(
        string conversationId,
        string? watermark,
        HttpRequest request,
        DirectLineTokens tokens,
        DirectLineConversations conversations)
    {
        if (DirectLineHttp.Refuse(tokens.Check(DirectLineHttp.Bearer(request)), conversationId) is { } refused)
        {
            return refused;
        }

        if (!TryParseWatermark(watermark, out var from))
        {
            return DirectLineHttp.Error(400, "BadArgument", "watermark must be a value this service returned.");
        }

        return conversations.Find(conversationId) is { } conversation
            ? Results.Json(conversation.Read(from), DirectLineJson.Default.ActivitySet)
            : DirectLineHttp.ConversationGone();
    }

    public static async Task<IResult> PostAsync(
        string conversationId,
        HttpRequest request,
        DirectLineTokens tokens,
        DirectLineConversations conversations,
        DirectLineTurns turns,
        IOptionsMonitor<TurnOptions> turnOptions)
    {
        if (DirectLineHttp.Refuse(tokens.Check(DirectLineHttp.Bearer(request)), conversationId) is { } refused)
        {
            return refused;
        }

        if (conversations.Find(conversationId) is not { } conversation)
        {
            return DirectLineHttp.ConversationGone();
        }

        var (activity, error) = await DirectLineHttp.ReadAsync(request, ProtocolJson.Default.Activity, turnOptions.CurrentValue.MaxBodyBytes, request.HttpContext.RequestAborted);
        if (error is not null)
        {
            return error;
        }

        // Users send messages, events and typing; everything else is the bot's or the service's to send.
        if (activity?.Type is not (ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing))
        {
            return DirectLineHttp.Error(400, "BadArgument", "Post an activity of type message, event or typing.");
        }

        var id = await turns.PostAsync(conversation, activity, DirectLineHttp.ServiceUrl(request));
        return Results.Json(new ResourceResponse(id), DirectLineJson.Default.ResourceResponse);
    }

    internal static bool TryParseWatermark(string? watermark, out long from)
    {
        from = 0;
        return string.IsNullOrEmpty(watermark)
            || (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out from) && from >= 0);
    }
}
