using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using CpcCoach.Bot.Usage;
using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Routing;

namespace CpcCoach.Bot.Insights;

/// <summary>
/// Answers "insights" before routing. Educators get the summary card (as text on a channel without cards) and a signed dashboard link; anyone else a
/// polite no. Both set the turn's intent, so the usage middleware records the view or the refusal as an event.
/// </summary>
internal sealed class InsightsMiddleware(EducatorDirectory educators, InsightsReports reports, DashboardLinks links, ILogger<InsightsMiddleware> logger) : ITurnMiddleware
{
    internal const string RefusalText =
        "Sorry, insights are only available to the programme's educators. If you think you should have access, " +
        "please ask the palliative care education team.";

    internal const string StoreDownText = "Sorry, I couldn't read the usage statistics just now. Please try again in a few minutes.";

    public async Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Message || !IsCommand(turn.Activity.Text))
        {
            await next(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A command about the bot itself, like help: no communication framework applies.
        turn.Routing = new TurnRouting(Intents.GreetingHelp, [FrameworkKeys.None]);
        if (!educators.IsEducator(turn.Activity))
        {
            turn.Facts.Intent = UsageKinds.InsightsRefused;
            Log.InsightsRefused(logger, turn.Activity.Conversation?.Id);
            await turn.SendTextAsync(RefusalText, cancellationToken).ConfigureAwait(false);
            return;
        }

        turn.Facts.Intent = UsageKinds.InsightsShown;
        IReadOnlyList<InsightsReport> built;
        try
        {
            built = await reports.BuildAsync([7, 30], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.InsightsReadFailed(logger, ex, turn.Activity.Conversation?.Id);
            await turn.SendTextAsync(StoreDownText, cancellationToken).ConfigureAwait(false);
            return;
        }

        var summary = AdaptiveCards.SupportsCards(turn.Activity.ChannelId)
            ? ActivityFactory.Message(null, [AdaptiveCards.Attachment(InsightsCard.Build(built[0], built[1], links.CreateUrl(), links.Lifetime))])
            : InsightsText.Build(built[0], built[1], links.CreateUrl(), links.Lifetime);
        await turn.SendAsync(summary, cancellationToken).ConfigureAwait(false);
    }

    internal static bool IsCommand(string? text) =>
        text is not null && System.Text.RegularExpressions.Regex.Replace(text, "<at[^>]*>.*?</at>", " ").Trim().TrimEnd('.', '!', '?')
            .Equals("insights", StringComparison.OrdinalIgnoreCase);
}
