namespace CpcCoach.Knowledge.Safety;

/// <summary>
/// The fixed words the bot uses for safety moments, in our own words. Short and kind: a clinician reads them
/// between patients, and someone in crisis needs the resources before anything else.
/// </summary>
public static class SafetyTexts
{
    /// <summary>Said once per conversation, after identifiers were removed from a message.</summary>
    public static string IdentifierNotice { get; } =
        "I removed what looked like patient identifiers (names, record numbers, dates or contact details) before " +
        "reading your message, and I don't keep them. No need to include them next time — I can help just as well without.";

    /// <summary>
    /// One kind sentence that declines the out-of-scope part, points to the right people, and keeps the door open to the
    /// conversation. Empty for <see cref="ScopeConcern.None"/>.
    /// </summary>
    public static string Decline(ScopeConcern concern) => concern switch
    {
        ScopeConcern.Dosing =>
            "I can't advise on doses or medication changes — your pharmacist, the prescriber on call or your local palliative care team are the right people for that — but I can help you with the conversation around it.",
        ScopeConcern.Orders =>
            "I can't write or suggest orders — those come from the responsible clinician under your local policy, with your palliative care team's help if needed — but I can help you with the conversation and with putting the patient's values into words.",
        ScopeConcern.PatientPrognosis =>
            "I can't estimate survival for a particular patient — that comes from the treating team and validated tools, and your local palliative care team can help — but I can help you talk about uncertainty and time ranges.",
        ScopeConcern.ClinicalDecision =>
            "I can't make that clinical decision — the attending, your local palliative care team or ethics are the right people to weigh it — but I can help you structure the conversation about it.",
        ScopeConcern.Legal =>
            "I can't give legal or billing determinations — they vary by place, so your legal, risk management, compliance or ethics colleagues are the right people — but I can help with how to talk it through.",
        _ => string.Empty,
    };

    /// <summary>Crisis resources, sent first whenever a clinician voices self-harm or hopelessness.</summary>
    public static string CrisisResources { get; } =
        "I'm really glad you told me, and you don't have to carry this alone. If you might act on these thoughts or " +
        "feel unsafe, please call your local emergency number now. In the US you can call or text **988** (Suicide & " +
        "Crisis Lifeline) any time; elsewhere, your local crisis line is there for you. Your Employee Assistance Program, " +
        "clinician health programme or a trusted colleague can also help — please reach out to one of them today.";

    /// <summary>Support for a clinician's own distress: normalising, and pointing to people, not to the bot.</summary>
    public static string SelfCare { get; } =
        "That sounds really hard, and what you're feeling is a normal response to caring about your patients. " +
        "It can help to talk it through with a trusted colleague, your team's debrief or peer support programme, " +
        "and your Employee Assistance Program is there for you too. If you can, take a moment for yourself before the next thing.";
}
