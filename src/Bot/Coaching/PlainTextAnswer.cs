using System.Text;
using CpcCoach.Knowledge.Answers;

namespace CpcCoach.Bot.Coaching;

/// <summary>The same answer as Markdown text, for channels that cannot show cards; "[1]" marks the cited source.</summary>
internal static class PlainTextAnswer
{
    public static string Build(Answer answer, bool includeNotices)
    {
        var text = new StringBuilder();
        if (includeNotices)
        {
            foreach (var notice in answer.Notices)
            {
                text.Append(notice).Append("\n\n");
            }
        }

        if (answer.Title.Length > 0)
        {
            text.Append("**").Append(answer.Title).Append("**\n\n");
        }

        if (answer.Tip.Length > 0)
        {
            text.Append("Tip: ").Append(answer.Tip).Append("\n\n");
        }

        for (var i = 0; i < answer.Steps.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(answer.Steps[i].Name).Append(": ").Append(answer.Steps[i].Text).Append('\n');
        }

        if (answer.Say.Count > 0)
        {
            text.Append("\nThings to say:\n");
            foreach (var phrase in answer.Say)
            {
                text.Append("- \"").Append(phrase).Append("\"\n");
            }
        }

        if (answer.Avoid is { } avoid)
        {
            text.Append("\nAvoid: ").Append(avoid).Append('\n');
        }

        if (answer.Primary is { } primary)
        {
            text.Append("\nSource [1]: ").Append(primary.PrimarySource);
        }

        return text.ToString().Trim();
    }
}
