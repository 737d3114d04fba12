using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Tests.Model;

/// <summary>Keeps every activity a turn sends, in order, and answers with ids as the Connector would (201 { id }).</summary>
internal sealed class RecordingSender : IReplySender
{
    private readonly List<Activity> _sent = [];
    private int _next;

    public IReadOnlyList<Activity> Activities
    {
        get { lock (_sent) { return [.. _sent]; } }
    }

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            _sent.Add(activity);
            return Task.FromResult(new ResourceResponse($"sent-{++_next}"));
        }
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) => SendAsync(activity, cancellationToken);

    public Task DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;
}
