using System.Text.Json;

namespace CpcCoach.Bot.Protocol;

/// <summary>Builds outbound activities addressed back along an inbound one (brief §3.1).</summary>
public static class ActivityFactory
{
    public static Activity Message(string? text, IReadOnlyList<Attachment>? attachments = null) =>
        new() { Type = ActivityTypes.Message, Text = text, Attachments = attachments };

    /// <summary>A Markdown message, with the words to type offered as suggested actions when there are any.</summary>
    public static Activity Markdown(string text, IReadOnlyList<CardAction>? suggestions = null) =>
        Message(text) with
        {
            TextFormat = "markdown",
            SuggestedActions = suggestions is { Count: > 0 } ? new SuggestedActions { Actions = suggestions } : null,
        };

    public static Activity Typing() => new() { Type = ActivityTypes.Typing };

    /// <summary>
    /// Fills routing fields from the inbound activity: the bot speaks as the inbound recipient, to the
    /// inbound sender, in the same conversation. isGroup/conversationType are not sent (A2083).
    /// </summary>
    public static Activity AddressedAsReplyTo(this Activity outbound, Activity inbound, bool setReplyToId = true) =>
        outbound with
        {
            ChannelId = outbound.ChannelId ?? inbound.ChannelId,
            From = outbound.From ?? inbound.Recipient,
            Recipient = outbound.Recipient ?? inbound.From,
            Conversation = outbound.Conversation ?? (inbound.Conversation is { } c
                ? new ConversationAccount { Id = c.Id, TenantId = c.TenantId }
                : null),
            ReplyToId = outbound.ReplyToId ?? (setReplyToId ? inbound.Id : null),
            Locale = outbound.Locale ?? inbound.Locale,
            // Never send id/timestamp/serviceUrl/callerId (A2031, A2041, A2302, A2250).
            Id = outbound.Id,
            ServiceUrl = null,
            CallerId = null,
            Timestamp = null,
        };

    public static Entity NewEntity(string type, IEnumerable<KeyValuePair<string, JsonElement>> fields) =>
        new() { Type = type, Extra = new Dictionary<string, JsonElement>(fields) };
}
