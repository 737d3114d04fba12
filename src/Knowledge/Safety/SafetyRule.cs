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

/// <summary>
/// One named, explainable rule. A weak scope rule stands down when the message asks how to talk about the topic
/// ("how do I explain the DNR order to the son"); a strong one fires anyway. Voice rules (distress, self-harm)
/// fire only in the clinician's own voice.
/// </summary>
internal sealed record SafetyRule(string Name, SafetySignal Signal, bool Strong, Regex Pattern)
{
    public bool IsVoice => Signal is SafetySignal.Distress or SafetySignal.SelfHarm;

    /// <summary>Every rule, in priority order within each signal. The classifier reports the names that fired.</summary>
    public static IReadOnlyList<SafetyRule> All { get; } =
    [
        new("dosing.dose_question", SafetySignal.Dosing, true, ScopePatterns.DoseQuestion()),
        new("dosing.max_dose", SafetySignal.Dosing, true, ScopePatterns.MaxDose()),
        new("dosing.titrate_convert_taper", SafetySignal.Dosing, true, ScopePatterns.Titrate()),
        new("dosing.drip_rate", SafetySignal.Dosing, true, ScopePatterns.DripRate()),
        new("dosing.give_drug", SafetySignal.Dosing, false, ScopePatterns.GiveDrug()),
        new("dosing.dose_mention", SafetySignal.Dosing, false, ScopePatterns.DoseMention()),
        new("orders.write_orders", SafetySignal.Orders, true, ScopePatterns.WriteOrders()),
        new("orders.code_status_order", SafetySignal.Orders, false, ScopePatterns.CodeStatusOrder()),
        new("prognosis.from_data", SafetySignal.PatientPrognosis, true, ScopePatterns.PrognosisFromData()),
        new("prognosis.patient_odds", SafetySignal.PatientPrognosis, false, ScopePatterns.PatientOdds()),
        new("decision.now_or_wait", SafetySignal.ClinicalDecision, true, ScopePatterns.NowOrWait()),
        new("decision.should_we", SafetySignal.ClinicalDecision, false, ScopePatterns.ShouldWe()),
        new("decision.decide_for_us", SafetySignal.ClinicalDecision, false, ScopePatterns.DecideForUs()),
        new("legal.overrides_proxy", SafetySignal.Legal, true, ScopePatterns.OverridesProxy()),
        new("legal.billing", SafetySignal.Legal, true, ScopePatterns.Billing()),
        new("legal.question", SafetySignal.Legal, false, ScopePatterns.LegalQuestion()),
        new("distress.cant_stop", SafetySignal.Distress, true, VoicePatterns.CantStop()),
        new("distress.after_death", SafetySignal.Distress, true, VoicePatterns.AfterDeath()),
        new("distress.crying", SafetySignal.Distress, true, VoicePatterns.Crying()),
        new("distress.burnout", SafetySignal.Distress, true, VoicePatterns.Burnout()),
        new("distress.guilt", SafetySignal.Distress, true, VoicePatterns.Guilt()),
        new("distress.not_okay", SafetySignal.Distress, true, VoicePatterns.NotOkay()),
        new("self_harm.not_be_here", SafetySignal.SelfHarm, true, VoicePatterns.NotBeHere()),
        new("self_harm.end_it", SafetySignal.SelfHarm, true, VoicePatterns.EndIt()),
        new("self_harm.suicidal", SafetySignal.SelfHarm, true, VoicePatterns.Suicidal()),
        new("self_harm.no_point", SafetySignal.SelfHarm, true, VoicePatterns.NoPoint()),
    ];
}
