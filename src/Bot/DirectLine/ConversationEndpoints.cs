namespace CpcCoach.Bot.DirectLine;

/// <summary>POST /conversations (start) and GET /conversations/{id} (reconnect), brief §5.</summary>
internal static class ConversationEndpoints
{
    private const int MaxHelloBytes = 4096;

    /// <summary>
    /// The secret starts a new conversation and gets a token for it (201). A token starts its own conversation:
    /// 201 the first time, 200 after. Either way the bot hears conversationUpdate once.
    /// </summary>
    public static async Task<IResult> StartAsync(
        HttpRequest request,
        DirectLineTokens tokens,
        DirectLineConversations conversations,
        DirectLineTurns turns)
    {
        var grant = tokens.Check(DirectLineHttp.Bearer(request));
        if (grant.Kind is not (GrantKind.Secret or GrantKind.Token))
        {
            return DirectLineHttp.Refuse(grant, string.Empty)!;
        }

        var (hello, error) = await DirectLineHttp.ReadAsync(request, DirectLineJson.Default.ClientHello, MaxHelloBytes, request.HttpContext.RequestAborted);
        if (error is not null)
        {
            return error;
        }

        IssuedToken issued;
        if (grant.Kind == GrantKind.Secret)
        {
            if (TokenEndpoints.UserIdOrError(hello?.User?.Id, out var userId) is { } bad)
            {
                return bad;
            }

            issued = tokens.Issue(DirectLineConversations.NewId(), userId);
        }
        else
        {
            var bearer = DirectLineHttp.Bearer(request)!;
            issued = new IssuedToken(bearer, grant.Claims!, SecondsLeft(grant.Claims!, request));
        }

        var conversation = conversations.GetOrCreate(issued.Claims.ConversationId, issued.Claims.UserId, out var created);
        await turns.StartAsync(conversation, hello?.Locale, DirectLineHttp.ServiceUrl(request));
        var info = new ConversationInfo(conversation.Id, issued.Token, issued.ExpiresInSeconds, DirectLineHttp.StreamUrl(request, conversation.Id, issued.Token, null));
        return Results.Json(info, DirectLineJson.Default.ConversationInfo, statusCode: created ? 201 : 200);
    }

    /// <summary>Reconnect: a fresh streamUrl that resumes after the client's watermark.</summary>
    public static IResult Reconnect(
        string conversationId,
        string? watermark,
        HttpRequest request,
        DirectLineTokens tokens,
        DirectLineConversations conversations)
    {
        var grant = tokens.Check(DirectLineHttp.Bearer(request));
        if (DirectLineHttp.Refuse(grant, conversationId) is { } refused)
        {
            return refused;
        }

        if (conversations.Find(conversationId) is not { } conversation)
        {
            return DirectLineHttp.ConversationGone();
        }

        var issued = grant.Kind == GrantKind.Token
            ? new IssuedToken(DirectLineHttp.Bearer(request)!, grant.Claims!, SecondsLeft(grant.Claims!, request))
            : tokens.Issue(conversation.Id, conversation.UserId);
        var info = new ConversationInfo(conversation.Id, issued.Token, issued.ExpiresInSeconds, DirectLineHttp.StreamUrl(request, conversation.Id, issued.Token, watermark));
        return Results.Json(info, DirectLineJson.Default.ConversationInfo);
    }

    private static int SecondsLeft(TokenClaims claims, HttpRequest request)
    {
        var now = request.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds();
        return (int)Math.Max(0, claims.ExpiresAt - now);
    }
}
