using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Practice.Skills;

/// <summary>
/// Terms a patient or family member is unlikely to know. A term followed straight away by its explanation
/// ("creatinine, which is a blood test...") does not count: explaining it is exactly what we want the learner to do.
/// An explanation only covers the term it follows, so one "which means" does not excuse the rest of a sentence.
/// </summary>
internal static class JargonRules
{
    private static readonly Regex Words = new(
        @"\b(progression|metasta\w*|mets|hepatic|intubat\w*|extubat\w*|sats|pressors?|vasopressors?|lactate|anoxic|ejection fraction|adenocarcinoma|carcinoma|lesions?|malignan\w*|comfort measures only|creatinine|effusions?|refractory|septic shock|code status|full code|titrate|dyspn\w+|encephalopath\w*|trach|(second|third|first)-line|hemodynamic\w*|ascites|infiltrates|mortality|fistula|arrhythmias?|defibrillation|mechanical ventilation|inotropes?|cardiorenal|infarct|aphasic|hemiplegic|burst suppression|troponin|evoked potentials|neuroprognostication|regurgitation|pulmonary hypertension|renal)\b",
        SkillRule.Options, TimeSpan.FromSeconds(1));

    // Greek and Latin endings that mark a clinical word (carcinomatosis, neutropenia, craniectomy, fistulogram).
    private static readonly Regex Morphology = new(
        @"\b(?!(diagnos|prognos|program|diagram|diploma|aroma)\w*\b)\w{3,}(itis|osis|aemia|emia|penia|ectomy|otomy|ostomy|oscopy|plasty|opathy|ogram|oma|omas)\b",
        SkillRule.Options, TimeSpan.FromSeconds(1));

    // Any abbreviation in capitals (eGFR, tPA, DNR/DNI), except the few most patients use themselves.
    private static readonly Regex Acronyms = new(
        @"\b(?!(CT|MRI|ICU|CPR|GP|BP|TV|OK|ER|IV|HIV|DNA|NHS|UK|US|USA|AM|PM|ID|COVID)\b)[a-z]?[A-Z]{2,6}\b",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Explained = new(
        @"^\W*(\w+\W+){0,3}?(which means|that means|means that|means|in other words|meaning|is when|is an?|which is|which are)\b",
        SkillRule.Options, TimeSpan.FromSeconds(1));

    public static IEnumerable<Detection> Find(IReadOnlyList<string> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (Terms(sentence).FirstOrDefault(t => !Explained.IsMatch(sentence[(t.Index + t.Length)..])) is { } term)
            {
                yield return new Detection(Skill.Jargon, term.Value, "unexplained term");
            }
        }
    }

    public static int Count(string text) => Terms(text).Count();

    private static IEnumerable<Match> Terms(string text)
    {
        // A sentence typed all in capitals is shouting, not abbreviations.
        var acronyms = text.Any(char.IsLower) ? Acronyms.Matches(text) : (IEnumerable<Match>)[];
        return Words.Matches(text).Concat(Morphology.Matches(text)).Concat(acronyms)
            .GroupBy(m => m.Index).Select(g => g.First()).OrderBy(m => m.Index);
    }
}
