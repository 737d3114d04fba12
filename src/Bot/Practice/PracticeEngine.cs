using System.Globalization;
using System.Text;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using CpcCoach.Bot.Usage;
using CpcCoach.Knowledge.Practice.Roleplay;
using CpcCoach.Knowledge.Practice.Scenarios;
using CpcCoach.Knowledge.Practice.Scoring;
using CpcCoach.Knowledge.Practice.Skills;

namespace CpcCoach.Bot.Practice;

/// <summary>Runs one practice turn: start, a line to the personas, hint, time-out, replay, or stop with feedback.</summary>
public sealed class PracticeEngine(
    ScenarioLibrary library, FeedbackBuilder feedback, PersonaVoice voice, PracticeStore store, Pseudonymizer pseudonymizer,
    OptOuts optOuts, TimeProvider time, ILogger<PracticeEngine> logger)
{
    /// <summary>
    /// Usage flow ids of practice are "practice.{scenario}": flow ids must be key-shaped (no colon) or the usage
    /// sanitizer drops them, and insights count completed sessions from these flows.
    /// </summary>
    public const string FlowPrefix = "practice.";

    public async Task<PracticeSession> StartAsync(TurnContext turn, Scenario scenario, Difficulty difficulty, CancellationToken cancellationToken)
    {
        Log.PracticeEvent(logger, "started", turn.Activity.Conversation?.Id, scenario.Id);
        turn.Facts.Flow = FlowPrefix + scenario.Id;
        turn.Facts.FlowEvent = "started";
        turn.Facts.Frameworks = scenario.Frameworks;
        var intro = $"**{scenario.Title}** ({difficulty.ToString().ToLowerInvariant()})\n\n{scenario.Context}\n\n" +
            "You're on. Type **hint**, **time out**, **replay** or **stop** at any time.";
        await turn.SendAsync(ActivityFactory.Message(intro), cancellationToken).ConfigureAwait(false);
        await SendRepliesAsync(turn, ScriptedPersonas.Opening(scenario), cancellationToken).ConfigureAwait(false);
        return new PracticeSession(scenario.Id, difficulty, ScriptedPersonas.Start(scenario, difficulty));
    }

    public async Task<PracticeSession> ContinueAsync(TurnContext turn, PracticeSession session, string text, CancellationToken cancellationToken)
    {
        var scenario = library.Find(session.ScenarioId)!;
        if (PracticeCommands.IsStop(text)) return await FinishAsync(turn, scenario, session, cancellationToken).ConfigureAwait(false);
        if (PracticeCommands.IsReplay(text)) return await ReplayAsync(turn, scenario, session, cancellationToken).ConfigureAwait(false);
        if (PracticeCommands.IsHint(text) || PracticeCommands.IsTimeOut(text))
        {
            await turn.SendAsync(ActivityFactory.Message(Coaching(scenario, session, timeOut: PracticeCommands.IsTimeOut(text))), cancellationToken).ConfigureAwait(false);
            return session;
        }

        var skills = SkillDetector.Detect(text);
        var blocking = session.State.Personas.Any(p => p.Intensity >= RoleplayState.Blocking);
        var (state, scripted) = ScriptedPersonas.Respond(scenario, session.State, text, skills, session.Difficulty);
        var replies = new List<PersonaReply>();
        foreach (var reply in scripted)
        {
            replies.Add(voice.Enabled
                ? await voice.SpeakAsync(scenario, scenario.Persona(reply.PersonaId), state.Of(reply.PersonaId), reply, text, cancellationToken).ConfigureAwait(false)
                : reply);
        }

        await SendRepliesAsync(turn, replies, cancellationToken).ConfigureAwait(false);
        return session with { State = state, Turns = [.. session.Turns, new SessionTurn(text, replies, blocking, session.State)] };
    }

    public async Task<PracticeSession> ReplayAsync(TurnContext turn, Scenario scenario, PracticeSession session, CancellationToken cancellationToken)
    {
        var from = session.Finished ? session.ReplayFrom ?? 0 : session.Turns.Count - 1;
        if (from < 0 || session.Turns.Count == 0)
        {
            await turn.SendTextAsync("Nothing to replay yet: say your first line.", cancellationToken).ConfigureAwait(false);
            return session;
        }

        var kept = session.Turns.Take(from).ToList();
        await turn.SendTextAsync($"Replaying from your line: \"{session.Turns[from].Learner}\". Try it another way.", cancellationToken).ConfigureAwait(false);
        await SendRepliesAsync(turn, kept.Count > 0 ? kept[^1].Replies : ScriptedPersonas.Opening(scenario), cancellationToken).ConfigureAwait(false);
        return session with { State = session.Turns[from].Before, Turns = kept, Finished = false, ReplayFrom = null };
    }

    public async Task<PracticeSession> FinishAsync(TurnContext turn, Scenario scenario, PracticeSession session, CancellationToken cancellationToken)
    {
        var turns = session.Turns.Select(t => new PracticeTurn(t.Learner, SkillDetector.Detect(t.Learner), t.Replies, t.EmotionWasBlocking)).ToList();
        if (turns.Count == 0)
        {
            await turn.SendTextAsync("Practice ended before your first line, so there's nothing to score. Type **practice** to start again.", cancellationToken).ConfigureAwait(false);
            return session with { Finished = true };
        }

        var user = UsageUser.From(turn.Activity);
        var pseudonym = user is null ? null : pseudonymizer.Current(user);
        var done = pseudonym is null ? [] : (await store.LoadProgressAsync(pseudonym, cancellationToken).ConfigureAwait(false)).Results.Select(r => r.ScenarioId).ToHashSet();
        var result = feedback.Build(scenario, turns, done);
        var next = result.NextScenarioId is { } id ? library.Find(id)?.Title : null;
        await turn.SendAsync(PracticeCards.Feedback(scenario, result, next, AdaptiveCards.SupportsCards(turn.Activity.ChannelId)), cancellationToken).ConfigureAwait(false);
        turn.Facts.Flow = FlowPrefix + scenario.Id;
        turn.Facts.FlowEvent = "completed";
        turn.Facts.EntryIds = [.. result.Strengths.Concat(result.ToTry).Select(p => p.EntryId).Distinct()];
        Log.PracticeEvent(logger, "completed", turn.Activity.Conversation?.Id, scenario.Id);
        if (user is not null && pseudonym is not null)
        {
            // The learner's own history is theirs whatever they chose; educators' aggregates honour "opt out" as usage does.
            await RecordAsync(turn, pseudonym, !optOuts.Contains(pseudonymizer.All(user)), scenario, session, result, cancellationToken).ConfigureAwait(false);
        }

        return session with { Finished = true, ReplayFrom = result.ToTry.FirstOrDefault()?.Turn ?? 0 };
    }

    private async Task RecordAsync(TurnContext turn, string pseudonym, bool forEducators, Scenario scenario, PracticeSession session, PracticeFeedback result, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var items = result.Scores.Where(s => s.Score is { } && !s.Item.IsQualitative()).ToDictionary(s => s.Item.Key(), s => s.Score!.Value);
        try
        {
            await store.RecordAsync(pseudonym, new PracticeResult(scenario.Id, session.Difficulty, hour, result.Points, result.MaxPoints, items), forEducators, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Feedback was already given; a lost progress row must not turn the turn into an apology.
            Log.PracticeProgressFailed(logger, ex, turn.Activity.Conversation?.Id);
        }
    }

    private string Coaching(Scenario scenario, PracticeSession session, bool timeOut)
    {
        var text = new StringBuilder(timeOut ? "**Time out.** " : "**Hint.** ");
        var upset = session.State.Personas.Where(p => p.Intensity >= RoleplayState.Blocking).Select(p => scenario.Persona(p.PersonaId)).ToList();
        var turns = session.Turns.Select(t => new PracticeTurn(t.Learner, SkillDetector.Detect(t.Learner), t.Replies, t.EmotionWasBlocking)).ToList();
        var result = feedback.Build(scenario, turns, []);
        if (upset.Count > 0)
        {
            var nurse = result.ToTry.FirstOrDefault(p => p.Item == RubricItem.Empathy) ?? result.ToTry.FirstOrDefault();
            text.Append(CultureInfo.InvariantCulture, $"{string.Join(" and ", upset.Select(p => p.Name))} still feels strong {upset[0].Emotion}; facts won't land yet. Name or validate the feeling first");
            text.Append(nurse is null ? "." : $", e.g. \"{nurse.Phrasing}\" (entry `{nurse.EntryId}`).");
        }
        else if (result.ToTry.FirstOrDefault() is { } next)
        {
            text.Append(CultureInfo.InvariantCulture, $"Next, work on **{next.Item.Title().ToLowerInvariant()}**, e.g. \"{next.Phrasing}\" (entry `{next.EntryId}`).");
        }
        else
        {
            text.Append("You're on track. Summarise and agree next steps when you're ready.");
        }

        if (timeOut)
        {
            var used = turns.SelectMany(t => t.Skills.Skills).Where(s => s is not Skill.OpenQuestion and not Skill.ClosedQuestion).Distinct().Select(s => s.Key()).ToList();
            text.Append("\n\nSo far you used: ").Append(used.Count == 0 ? "nothing I recognise yet" : string.Join(", ", used))
                .Append(". Objectives: ").Append(string.Join(" ", scenario.Objectives)).Append("\n\nType your next line to carry on.");
        }

        return text.ToString();
    }

    private static async Task SendRepliesAsync(TurnContext turn, IReadOnlyList<PersonaReply> replies, CancellationToken cancellationToken)
    {
        var text = string.Join("\n\n", replies.Select(r => $"**{r.Name}:** {r.Text}"));
        await turn.SendAsync(ActivityFactory.Message(text), cancellationToken).ConfigureAwait(false);
    }
}
