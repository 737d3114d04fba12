using System.Text.Json;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.DirectLine;

/// <summary>
/// Hands Direct Line activities to the same turn pipeline Teams uses, in process: no HTTP hop and no JWT,
/// because the Direct Line token already proved who may speak in this conversation.
/// </summary>
internal sealed class DirectLineTurns(
    TurnRunner runner,
    TimeProvider time,
    IOptionsMonitor<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineTurns> logger)
{
    public const string ChannelId = "directline";

    public static ChannelAccount Bot { get; } = new() { Id = "cpc-coach", Name = "CPC Coach", Role = "bot" };

    /// <summary>Tells the bot once that the bot and the user joined (brief §5), so it greets.</summary>
    public async Task StartAsync(DirectLineConversation conversation, string? locale, string serviceUrl)
    {
        if (!conversation.MarkStarted())
        {
            return;
        }

        Log.DirectLineConversationStarted(logger, conversation.Id);
        var user = User(conversation, null);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversation.Id}|start",
            Timestamp = time.GetUtcNow().UtcDateTime.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = user,
            Recipient = Bot,
            MembersAdded = [Bot, user],
            Locale = locale,
        };
        await RunAsync(conversation, update).ConfigureAwait(false);
    }

    /// <summary>
    /// Echoes the user's activity into history first, so Web Chat sees its clientActivityID quickly (pitfall 11),
    /// then runs the turn. A re-post of the same clientActivityID returns the first id and does not run again (pitfall 12).
    /// </summary>
    public async Task<string?> PostAsync(DirectLineConversation conversation, Activity posted, string serviceUrl)
    {
        var inbound = posted with
        {
            Id = null,
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = User(conversation, posted.From?.Name),
            Recipient = Bot,
            CallerId = null,
            // Replies always go to history; a client cannot switch this surface to expectReplies.
            DeliveryMode = null,
        };

        if (inbound.Type == ActivityTypes.Typing)
        {
            await RunAsync(conversation, inbound).ConfigureAwait(false);
            return null;
        }

        var echo = conversation.AppendUnlessKnown(inbound, ClientActivityId(posted), time.GetUtcNow(), options.CurrentValue.MaxActivitiesPerConversation, out var duplicate);
        if (!duplicate)
        {
            await RunAsync(conversation, echo).ConfigureAwait(false);
        }

        return echo.Id;
    }

    private async Task RunAsync(DirectLineConversation conversation, Activity activity)
    {
        var sender = new DirectLineReplySender(conversation, time, options.CurrentValue.MaxActivitiesPerConversation);

        // Not the request's token: a browser that navigates away mid-turn must not cut the reply in half.
        // The turn's own timeout bounds it; shutdown stops it.
        await runner.RunAsync(activity, sender, CallerIdentity.Anonymous, lifetime.ApplicationStopping).ConfigureAwait(false);
    }

    private static ChannelAccount User(DirectLineConversation conversation, string? name) =>
        new() { Id = conversation.UserId, Name = name, Role = "user" };

    private static string? ClientActivityId(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
