using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Practice.Skills;

/// <summary>
/// Terms a patient or family member is unlikely to know. A term followed by an explanation in the same sentence
/// ("..., which means ...") does not count: explaining it is exactly what we want the learner to do.
/// </summary>
internal static class JargonRules
{
    private static readonly Regex Words = new(
        @"\b(progression|metasta\w*|mets|hepatic|intubat\w*|extubat\w*|sats|pressors?|vasopressors?|lactate|anoxic|ejection fraction|adenocarcinoma|carcinoma|lesions?|malignan\w*|comfort measures only|creatinine|effusions?|refractory|septic shock|code status|full code|titrate|dyspn\w+|encephalopath\w*|trach|second-line|hemodynamic\w*|ascites|infiltrates|mortality|fistula|arrhythmias?|defibrillation|mechanical ventilation|inotropes?|cardiorenal|infarct|aphasic|hemiplegic|burst suppression|troponin|evoked potentials|neuroprognostication|regurgitation|pulmonary hypertension|renal)\b",
        SkillRule.Options, TimeSpan.FromSeconds(1));

    private static readonly Regex Acronyms = new(
        @"\b(DNR|DNI|PEG|PET|GFR|GCS|EEG|ECMO|LVAD|LTACH|MCA|NSTEMI|PE|ECOG|CA 19-9)\b",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Explained = new(
        @"\b(which means|that means|means that|in other words|meaning|is when|is a)\b", SkillRule.Options, TimeSpan.FromSeconds(1));

    public static IEnumerable<Detection> Find(IReadOnlyList<string> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (Explained.IsMatch(sentence))
            {
                continue;
            }

            var match = Words.Match(sentence);
            if (!match.Success)
            {
                match = Acronyms.Match(sentence);
            }

            if (match.Success)
            {
                yield return new Detection(Skill.Jargon, match.Value, "unexplained term");
            }
        }
    }

    public static int Count(string text) => Words.Matches(text).Count + Acronyms.Matches(text).Count;
}
