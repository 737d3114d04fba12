using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Safety;

/// <summary>What a rule signals when it fires.</summary>
internal enum SafetySignal
{
    Dosing,
    Orders,
    PatientPrognosis,
    ClinicalDecision,
    Legal,
    Distress,
    SelfHarm,
}

/// <summary>When a scope rule gives way to a communication question instead of firing.</summary>
internal enum Yield
{
    /// <summary>Never: a dose, a conversion or an order set is declined even inside "how do I tell the family...".</summary>
    Never,

    /// <summary>
    /// Only to its own sentence, up to the match: "how do I bring up whether to place a PEG" or "the son keeps asking
    /// whether we should place a PEG" are communication questions; "should we place a PEG? family is asking me" asks
    /// the decision itself.
    /// </summary>
    ToAskInSentence,

    /// <summary>To any mention of talking in the message: the words name a topic more often than they ask for a decision.</summary>
    ToAnyTalk,
}

/// <summary>
/// One named, explainable rule. Scope rules yield to a communication question as their <see cref="Yield"/> says;
/// voice rules (distress, self-harm) fire only in the clinician's own voice.
/// </summary>
internal sealed record SafetyRule(string Name, SafetySignal Signal, Yield Yield, Regex Pattern)
{
    public bool IsVoice => Signal is SafetySignal.Distress or SafetySignal.SelfHarm;

    /// <summary>Every rule, in priority order within each signal. The classifier reports the names that fired.</summary>
    public static IReadOnlyList<SafetyRule> All { get; } =
    [
        new("dosing.dose_question", SafetySignal.Dosing, Yield.ToAskInSentence, ScopePatterns.DoseQuestion()),
        new("dosing.max_dose", SafetySignal.Dosing, Yield.Never, ScopePatterns.MaxDose()),
        new("dosing.titrate_convert_taper", SafetySignal.Dosing, Yield.Never, ScopePatterns.Titrate()),
        new("dosing.conversion", SafetySignal.Dosing, Yield.Never, ScopePatterns.Conversion()),
        new("dosing.drip_rate", SafetySignal.Dosing, Yield.Never, ScopePatterns.DripRate()),
        new("dosing.switch_drug", SafetySignal.Dosing, Yield.ToAskInSentence, ScopePatterns.SwitchDrug()),
        new("dosing.equivalent_dose", SafetySignal.Dosing, Yield.Never, ScopePatterns.EquivalentDose()),
        new("dosing.give_drug", SafetySignal.Dosing, Yield.ToAskInSentence, ScopePatterns.GiveDrug()),
        new("dosing.drug_choice", SafetySignal.Dosing, Yield.ToAskInSentence, ScopePatterns.DrugChoice()),
        new("dosing.drug_versus", SafetySignal.Dosing, Yield.ToAskInSentence, ScopePatterns.DrugVersus()),
        new("dosing.deprescribe", SafetySignal.Dosing, Yield.ToAskInSentence, ScopePatterns.Deprescribe()),
        new("dosing.dose_mention", SafetySignal.Dosing, Yield.ToAnyTalk, ScopePatterns.DoseMention()),
        new("orders.write_orders", SafetySignal.Orders, Yield.Never, ScopePatterns.WriteOrders()),
        new("orders.set_code_status", SafetySignal.Orders, Yield.ToAskInSentence, ScopePatterns.SetCodeStatus()),
        new("orders.code_status_order", SafetySignal.Orders, Yield.ToAnyTalk, ScopePatterns.CodeStatusOrder()),
        new("prognosis.from_data", SafetySignal.PatientPrognosis, Yield.ToAskInSentence, ScopePatterns.PrognosisFromData()),
        new("prognosis.estimate", SafetySignal.PatientPrognosis, Yield.ToAskInSentence, ScopePatterns.PrognosisEstimate()),
        new("prognosis.patient_odds", SafetySignal.PatientPrognosis, Yield.ToAskInSentence, ScopePatterns.PatientOdds()),
        new("prognosis.patient_outcome", SafetySignal.PatientPrognosis, Yield.ToAskInSentence, ScopePatterns.PatientOutcome()),
        new("decision.now_or_wait", SafetySignal.ClinicalDecision, Yield.Never, ScopePatterns.NowOrWait()),
        new("decision.should_we", SafetySignal.ClinicalDecision, Yield.ToAskInSentence, ScopePatterns.ShouldWe()),
        new("decision.asked_outright", SafetySignal.ClinicalDecision, Yield.ToAskInSentence, ScopePatterns.DecisionAsked()),
        new("decision.decide_for_us", SafetySignal.ClinicalDecision, Yield.ToAskInSentence, ScopePatterns.DecideForUs()),
        new("decision.named_choice", SafetySignal.ClinicalDecision, Yield.ToAnyTalk, ScopePatterns.DecisionTopic()),
        new("legal.overrides_proxy", SafetySignal.Legal, Yield.Never, ScopePatterns.OverridesProxy()),
        new("legal.billing", SafetySignal.Legal, Yield.Never, ScopePatterns.Billing()),
        new("legal.question", SafetySignal.Legal, Yield.ToAnyTalk, ScopePatterns.LegalQuestion()),
        new("distress.cant_stop", SafetySignal.Distress, Yield.Never, VoicePatterns.CantStop()),
        new("distress.after_death", SafetySignal.Distress, Yield.Never, VoicePatterns.AfterDeath()),
        new("distress.crying", SafetySignal.Distress, Yield.Never, VoicePatterns.Crying()),
        new("distress.burnout", SafetySignal.Distress, Yield.Never, VoicePatterns.Burnout()),
        new("distress.guilt", SafetySignal.Distress, Yield.Never, VoicePatterns.Guilt()),
        new("distress.not_okay", SafetySignal.Distress, Yield.Never, VoicePatterns.NotOkay()),
        new("self_harm.not_be_here", SafetySignal.SelfHarm, Yield.Never, VoicePatterns.NotBeHere()),
        new("self_harm.end_it", SafetySignal.SelfHarm, Yield.Never, VoicePatterns.EndIt()),
        new("self_harm.suicidal", SafetySignal.SelfHarm, Yield.Never, VoicePatterns.Suicidal()),
        new("self_harm.no_point", SafetySignal.SelfHarm, Yield.Never, VoicePatterns.NoPoint()),
    ];
}
