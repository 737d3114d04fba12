namespace CpcCoach.Knowledge.Safety;

/// <summary>What the safety rules saw in one (already redacted) message.</summary>
/// <param name="Concern">The out-of-scope part to decline, or <see cref="ScopeConcern.None"/>.</param>
/// <param name="Distress">The clinician is voicing their own distress (grief, guilt, burnout, moral distress).</param>
/// <param name="SelfHarmRisk">
/// The clinician voices self-harm or hopelessness about their own life. Crisis resources come first.
/// Always implies <paramref name="Distress"/>. A patient's wish to die or to stop treatment is not this signal.
/// </param>
public sealed record SafetySignals(ScopeConcern Concern, bool Distress, bool SelfHarmRisk);
