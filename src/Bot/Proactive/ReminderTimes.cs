using System.Globalization;
using System.Text.RegularExpressions;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Proactive;

/// <summary>
/// Turns "in 1 hour", "this evening", "tomorrow morning", "at 17:30", "tomorrow at 9am" into a moment, in the
/// user's own time zone: Teams sends localTimezone (IANA) and localTimestamp (with offset) on every message.
/// </summary>
public static partial class ReminderTimes
{
    /// <summary>The moment, in the user's offset, or null when the words are not a time this understands.</summary>
    public static DateTimeOffset? Parse(string words, Activity activity, DateTimeOffset utcNow, int eveningHour, int morningHour)
    {
        var zone = ZoneOf(activity);
        var now = zone is null ? utcNow.ToOffset(OffsetOf(activity)) : TimeZoneInfo.ConvertTime(utcNow, zone);
        var text = Spaces().Replace(words.Trim().TrimEnd('.', '!').ToLowerInvariant(), " ");

        if (Relative().Match(text) is { Success: true } relative)
        {
            var amount = relative.Groups["n"].Value is "an" or "a" or "one" ? 1 : int.Parse(relative.Groups["n"].Value, CultureInfo.InvariantCulture);
            var unit = relative.Groups["unit"].Value.StartsWith('h') ? TimeSpan.FromHours(1) : TimeSpan.FromMinutes(1);
            return now + (unit * amount);
        }

        return text switch
        {
            "this evening" or "tonight" or "evening" => At(now, now.Date, eveningHour, 0, zone),
            "tomorrow morning" or "tomorrow" or "in the morning" => At(now, now.Date.AddDays(1), morningHour, 0, zone),
            _ when Clock().Match(text) is { Success: true } clock => FromClock(clock, now, zone),
            _ => null,
        };
    }

    /// <summary>"today at 18:00", "tomorrow at 08:00" or "Fri 3 Oct at 09:00", in the user's time.</summary>
    public static string Describe(DateTimeOffset due, Activity activity, DateTimeOffset utcNow)
    {
        var zone = ZoneOf(activity);
        var offset = OffsetOf(activity);
        var local = zone is null ? due.ToOffset(offset) : TimeZoneInfo.ConvertTime(due, zone);
        var today = (zone is null ? utcNow.ToOffset(offset) : TimeZoneInfo.ConvertTime(utcNow, zone)).Date;
        var day = (local.Date - today).Days switch
        {
            0 => "today",
            1 => "tomorrow",
            _ => local.ToString("ddd d MMM", CultureInfo.InvariantCulture),
        };
        return $"{day} at {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    private static DateTimeOffset? FromClock(Match clock, DateTimeOffset now, TimeZoneInfo? zone)
    {
        var hour = int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = clock.Groups["m"].Success ? int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        switch (clock.Groups["ampm"].Value)
        {
            case "pm" when hour is >= 1 and <= 11:
                hour += 12;
                break;
            case "am" when hour == 12:
                hour = 0;
                break;
        }

        if (hour > 23 || minute > 59)
        {
            return null;
        }

        var tomorrow = clock.Groups["tomorrow"].Success;
        var candidate = At(now, now.Date.AddDays(tomorrow ? 1 : 0), hour, minute, zone);
        // "at 9" said at 10:00 means tomorrow's 9:00, not one that has passed.
        return !tomorrow && candidate <= now ? At(now, now.Date.AddDays(1), hour, minute, zone) : candidate;
    }

    private static DateTimeOffset At(DateTimeOffset now, DateTime day, int hour, int minute, TimeZoneInfo? zone)
    {
        var local = day.AddHours(hour).AddMinutes(minute);
        var offset = zone?.GetUtcOffset(local) ?? now.Offset;
        return new DateTimeOffset(local, offset);
    }

    private static TimeZoneInfo? ZoneOf(Activity activity)
    {
        if (activity.LocalTimezone is not { Length: > 0 } id)
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }

    private static TimeSpan OffsetOf(Activity activity) =>
        DateTimeOffset.TryParse(activity.LocalTimestamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? local.Offset : TimeSpan.Zero;

    [GeneratedRegex(@"^in (?<n>\d{1,3}|an|a|one) ?(?<unit>hours?|hrs?|h|minutes?|mins?|m)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Relative();

    [GeneratedRegex(@"^(?<tomorrow>tomorrow )?(at )?(?<h>\d{1,2})([:.](?<m>\d{2}))? ?(?<ampm>am|pm)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spaces();
}
