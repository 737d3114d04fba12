using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Safety;

/// <summary>
/// Reads an already redacted message for out-of-scope requests, clinician distress and self-harm. Deterministic:
/// every signal comes from a named rule in <see cref="SafetyRule.All"/>, and quoted speech never counts as the
/// clinician's own voice ("pt keeps saying 'I want to die'" is a communication question, not a crisis). A scope rule
/// yields to a communication question as its <see cref="Yield"/> says, so "how do I bring up the PEG with the daughter"
/// is coached while "should we place a PEG?" is declined.
/// </summary>
public sealed class SafetyClassifier
{
    static SafetyClassifier() => LinearFallback.WarmUp(
        [Gate.Current, .. Patterns],
        "should we stop the morphine drip? how do I tell his daughter, she keeps crying and I can't stop thinking about it");

    /// <summary>
    /// Whether any rule matches at all: when not, the rules are not run one by one. Rebuilt once its automaton has
    /// grown by 32 MB, which text it has met before never adds to.
    /// </summary>
    internal static RuleGate Gate { get; } = new([.. SafetyRule.All.Select(rule => rule.Pattern)], rebuildAfterBytes: 32 << 20);

    /// <summary>Every pattern a classification can run: the rules' and the guards that decide how a rule counts.</summary>
    internal static IReadOnlyList<Regex> Patterns { get; } =
    [
        .. SafetyRule.All.Select(rule => rule.Pattern),
        ScopePatterns.CommunicationFrame(), ScopePatterns.CommunicationAsk(), ScopePatterns.ReportedQuestion(),
        VoicePatterns.ReportedSpeech(), VoicePatterns.FirstPerson(), VoicePatterns.OtherSubjectBefore(),
    ];

    /// <summary>Classifies a message that has already been through <see cref="PhiRedactor"/>.</summary>
    public SafetySignals Classify(string redactedText) => Explain(redactedText).Signals;

    /// <summary>The signals and the names of the rules that produced them, for tests and diagnostics.</summary>
    internal SafetyExplanation Explain(string redactedText)
    {
        ArgumentNullException.ThrowIfNull(redactedText);
        var text = VoicePatterns.Quoted().Replace(redactedText.Replace('’', '\''), " ");
        if (!Gate.IsMatch(text))
        {
            return new SafetyExplanation(new SafetySignals(ScopeConcern.None, false, false), [], text);
        }

        // Read only when a rule that yields to any talk has to ask.
        bool? talking = null;
        var concern = ScopeConcern.None;
        bool distress = false, selfHarm = false;
        var fired = new List<string>();
        foreach (var rule in SafetyRule.All)
        {
            var hit = rule.IsVoice
                ? InOwnVoice(rule.Pattern, text)
                : rule.Yield switch
                {
                    Yield.Never => LinearFallback.IsMatch(rule.Pattern, text),
                    Yield.ToAskInSentence => AskedOutright(rule.Pattern, text),
                    _ => !(talking ??= AsksHowToTalk(text)) && LinearFallback.IsMatch(rule.Pattern, text),
                };
            if (!hit)
            {
                continue;
            }

            fired.Add(rule.Name);
            distress |= rule.Signal is SafetySignal.Distress or SafetySignal.SelfHarm;
            selfHarm |= rule.Signal == SafetySignal.SelfHarm;
            if (concern == ScopeConcern.None && !rule.IsVoice)
            {
                concern = ToConcern(rule.Signal);
            }
        }

        return new SafetyExplanation(new SafetySignals(concern, distress, selfHarm), fired, text);
    }

    /// <summary>The message asks how to say or handle something, anywhere in it: weak scope rules stand down.</summary>
    internal static bool AsksHowToTalk(string text) =>
        LinearFallback.IsMatch(ScopePatterns.CommunicationFrame(), text) || LinearFallback.IsMatch(ScopePatterns.CommunicationAsk(), text);

    /// <summary>
    /// True when some match is the clinician asking it outright: its sentence, up to the end of the match, neither asks
    /// how to talk about it nor reports someone else asking it.
    /// </summary>
    private static bool AskedOutright(Regex pattern, string text)
    {
        // Usually nothing matches: IsMatch answers that without building a match collection.
        if (!LinearFallback.IsMatch(pattern, text))
        {
            return false;
        }

        foreach (var m in LinearFallback.Matches(pattern, text))
        {
            var sentenceStart = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, m.Index - 1)) + 1;
            var lead = text[Math.Min(sentenceStart, m.Index)..(m.Index + m.Length)];
            if (!LinearFallback.IsMatch(ScopePatterns.CommunicationAsk(), lead) && !LinearFallback.IsMatch(ScopePatterns.ReportedQuestion(), lead))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some match is the clinician speaking, not someone they are quoting or describing.</summary>
    private static bool InOwnVoice(Regex pattern, string text)
    {
        // Usually nothing matches: IsMatch answers that without building a match collection.
        if (!LinearFallback.IsMatch(pattern, text))
        {
            return false;
        }

        foreach (var m in LinearFallback.Matches(pattern, text))
        {
            var sentenceStart = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, m.Index - 1)) + 1;
            var prefix = text[Math.Min(sentenceStart, m.Index)..m.Index];
            var reported = LinearFallback.IsMatch(VoicePatterns.ReportedSpeech(), prefix);
            var otherSubject = !LinearFallback.IsMatch(VoicePatterns.FirstPerson(), m.Value) && LinearFallback.IsMatch(VoicePatterns.OtherSubjectBefore(), prefix);
            if (!reported && !otherSubject)
            {
                return true;
            }
        }

        return false;
    }

    private static ScopeConcern ToConcern(SafetySignal signal) => signal switch
    {
        SafetySignal.Dosing => ScopeConcern.Dosing,
        SafetySignal.Orders => ScopeConcern.Orders,
        SafetySignal.PatientPrognosis => ScopeConcern.PatientPrognosis,
        SafetySignal.ClinicalDecision => ScopeConcern.ClinicalDecision,
        SafetySignal.Legal => ScopeConcern.Legal,
        _ => ScopeConcern.None,
    };
}

/// <summary>Why the classifier decided what it did: the rules that fired, and whether the message asks how to talk.</summary>
/// <param name="Text">The message as the rules read it (quotes removed).</param>
internal sealed record SafetyExplanation(SafetySignals Signals, IReadOnlyList<string> Rules, string Text)
{
    public bool CommunicationFrame => SafetyClassifier.AsksHowToTalk(Text);
}
