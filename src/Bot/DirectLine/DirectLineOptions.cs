using System.ComponentModel.DataAnnotations;

namespace CpcCoach.Bot.DirectLine;

/// <summary>The local Direct Line 3.0 surface behind the web chat page (section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    /// <summary>
    /// Shared secret for token generation and conversation start. Outside Development the surface is off
    /// unless this is set, so a deployed bot never exposes an unauthenticated chat. From environment or user secrets only.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a token lives; 30 minutes like the Azure service, and the page refreshes every 15.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Oldest activities are dropped beyond this, so one long conversation cannot grow memory without limit.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>The least recently used conversation is dropped beyond this; bounds memory against many clients.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1_000;

    /// <summary>A conversation nobody has touched for this long is evicted; a practice session rarely pauses longer.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Open WebSockets per conversation; Web Chat needs one, a reconnect briefly two, more is a leak.</summary>
    [Range(1, 16)]
    public int MaxStreamsPerConversation { get; set; } = 2;

    /// <summary>
    /// Folder holding Web Chat's UMD bundle (webchat.js), relative to the content root. npm installs it at
    /// build time; a container or publish step can point elsewhere.
    /// </summary>
    [Required]
    public string WebChatBundleFolder { get; set; } = "WebChat/node_modules/botframework-webchat/dist";

    /// <summary>True when the surface is served: always in Development, elsewhere only with a secret.</summary>
    internal bool IsEnabled(IHostEnvironment environment) =>
        environment.IsDevelopment() || !string.IsNullOrEmpty(Secret);
}
