namespace CpcCoach.Bot.Proactive;

/// <summary>
/// The reminder schedule: Redis (shared, survives restarts) or process memory (one instance, development).
/// <see cref="ClaimDueAsync"/> is the only way out, and it is atomic: a reminder it returns is returned to
/// exactly one caller, however many instances poll.
/// </summary>
public interface IReminderStore
{
    /// <summary>Adds the reminder, or moves an existing one with the same id to the new time.</summary>
    Task ScheduleAsync(Reminder reminder, CancellationToken cancellationToken);

    /// <summary>Removes and returns up to <paramref name="max"/> reminders due at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Reminder>> ClaimDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Cancels every reminder in an index (<see cref="Reminder.ConversationIndex"/>, <see cref="Reminder.UserIndex"/>); returns how many.</summary>
    Task<int> CancelAsync(string index, CancellationToken cancellationToken);
}
