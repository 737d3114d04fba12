using System.Text;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge;
using CpcCoach.Knowledge.Answers;
using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Routing;
using CpcCoach.Knowledge.Safety;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Model;

/// <summary>
/// Sends the reply to a composed answer: a model answer grounded in the retrieved entries when a model is configured
/// and the question is a coaching one, otherwise (and on any failure, timeout or unsafe output) the deterministic
/// reply, with no error text. The message handler calls this where it would send the deterministic reply.
/// </summary>
public sealed class GroundedAnswerer(
    IChatModel model,
    KnowledgeBase knowledge,
    PhiRedactor redactor,
    SafetyClassifier safety,
    IOptions<ModelOptions> options,
    TimeProvider time,
    ILogger<GroundedAnswerer> logger)
{
    /// <summary>Intents whose answer is a tip the model may rephrase; safety notices, help and declines stay deterministic.</summary>
    private static readonly HashSet<string> Rephrasable =
        [Intents.QuickTip, Intents.PrepareConversation, Intents.RespondToEmotion, Intents.Debrief];

    public bool Applies(Answer answer) =>
        model.IsAvailable && Rephrasable.Contains(answer.Intent) && answer.Entries.Count > 0
        && answer.Notices.Count == 0 && !answer.Unanswered && !answer.ShowHelp;

    public async Task SendAsync(TurnContext turn, Answer answer, IReadOnlyList<Activity> deterministic, CancellationToken cancellationToken)
    {
        if (!Applies(answer))
        {
            await SendAllAsync(turn, deterministic, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Defence in depth: the redaction middleware ran first, but nothing reaches a model unredacted or out of scope.
        var text = redactor.Redact(turn.Activity.Text ?? string.Empty).Text;
        if (safety.Classify(text) is not { Concern: ScopeConcern.None, SelfHarmRisk: false })
        {
            await SendAllAsync(turn, deterministic, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var settings = options.Value;
        var entries = Entries(answer, text, settings.MaxEntries);
        var prompt = GroundedPrompt.Build(entries, text);
        Log.ModelPromptTrace(logger, turn.Activity.Conversation?.Id, prompt.User);

        using var budget = new CancellationTokenSource(settings.TurnBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        var stream = TeamsStream.Applies(turn.Activity, settings) ? new TeamsStream(turn, time, settings.StreamInterval) : null;
        var started = time.GetTimestamp();
        string? reply = null;
        try
        {
            reply = stream is not null && await stream.StartAsync(cancellationToken).ConfigureAwait(false)
                ? await StreamAsync(turn, stream, prompt, linked.Token).ConfigureAwait(false)
                : await CompleteAsync(turn, prompt, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.ModelFailed(logger, turn.Activity.Conversation?.Id, budget.IsCancellationRequested ? "turn budget" : ex.GetType().Name);
        }
        finally
        {
            turn.Facts.ModelLatencyMs += time.GetElapsedTime(started).TotalMilliseconds;
        }

        var activity = reply is null ? null : Accept(turn, reply, entries, deterministic);
        if (activity is null)
        {
            await SendAllAsync(turn, deterministic, stream, cancellationToken).ConfigureAwait(false);
            return;
        }

        Log.ModelAnswered(logger, turn.Activity.Conversation?.Id, turn.Facts.ModelPromptTokens, turn.Facts.ModelCompletionTokens, turn.Facts.ModelLatencyMs, stream?.StreamId is not null);
        await turn.SendAsync(stream?.Final(activity) ?? activity, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> CompleteAsync(TurnContext turn, ModelPrompt prompt, CancellationToken cancellationToken)
    {
        if (!turn.Activity.ExpectsReplies)
        {
            // Web Chat and group chats: show typing while the model works (expectReplies returns only the answer).
            await turn.SendAsync(ActivityFactory.Typing(), cancellationToken).ConfigureAwait(false);
        }

        var reply = await model.CompleteAsync(prompt, cancellationToken).ConfigureAwait(false);
        Count(turn, reply.PromptTokens, reply.CompletionTokens);
        return reply.Text;
    }

    private async Task<string?> StreamAsync(TurnContext turn, TeamsStream stream, ModelPrompt prompt, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        await foreach (var update in model.StreamAsync(prompt, cancellationToken).ConfigureAwait(false))
        {
            Count(turn, update.PromptTokens, update.CompletionTokens);
            text.Append(update.Text);
            var current = text.ToString();
            if (OutputGuard.Unsafe(current) is not null)
            {
                // Stop reading: nothing more of this answer will be shown; Accept reports the reason.
                return current;
            }

            // The NOT_COVERED marker is ours, not the user's: never stream it.
            var lead = current.TrimStart();
            if (!GroundedPrompt.NotCovered.StartsWith(lead, StringComparison.Ordinal) && !lead.StartsWith(GroundedPrompt.NotCovered, StringComparison.Ordinal))
            {
                await stream.UpdateAsync(current, cancellationToken).ConfigureAwait(false);
            }
        }

        return text.ToString();
    }

    private Activity? Accept(TurnContext turn, string reply, IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<Activity> deterministic)
    {
        var text = reply.Trim();
        if (text.StartsWith(GroundedPrompt.NotCovered, StringComparison.Ordinal))
        {
            text = ModelReplies.NotCovered(entries[0]);
        }

        if (OutputGuard.Rejected(text, entries.Count) is { } reason)
        {
            Log.ModelFellBack(logger, turn.Activity.Conversation?.Id, reason);
            return null;
        }

        var template = deterministic.LastOrDefault(a => a.Type == ActivityTypes.Message);
        return ModelReplies.Build(text, entries, template, turn.Activity.ChannelId);
    }

    private IReadOnlyList<KnowledgeEntry> Entries(Answer answer, string text, int max)
    {
        var hits = knowledge.Index.Search(text, max).Where(h => h.Relative >= 0.5).Select(h => h.Entry);
        return [.. answer.Entries.Concat(hits).DistinctBy(e => e.Id).Take(max)];
    }

    private static void Count(TurnContext turn, int promptTokens, int completionTokens)
    {
        turn.Facts.ModelPromptTokens += promptTokens;
        turn.Facts.ModelCompletionTokens += completionTokens;
    }

    /// <summary>The deterministic reply; when a stream was opened, its last message closes it.</summary>
    private static async Task SendAllAsync(TurnContext turn, IReadOnlyList<Activity> activities, TeamsStream? stream, CancellationToken cancellationToken)
    {
        var closer = stream?.StreamId is null ? -1 : activities.Select((a, i) => (a, i)).LastOrDefault(x => x.a.Type == ActivityTypes.Message, (null!, -1)).Item2;
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = i == closer ? stream!.Final(activities[i]) : activities[i];
            await turn.SendAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }
}
