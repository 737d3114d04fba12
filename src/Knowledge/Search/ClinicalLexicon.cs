using System.Collections.Frozen;

namespace CpcCoach.Knowledge.Search;

/// <summary>
/// Clinical shorthand clinicians type in chat, mapped to the words our entries use. Applied to queries and to
/// indexed text alike, so "GOC", "fam mtg" and "DNR" find entries written in full words.
/// </summary>
public static class ClinicalLexicon
{
    private static readonly FrozenDictionary<string, string> Map = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["goc"] = "goals of care", ["acp"] = "advance care planning", ["eol"] = "end of life",
        ["dnr"] = "do not resuscitate code status", ["dnar"] = "do not attempt resuscitation code status",
        ["dni"] = "do not intubate code status", ["polst"] = "portable medical orders code status",
        ["molst"] = "medical orders life sustaining treatment code status",
        ["allow natural death"] = "code status do not resuscitate", ["full code"] = "code status resuscitation cpr",
        ["code status"] = "resuscitation cpr dnr", ["cpr"] = "resuscitation code status", ["no code"] = "code status dnr",
        ["cmo"] = "comfort measures only comfort care", ["comfort care"] = "comfort measures hospice",
        ["fam"] = "family", ["mtg"] = "meeting", ["fam mtg"] = "family meeting", ["pt"] = "patient", ["pts"] = "patient",
        ["sbo"] = "small bowel obstruction surgery", ["icu"] = "intensive care unit", ["micu"] = "intensive care unit",
        ["sicu"] = "surgical intensive care unit", ["nicu"] = "neonatal intensive care newborn baby pediatric",
        ["picu"] = "pediatric intensive care child", ["peds"] = "pediatric child", ["ped"] = "pediatric child",
        ["peg"] = "feeding tube", ["g tube"] = "feeding tube", ["ng"] = "feeding tube", ["tpn"] = "artificial nutrition",
        ["tx"] = "treatment", ["dx"] = "diagnosis", ["mets"] = "metastatic cancer",
        ["onc"] = "oncology oncologist cancer", ["ca"] = "cancer", ["chemo"] = "chemotherapy cancer treatment",
        ["hcp"] = "health care proxy surrogate", ["poa"] = "power of attorney surrogate", ["dpoa"] = "power of attorney surrogate",
        ["sdm"] = "surrogate decision maker", ["proxy"] = "surrogate decision maker", ["hcpoa"] = "health care power of attorney surrogate",
        ["lep"] = "limited english interpreter", ["asl"] = "sign language interpreter deaf", ["terp"] = "interpreter",
        ["vent"] = "ventilator life support", ["intubation"] = "ventilator life support", ["trach"] = "tracheostomy ventilator",
        ["bipap"] = "noninvasive ventilation", ["ecmo"] = "life support", ["hd"] = "dialysis", ["esrd"] = "kidney failure dialysis",
        ["ckd"] = "kidney disease", ["chf"] = "heart failure", ["hf"] = "heart failure", ["hfref"] = "heart failure",
        ["copd"] = "lung disease", ["als"] = "motor neuron disease", ["tavr"] = "valve procedure surgery",
        ["lvad"] = "heart pump device", ["ed"] = "emergency department", ["er"] = "emergency", ["sw"] = "social worker",
        ["rn"] = "nurse", ["np"] = "nurse practitioner", ["md"] = "doctor", ["doc"] = "doctor", ["attending"] = "doctor",
        ["convo"] = "conversation", ["convos"] = "conversation", ["abt"] = "about", ["w"] = "with", ["w/"] = "with",
        ["w/o"] = "without", ["bc"] = "because", ["prob"] = "probably", ["pls"] = "please", ["plz"] = "please",
        ["yo"] = "year old", ["ltc"] = "long term care nursing home", ["snf"] = "nursing facility",
        ["hosp"] = "hospital", ["palli"] = "palliative", ["pall"] = "palliative", ["pc"] = "palliative care",
        ["rx"] = "medication", ["meds"] = "medication", ["sx"] = "symptoms", ["hx"] = "history", ["bbn"] = "breaking bad news",
        ["sicg"] = "serious illness conversation guide", ["sic"] = "serious illness conversation",
        ["tlt"] = "time limited trial", ["bcwc"] = "best case worst case", ["lst"] = "life sustaining treatment",
        ["wlst"] = "withdraw life sustaining treatment", ["withdrawal"] = "withdraw stop life support",
        ["mom"] = "mother", ["dad"] = "father", ["grandma"] = "grandmother", ["hubby"] = "husband",
        ["ok"] = "okay", ["idk"] = "not sure", ["imo"] = "opinion", ["eap"] = "staff support",
        ["sob"] = "breathless", ["gbm"] = "glioblastoma brain tumor", ["cva"] = "stroke", ["sah"] = "brain bleed",
        ["ams"] = "delirium confusion", ["fx"] = "fracture", ["scan"] = "scan results", ["ct"] = "scan results",
        ["mri"] = "scan results",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The text followed by the expansions of any shorthand it contains; unchanged when there is none.</summary>
    public static string Expand(string text)
    {
        var tokens = Tokens(text);
        List<string>? extra = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i + 1 < tokens.Count && Map.TryGetValue(tokens[i] + " " + tokens[i + 1], out var pair))
            {
                (extra ??= []).Add(pair);
            }

            if (Map.TryGetValue(tokens[i], out var single))
            {
                (extra ??= []).Add(single);
            }
        }

        return extra is null ? text : text + " | " + string.Join(' ', extra);
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '/');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return tokens;
    }
}
