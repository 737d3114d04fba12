using CpcCoach.Bot.Coaching;
using CpcCoach.Bot.Feedback;

namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// At startup: loads and validates every flow file (a broken one stops the app, naming file, line and fix),
/// and registers Teams' feedback invoke with the coaching invoke handlers.
/// </summary>
internal sealed class DialogStartup(FlowLibrary flows, InvokeHandlers invokes, ILogger<DialogStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.FlowsLoaded(logger, flows.All.Count());
        invokes.Add(TeamsFeedbackInvoke.Name, TeamsFeedbackInvoke.HandleAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
