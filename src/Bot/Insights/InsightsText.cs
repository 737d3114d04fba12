using System.Globalization;
using System.Text;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Insights;

/// <summary>
/// The chat summary as compact Markdown, for channels that cannot show cards (SMS, Telegram, e-mail...): the same
/// numbers as <see cref="InsightsCard"/>, read from the same suppressed report, so a hidden value is "&lt;k" here too.
/// Each line gives both windows, since a two-column layout does not survive plain text.
/// </summary>
internal static class InsightsText
{
    public static Activity Build(InsightsReport week, InsightsReport month, string dashboardUrl, TimeSpan linkLifetime)
    {
        var k = week.MinGroupSize;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"**{InsightsCard.Title}**\n\n{InsightsCard.HiddenNote(k)}\n\n");
        foreach (var ((title, w), (_, m)) in InsightsCard.Facts(week).Zip(InsightsCard.Facts(month)).Concat(InsightsCard.Lists(week).Zip(InsightsCard.Lists(month))))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {title}: 7 days: {w}; 30 days: {m}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n**{InsightsCard.RubricHeading}**\n");
        if (week.NoPractice && month.NoPractice)
        {
            text.Append(InsightsCard.NoPracticeText).Append('\n');
        }
        else
        {
            text.Append(InsightsCard.RubricNote(k)).Append('\n');
            foreach (var (w, m) in week.Rubric.Zip(month.Rubric))
            {
                text.Append(CultureInfo.InvariantCulture, $"- {w.Title}: 7 days: {InsightsCard.Score(w, k)}; 30 days: {InsightsCard.Score(m, k)}\n");
            }
        }

        if (month.LostEvents > 0)
        {
            text.Append('\n').Append(InsightsCard.LostNote(month.LostEvents)).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"\n{InsightsCard.LinkTitle(linkLifetime)}: {dashboardUrl}");
        return ActivityFactory.Markdown(text.ToString());
    }
}
