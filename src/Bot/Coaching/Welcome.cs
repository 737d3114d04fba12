using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.Caching.Distributed;

namespace CpcCoach.Bot.Coaching;

/// <summary>
/// Greets once per conversation when the bot itself is added. Teams resends conversationUpdate and
/// installationUpdate on reinstall, so the "already welcomed" flag is persisted (brief §6.2).
/// </summary>
public sealed class Welcome(IDistributedCache cache)
{
    public const string Text =
        "Hello, I'm CPC Coach. I help you prepare for and practise serious-illness conversations: " +
        "quick tips before a family meeting, words for hard moments, and practice with feedback. " +
        "Type **help** to see what I can do.";

    public Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botAdded = activity.MembersAdded?.Any(m => m.Id is { } id && id == activity.Recipient?.Id) ?? false;
        return botAdded ? SendOnceAsync(turn, cancellationToken) : Task.CompletedTask;
    }

    public Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.Action is "add" or "add-upgrade" ? SendOnceAsync(turn, cancellationToken) : Task.CompletedTask;

    /// <summary>Uninstall clears the flag, so the next install of the app is welcomed (once) again.</summary>
    public Task ForgetAsync(Activity activity, CancellationToken cancellationToken) =>
        cache.RemoveAsync(FlagKey(activity), cancellationToken);

    private static string FlagKey(Activity activity) => $"cpc:welcomed:{activity.ChannelId}:{activity.Conversation?.Id}";

    private async Task SendOnceAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var key = FlagKey(turn.Activity);
        if (await cache.GetAsync(key, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        await cache.SetAsync(key, [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromDays(365) }, cancellationToken).ConfigureAwait(false);
        await turn.SendAsync(ActivityFactory.Message(Text) with { TextFormat = "markdown" }, cancellationToken).ConfigureAwait(false);
        await turn.SendAsync(ActivityFactory.Message(HelpCard.Disclaimer), cancellationToken).ConfigureAwait(false);
    }
}
