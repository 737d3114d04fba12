using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Turns;

/// <summary>
/// expectReplies (brief §4): every activity of the turn is kept, in order, and returned in the HTTP
/// response. One buffer per turn, so no batch is lost (pitfall 9).
/// </summary>
internal sealed class BufferingReplySender : IReplySender
{
    private readonly List<Activity> _activities = [];
    private readonly Lock _gate = new();
    private int _next;

    public IReadOnlyList<Activity> Activities
    {
        get { lock (_gate) { return [.. _activities]; } }
    }

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var id = activity.Id ?? $"reply-{++_next}";
            _activities.Add(activity with { Id = id });
            return Task.FromResult(new ResourceResponse(id));
        }
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var index = _activities.FindIndex(a => a.Id == activity.Id);
            if (index >= 0)
            {
                _activities[index] = activity;
            }
            else
            {
                _activities.Add(activity);
            }

            return Task.FromResult(new ResourceResponse(activity.Id));
        }
    }

    public Task DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _activities.RemoveAll(a => a.Id == activityId);
        }

        return Task.CompletedTask;
    }
}
