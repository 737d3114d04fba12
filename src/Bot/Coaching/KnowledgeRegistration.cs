using CpcCoach.Bot.Health;
using CpcCoach.Knowledge;
using CpcCoach.Knowledge.Answers;
using CpcCoach.Knowledge.Routing;
using CpcCoach.Knowledge.Safety;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using System.Diagnostics;

namespace CpcCoach.Bot.Coaching;

public static class KnowledgeRegistration
{
    /// <summary>
    /// The knowledge base, loaded and validated when the host starts: a broken entry file stops the app with the
    /// validator's message (file, line, fix). Readiness reports it loaded.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration("Knowledge").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => KnowledgeStartup.Load(sp));
        services.TryAddSingleton<SafetyClassifier>();
        services.TryAddSingleton<Router>();
        services.TryAddSingleton<MessageRouter>();
        services.TryAddSingleton<AnswerComposer>();
        services.AddHostedService<KnowledgeStartup>();
        services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge", tags: [HealthRegistration.ReadyTag]);
        return services;
    }
}

/// <summary>Forces the load at startup rather than on the first message, so broken content fails fast.</summary>
internal sealed class KnowledgeStartup(KnowledgeBase knowledge, SafetyClassifier safety) : IHostedService
{
    // Being constructed is the point: resolving the knowledge base loads and validates it before traffic arrives, and
    // resolving the classifier compiles its patterns, so no user's first message pays for either.
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (knowledge.Entries.Count == 0)
        {
            throw new InvalidOperationException("The knowledge base is empty.");
        }

        safety.Classify(string.Empty);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static KnowledgeBase Load(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        var logger = services.GetRequiredService<ILogger<KnowledgeStartup>>();
        var started = Stopwatch.GetTimestamp();
        var knowledge = KnowledgeBase.Load(options.ContentPath);
        Log.KnowledgeLoaded(logger, knowledge.Entries.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds, !string.IsNullOrWhiteSpace(options.ContentPath));
        return knowledge;
    }
}
