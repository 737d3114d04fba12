namespace CpcCoach.Bot.Proactive;

/// <summary>The schedule in process memory: one instance only, lost on restart. Used when <c>State:Redis</c> is empty.</summary>
internal sealed class MemoryReminderStore : IReminderStore
{
    private readonly Dictionary<string, Reminder> _reminders = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task ScheduleAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _reminders[reminder.Id] = reminder;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Reminder>> ClaimDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var due = _reminders.Values.Where(r => r.DueAt <= now).OrderBy(r => r.DueAt).Take(max).ToList();
            foreach (var reminder in due)
            {
                _reminders.Remove(reminder.Id);
            }

            return Task.FromResult<IReadOnlyList<Reminder>>(due);
        }
    }

    public Task<int> CancelAsync(string index, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var ids = _reminders.Values.Where(r => r.ConversationIndex == index || r.UserIndex == index).Select(r => r.Id).ToList();
            ids.ForEach(id => _reminders.Remove(id));
            return Task.FromResult(ids.Count);
        }
    }
}
