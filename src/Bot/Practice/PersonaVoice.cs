using System.Globalization;
using CpcCoach.Bot.Model;
using CpcCoach.Knowledge.Practice.Roleplay;
using CpcCoach.Knowledge.Practice.Scenarios;
using CpcCoach.Knowledge.Practice.Skills;

namespace CpcCoach.Bot.Practice;

/// <summary>
/// Model mode: the scripted state machine still decides each persona's emotion and kind of line; the model only
/// rephrases the line in character, inside the scenario's facts. A reply the skill detector flags (jargon, a data
/// dump), one that is too long, or any model failure falls back to the scripted line.
/// </summary>
public sealed class PersonaVoice(IChatModel model, ILogger<PersonaVoice> logger)
{
    /// <summary>Personas speak briefly, as people do; a longer reply is a model going off script.</summary>
    private const int MaxWords = 70;

    public bool Enabled => model.IsAvailable;

    public async Task<PersonaReply> SpeakAsync(Scenario scenario, Persona persona, PersonaState state, PersonaReply scripted, string learner, CancellationToken cancellationToken)
    {
        if (!model.IsAvailable)
        {
            return scripted;
        }

        try
        {
            var reply = await model.CompleteAsync(Prompt(scenario, persona, state, scripted, learner), cancellationToken).ConfigureAwait(false);
            var text = reply.Text.Trim().Trim('"');
            var skills = SkillDetector.Detect(text);
            if (text.Length == 0 || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords || skills.Has(Skill.Jargon) || skills.Has(Skill.InfoDump))
            {
                Log.PersonaLineRejected(logger, scenario.Id);
                return scripted;
            }

            return scripted with { Text = text };
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.PersonaModelFailed(logger, ex, scenario.Id);
            return scripted;
        }
    }

    internal static ModelPrompt Prompt(Scenario scenario, Persona persona, PersonaState state, PersonaReply scripted, string learner) => new(
        string.Create(CultureInfo.InvariantCulture, $"""
            You are role-playing {persona.Name} ({persona.Role}) for a clinician practising a serious-illness conversation.
            Situation: {scenario.Context}
            What you know: {persona.Knows}
            What you fear: {persona.Fears}
            What you hope: {persona.Hopes}
            Your emotion: {persona.Emotion}, intensity {state.Intensity} of 3 (2 or more: you cannot take in facts yet).
            This turn you respond as: {scripted.Kind}. Say something with the same meaning as: "{scripted.Text}"
            Rules: stay in character; one to three short sentences; plain words, no medical terms; never give medical
            advice; never coach the clinician; do not calm down more than the intensity says; no new medical facts.
            """),
        "<clinician>" + learner + "</clinician>");
}
