using System.Globalization;
using System.Text;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// The prompt cards as Markdown text, for channels that cannot show cards (SMS, Telegram, e-mail...). Buttons become
/// the words to type, also offered as suggested actions (imBack) where the channel shows them. Every word offered is
/// one the engine accepts when typed: an option's number or title (<see cref="ChoiceMatcher"/>), yes/no
/// (<see cref="UserWords.YesNo"/>), resume/no thanks (the paused-dialog check in <see cref="DialogMiddleware"/>).
/// </summary>
internal static class DialogText
{
    public static Activity Choice(string prompt, IReadOnlyList<ChoiceOption> options, int maxSuggestions)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"**{prompt}**\n\n");
        for (var i = 0; i < options.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {options[i].Title}\n");
        }

        if (options.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nType a number, or the answer in your own words (e.g. **{options[0].Title}**).");
        }

        return ActivityFactory.Markdown(text.ToString(), [.. options.Take(maxSuggestions).Select(o => CardAction.ImBack(o.Title, o.Title))]);
    }

    public static Activity Confirm(string prompt) =>
        ActivityFactory.Markdown($"**{prompt}**\n\nType **yes** or **no**.", [CardAction.ImBack("Yes", "yes"), CardAction.ImBack("No", "no")]);

    public static Activity ResumeOffer(string title) =>
        ActivityFactory.Markdown(
            $"Would you like to pick up **{title}** where we left off? Type **resume** to carry on, or **no thanks** to leave it.",
            [CardAction.ImBack("Resume", "resume"), CardAction.ImBack("No thanks", "no thanks")]);
}
