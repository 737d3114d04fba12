using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.DirectLine;

/// <summary>The local Direct Line 3.0 surface (brief §5) and the Web Chat page that talks to it.</summary>
public static class DirectLineRegistration
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration("DirectLine").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineTurns>();
        return services;
    }

    /// <summary>Maps nothing outside Development unless <c>DirectLine:Secret</c> is set: a deployed bot has no open chat.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (!options.IsEnabled(app.Environment))
        {
            Log.DirectLineOff(app.Logger);
            return app;
        }

        // Protocol-level pings keep idle sockets open through proxies without any frames of our own.
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });

        var directLine = app.MapGroup("/v3/directline").DisableAntiforgery();
        directLine.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync);
        directLine.MapPost("/tokens/refresh", TokenEndpoints.Refresh);
        directLine.MapPost("/conversations", ConversationEndpoints.StartAsync);
        directLine.MapGet("/conversations/{conversationId}", ConversationEndpoints.Reconnect);
        directLine.MapGet("/conversations/{conversationId}/activities", ActivityEndpoints.Get);
        directLine.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.PostAsync);
        directLine.Map("/conversations/{conversationId}/stream", StreamEndpoint.RunAsync);

        // Upload, session ids and anything else answer in the Direct Line error shape, not an empty 404.
        directLine.Map("/{**rest}", () => DirectLineHttp.Error(404, "NotFound", "This Direct Line operation is not supported here."));

        WebChatPage.Map(app);
        return app;
    }
}
