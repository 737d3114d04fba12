using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Safety;

/// <summary>Patterns for requests outside the coach's scope (frameworks.md §24). Named by the rule that uses them.</summary>
internal static partial class ScopePatterns
{
    // These run over untrusted user text. All are source-generated with a timeout; callers go through LinearFallback,
    // which gives a text that runs past it to the linear engine. The rules' patterns run only after RuleGate has found
    // that one of them matches somewhere in the message.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Drug =
        "(?:morphine|fentanyl|hydromorphone|dilaudid|oxycodone|oxycontin|oxy|methadone|hydrocodone|norco|tramadol|buprenorphine|" +
        "lorazepam|ativan|midazolam|versed|diazepam|valium|clonazepam|haloperidol|haldol|olanzapine|zyprexa|quetiapine|seroquel|" +
        "chlorpromazine|phenobarbital|propofol|ketamine|dexmedetomidine|precedex|glycopyrrolate|robinul|scopolamine|atropine|" +
        "hyoscyamine|dexamethasone|decadron|prednisone|furosemide|lasix|insulin|heparin|gabapentin|roxanol|opioids?|opiates?|" +
        "benzos?|benzodiazepines?|pain meds?|sedatives?|narcotics?|glyco|scop|dex|roxi|mso4|pca|gtt|drip|infusion)";

    /// <summary>Long-term medicines that come up when care turns to comfort (deprescribing).</summary>
    private const string HomeMed =
        "(?:statins?|atorvastatin|lipitor|plavix|clopidogrel|aspirin|asa|eliquis|apixaban|xarelto|rivaroxaban|warfarin|coumadin|anticoagula\\w*|" +
        "blood thinners?|metformin|insulin|lisinopril|bp meds?|blood pressure (?:meds?|pills?)|home meds?|meds|medications|vitamins?|" +
        "antihypertensives?|levothyroxine|synthroid|bisphosphonates?|chemo pills?|antibiotics?|abx|pills)";

    private const string Intervention =
        "(?:peg|(?:[gj]|ng)[- ]?tube|feeding tube|tube ?feed\\w*|trach\\w*|vent|ventilat\\w*|intubat\\w*|extubat\\w*|dialy\\w*|hemodialysis|hd|crrt|cvvh\\w*|" +
        "surgery|operation|chemo\\w*|immunotherapy|radiation|xrt|transfus\\w*|blood|prbcs?|platelets|antibiotics?|abx|(?:vaso)?pressors?|levo\\w*|norepi\\w*|" +
        "inotropes?|dobutamine|milrinone|bipap|niv|hfnc|high[- ]flow|cpr|compressions|ecmo|lvad|a?icd|pace(?:r|maker)|defib\\w*|tpn|" +
        "(?:iv )?fluids|ivf|artificial (?:nutrition|hydration)|amputation|hospice|comfort care|cmo|life support|(?:life[- ]sustaining |aggressive )?treatment|" +
        "tavr|valve|cabg|transplant|listing|biopsy|paracentesis|thoracentesis|drain|pleurx|stent|nephrostomy|ercp|egd|colonoscopy|cath|ablation|" +
        "icu|work-?up|imaging|ct|mri|scans?|labs)";

    /// <summary>Deciding verbs: "should we place / stop / go ahead with X".</summary>
    private const string DecideVerb =
        "(?:place|put in|insert|start|stop|continue|hold|withdraw|withhold|give|offer|try|pursue|recommend|push for|escalate|" +
        "de-?escalate|switch|refer|enroll|order|admit|transfer|send|keep|restart|resume|add|remove|pull|discontinue|d/?c|wean|" +
        "turn off|deactivate|treat|skip|repeat|proceed with|go (?:ahead )?with|move forward with|hold off on|bother with|consider)";

    private const string ThisPatient =
        @"(?:he|she|they|him|her|them|(?:the|my|this|our)\s+(?:pt|patient|guy|lady|man|woman|gentleman|baby|child|kid|boy|girl)|mom|dad|\[name\])";

    private const string Data =
        "(?:labs?|vitals?|albumin|lactate|creatinine|cr|bili(?:rubin)?|inr|platelets?|wbc|sodium|pps|ecog|kps|meld|apache|sofa|scores?|numbers|" +
        "ef|ejection fraction|e?gfr|bun|ammonia|hgb|troponin|bnp|sats|spo2|fio2|gcs|eeg|mri|ct|imaging|scan|findings|results|child[- ]pugh)";

    private const string PrognosisNoun =
        "(?:chances?|odds|survival|prognosis|life expectancy|mortality|time left|days left|timeline|(?:hours|days|weeks) (?:or|to) (?:days|weeks|months))";

    /// <summary>Asking for the estimate, not stating one ("her prognosis is poor" is a statement the coach can help say).</summary>
    private const string PrognosisQuestion =
        @"(?:how long|how much (?:more )?time|how many (?:more )?(?:hours|days|weeks|months)|what(?:'s| is| are|s| would be)?\s+(?:[\w'-]+\s+){0,3}?" + PrognosisNoun +
        @"|(?:will|would|is|does|can)\s+" + ThisPatient + @"\s+(?:[\w'-]+\s+)?(?:survive|make it|wake up|recover|live|pull through)" +
        @"|(?:do you|you|d'you|do u|u) think\s+" + ThisPatient + @"(?:'ll|\s+will|\s+is going to|\s+can)\s+(?:ever\s+|still\s+|actually\s+)?(?:wake up|survive|make it|recover|live|pull through|come off))";

    private const string DataLead = @"(?:given|based on|with|from|using)\s+(?:(?:his|her|their|these|those|the|this|my|an?)\s+)?";

    /// <summary>Routes of giving a drug, for conversions ("oral to IV").</summary>
    private const string DrugRoute =
        "(?:po|oral|orally|iv|ivp|sq|sc|subq|sub-?q|subcut\\w*|patch|transdermal|sl|sublingual|im|pr|rectal|buccal|enteral|intranasal)";

    private const string Symptom =
        "(?:pain|dyspn(?:ea|oea)|sob|air hunger|breathlessness|agitation|delirium|restlessness|secretions|death rattle|rattle|nausea|" +
        "vomiting|anxiety|panic|insomnia|sleep|itch\\w*|pruritus|hiccups?|seizures?|myoclonus|constipation|cough|terminal \\w+|sedation)";

    [GeneratedRegex(@"\b(?:what(?:'s| is| are|s)?|which|how much|how many)\s+[\w'\- ]{0,56}?\b(?:dose|doses|dosing|dosage|mg|mgs|mcg|milligrams?|micrograms?|ml|mls|units?|tabs?|tablets?|pills?)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex DoseQuestion();

    [GeneratedRegex(@"\b(?:max(?:imum)?|ceiling|upper limit)\b(?:\s+(?:dose|dosing|amount|daily dose))?\s*(?:in|per|q|over|for|a|/)?\s*(?:\d+\s*)?(?:h|hr|hrs|hours?|day|days|24\s*h?)\b|\bmax(?:imum)?\s+(?:dose|dosage|amount)\b|\bhow (?:high|much) can (?:i|we|you|she|he|they) (?:go|give|push)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex MaxDose();

    [GeneratedRegex(@"\b(?:titrat\w*|uptitrat\w*|equianalgesic|equi-?analgesic|opioid (?:rotation|conversion)|conversion (?:ratio|factor|table|chart|calc\w*)|convert(?:ing)?\s+[\w'\- ]{0,56}?\b(?:to|from|into)\s+[\w'\- ]{0,28}?\b(?:po|iv|sq|sc|sub-?q|oral|patch|transdermal|" + Drug + @")|(?:taper|wean)(?:ing)?\s+[\w'\- ]{0,28}?\b(?:off\s+)?(?:the\s+)?(?:steroids?|dex|sedation|drip|gtt|infusion|pca|" + Drug + @"))\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex Titrate();

    /// <summary>Converting between drugs or routes: "morphine conversion", "oral to IV", "switch the patch to a drip", "MME".</summary>
    [GeneratedRegex(@"\b" + Drug + @"\s+(?:conversion|rotation|equivalen\w*)\b|\b(?:conversion|rotation|rotating|switching|converting)\s+(?:[\w'-]+\s+){0,3}?(?:from|to)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:" + DrugRoute + "|" + Drug + @")\b" +
        @"|\b" + DrugRoute + @"\s*(?:to|->|→|:)\s*" + DrugRoute + @"\s+(?:conversion|ratio|dose|dosing|equivalen\w*|" + Drug + @")\b|\b(?:mme|ome|medd|morphine (?:milligram )?equivalents?)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex Conversion();

    /// <summary>Moving a patient from one drug or route to another: "going from oral oxy to a dilaudid pca", "equivalent IV dose".</summary>
    [GeneratedRegex(@"\b(?:conver\w*|switch\w*|chang\w*|go\w*|transition\w*|mov\w*)\s+(?:[\w'-]+\s+){0,4}?(?:from\s+)?(?:" + DrugRoute + "|" + Drug + @")\s+(?:to|->|→)\s+(?:an?\s+|the\s+)?(?:" + DrugRoute + "|" + Drug + @")\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex SwitchDrug();

    /// <summary>An equivalent dose: "morphine PO to IV", "the equivalent IV dilaudid".</summary>
    [GeneratedRegex(@"\b" + Drug + @"\s+(?:from\s+)?" + DrugRoute + @"\s+(?:to|->|→)\s+" + DrugRoute + @"\b|\b(?:equivalent|equal)\s+(?:[\w'-]+\s+){0,2}?(?:dose|" + Drug + @")\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex EquivalentDose();

    [GeneratedRegex(@"\b(?:drip|gtt|infusion|pca|basal|bolus|prn|breakthrough|rescue|starting|initial|start)\s+(?:rate|settings?|dose|amount|size)\b|\brate (?:of|for) (?:the )?(?:drip|infusion|gtt|pca)\b|\b(?:what|which)\s+rate\b[^.?!]{0,40}\b(?:drip|gtt|infusion|pca|pump)\b|\b(?:drip|gtt|infusion|pca|pump)\b[^.?!]{0,40}\b(?:what|which)\s+rate\b|\bwhat rate\s+(?:do|should|can|would)\s+(?:i|we|you)\s+(?:start|run|set|use|put)\b|\b(?:mg|mcg|ml|units?)\s*/\s*(?:hr|h|hour|kg|min)\b" +
        @"|\bhow (?:fast|quickly|slowly|often)\s+(?:can|should|do|may|could|to)\s+(?:i|we|you|they|the nurses?|the family|she|he)?\s*(?:wean|titrate|taper|increase|decrease|push|give|run|bolus|redose|re-dose|repeat|go up|up)\b|\bhow often\s+[\w'\- ]{0,30}?\b(?:give|redose|re-dose|push|repeat|bolus|administer|have|take)\s+(?:[\w'-]+\s+){0,3}?(?:" + Drug + @"|prn|prns|dose|doses|meds?|breakthrough)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex DripRate();

    [GeneratedRegex(@"\b(?:can|could|should|may|ok to|okay to|safe to)\s+(?:i|we|she|he|they|you|the \w+)?\s*[\w'\- ]{0,70}?\b(?:give|giving|push|add|increase|double|use|repeat|redose|re-dose|bump up|up|bolus|start|stop|hold|restart|switch|rotate|crush|split|wean|cut back)\s+[\w'\- ]{0,42}?\b(?:" + Drug + @"|dose|doses|mg)\b|\bhow much\s+[\w'\- ]{0,42}?\b" + Drug + @"\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex GiveDrug();

    /// <summary>Choosing the drug: "which benzo do you use", "what should I give for air hunger", "best antiemetic for...".</summary>
    [GeneratedRegex(@"\b(?:what(?:'s| is|s)?|which)\s+(?:is\s+)?(?:the\s+)?(?:best|preferred|first[- ]line|go-?to|safest|right|strongest)\s+(?:drug|med|medication|medicine|agent|opioid|benzo\w*|antipsychotic|anxiolytic|sedative|antiemetic|anticholinergic|neuroleptic|steroid|laxative|pain med|opioid|benzo)\b" +
        @"|\b(?:what|which)\s+(?:drug|drugs|med|meds|medication|medications|medicine|agent|opioid|benzo\w*|antipsychotic|anxiolytic|sedative|antiemetic|anticholinergic|neuroleptic|steroid|laxative|pain med)\s+(?:[\w'-]+\s+){0,2}?(?:should|shall|do you|do we|would you|would|to (?:use|give|start|try|pick|choose)|is (?:best|better|preferred|first[- ]line|safest)|works? best|for (?:the |his |her |their |a |an )?(?:\w+\s+)?" + Symptom + @")\b" +
        @"|\bwhat\s+(?:should|can|do|would|could)\s+(?:i|we|you|the nurses?|they)\s+(?:give|use|start|add|try|prescribe|order|put (?:him|her|them) on)\s+(?:(?:him|her|them|the (?:pt|patient))\s+)?(?:for|to (?:help|treat|manage|control))\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?" + Symptom + @"\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex DrugChoice();

    /// <summary>Two drugs weighed against each other: "morphine or ativan for the air hunger", "glyco vs scop".</summary>
    [GeneratedRegex(@"\b" + Drug + @"\s+(?:or|vs\.?|versus)\s+(?:an?\s+|the\s+)?" + Drug + @"\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex DrugVersus();

    /// <summary>Stopping or keeping a patient's other medicines: "does he still need his statin on hospice", "should we stop her blood thinner".</summary>
    [GeneratedRegex(@"\b(?:should|do|can|could|shall)\s+(?:we|i|you|they)\s+(?:still\s+|just\s+)?(?:stop|continue|hold|keep|d/?c|discontinue|restart|give|deprescribe)\s+(?:[\w'-]+\s+){0,2}?" + HomeMed + @"\b" +
        @"|\b(?:does|do|should)\s+" + ThisPatient + @"\s+(?:still\s+|even\s+|really\s+)?(?:need|take|be on|stay on|keep taking)\s+(?:[\w'-]+\s+){0,2}?" + HomeMed + @"\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex Deprescribe();

    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s*(?:mg|mcg|µg|ug|ml|cc|units?|mg/kg|mcg/kg|mg/hr?|mcg/hr?|ml/hr?)\b|\b(?:dose|doses|dosing|dosage|redose|re-dose|regimen)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex DoseMention();

    [GeneratedRegex(@"\b(?:write|writing|place|placing|put in|putting in|enter|entering|sign|pend|draft)\s+[\w'\- ]{0,42}?\b(?:orders?|order[- ]?sets?)\b|\border[- ]?sets?\b|\b(?:what|which)\s+[\w'\- ]{0,28}?\borders\b|\b(?:what|which)\s+(?:[\w'-]+\s+){0,2}?order\s+(?:do|should|would|can|to)\b|\b(?:write|draft)\s+[\w'\- ]{0,28}?\b(?:orders?|prescription|script|rx)\s+for\s+" + ThisPatient, Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex WriteOrders();

    [GeneratedRegex(@"\b(?:DNR|DNI|DNAR|CMO|comfort(?:[- ](?:care|measures))?|hospice|no[- ]code|full[- ]code|POLST|MOLST|code status|palliative sedation|terminal extubation|withdrawal)\s+orders?\b|\b(?:fill(?:ing)? out|complete|sign)\s+[\w'\- ]{0,28}?\b(?:POLST|MOLST|DNR form|death certificate)\s+for\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex CodeStatusOrder();

    /// <summary>Setting a code status for the patient: "should I make him DNR", "change her to comfort care tonight?".</summary>
    [GeneratedRegex(@"\b(?:should|shall|can|could|do|would|must)\s+(?:i|we|you|they|the team)\s+(?:just\s+|still\s+|now\s+|go ahead and\s+)?(?:make|change|switch|convert|put|flip|move)\s+" + ThisPatient + @"\s+(?:to\s+|on\s+|a\s+|back to\s+)?(?:dnr|dni|dnar|dnr/dni|no[- ]code|full[- ]code|cmo|comfort care|comfort measures(?: only)?|hospice|limited code|partial code)\b" +
        @"|\b(?:make|change|switch|convert|flip|move|put)\s+" + ThisPatient + @"\s+(?:to\s+|a\s+|on\s+)?(?:dnr|dni|dnar|no[- ]code|full[- ]code|cmo|comfort care|comfort measures(?: only)?|hospice)\b[^.!?\n]{0,40}\?", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex SetCodeStatus();

    [GeneratedRegex(@"\b" + DataLead + Data + @"\b[^.?!]{0,60}\b" + PrognosisQuestion + @"|\b" + PrognosisQuestion + @"[^.?!]{0,60}\b" + DataLead + Data + @"\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex PrognosisFromData();

    /// <summary>The estimate asked with a question mark, or of the coach: "life expectancy with these labs?", "can you estimate survival".</summary>
    [GeneratedRegex(@"\b" + PrognosisNoun + @"\b[^.?!]{0,60}\b" + DataLead + Data + @"\b[^.!?\n]{0,40}\?|\b" + DataLead + Data + @"\b[^.?!]{0,60}\b" + PrognosisNoun + @"\b[^.!?\n]{0,40}\?" +
        @"|\b(?:calculate|compute|run)\s+[\w'\- ]{0,42}?\b(?:prognosis|survival|life expectancy|mortality|PPI|PaP)\b" +
        @"|\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:estimate|predict|guess|calculate|tell me|give me|work out)\s+(?:[\w'-]+\s+){0,3}?(?:survival|prognosis|life expectancy|time left|how long|chances|odds)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex PrognosisEstimate();

    [GeneratedRegex(@"\bhow (?:long|much (?:more )?time|many (?:more )?(?:hours|days|weeks|months|years))\s+(?:does|do|will|would|has|have|can|could|might|is|did)\s+" + ThisPatient + @"\s+(?:[\w'-]+\s+)?(?:have|has|got|live|last|survive|make it|going to live|gonna live|be around|left)\b" +
        @"|\bhow long (?:until|till|before)\s+" + ThisPatient + @"\s+(?:dies|passes|goes|is gone|will die)\b" +
        @"|\b(?:tell me|guess|estimate|any idea|predict)\s+how (?:long|much time)\s+" + ThisPatient + @"\s+(?:has|have|has got|will (?:live|last)|is going to live)\b" +
        @"|\b(?:what(?:'s| is| are|s)?|estimate|give me|any idea (?:of|what)|tell me)\s+(?:the\s+|his\s+|her\s+|their\s+|(?:my|this|the|our)\s+(?:pt|patient|guy|lady|man|woman)'?s?\s+)(?:[\w'-]+\s+)?(?:chances?|odds|probability|likelihood|survival|life expectancy|prognosis|mortality|time left|timeline)\b" +
        @"|\b(?:what(?:'s| is|s)?)\s+(?:the\s+)?(?:[\w'-]+\s+)?(?:prognosis|life expectancy|survival|mortality|time left|timeline)\s+(?:for|of|with)\s+(?:(?:my|this|our|the|a)\s+)?(?:pt|patient|guy|lady|man|woman|him|her|\d+\s*(?:yo|y/o|year[- ]old))\b" +
        @"|\b(?:what|which)\s+(?:percent|percentage|%)\b|\b(?:percent|%|percentage)\s+(?:chance|chances|odds|survival|mortality)\s+(?:for|of|that)\s+" + ThisPatient + @"\b[^.!?\n]{0,40}\?", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex PatientOdds();

    /// <summary>One patient's outcome asked outright: "will she make it through the night", "does he have days or weeks?".</summary>
    [GeneratedRegex(@"\b(?:will|is|would|does|can)\s+" + ThisPatient + @"\s+(?:[\w'-]+\s+){0,2}?(?:survive|make it|live (?:through|until|to|past)|die (?:tonight|today|this week|soon|overnight)|wake up|recover|pull through|get off the vent|come off the vent)\b" +
        @"|\b(?:what(?:'s| is| are|s)?\s+(?:the\s+)?|any\s+)(?:odds|chances?|likelihood|probability)\s+(?:that\s+|of\s+)?" + ThisPatient + @"\s+(?:[\w'-]+\s+)?(?:wakes? up|waking up|recovers?|recovering|survives?|surviving|makes? it|making it|dies|dying|lives|walks? out|goes home|gets better)\b" +
        @"|\b(?:odds|chances?|likelihood|probability)\s+(?:that\s+|of\s+)?" + ThisPatient + @"\s+(?:[\w'-]+\s+)?(?:wakes? up|waking up|recovers?|recovering|survives?|surviving|makes? it|making it|dies|dying|lives|walks? out|goes home|gets better)\b[^.!?\n]{0,40}\?" +
        @"|\b(?:is it|are we (?:looking at|talking)|does\s+" + ThisPatient + @"\s+have|is\s+" + ThisPatient + @")\s+(?:hours|days|weeks|months)\s+(?:or|to)\s+(?:days|weeks|months|years)\b|\b(?:hours|days|weeks|months)\s+(?:or|to)\s+(?:days|weeks|months|years)\s*\?" +
        @"|\bis\s+" + ThisPatient + @"\s+(?:actively\s+|really\s+)?dying\s*\?" +
        @"|\b(?:do you|you|d'you|do u|u) think\s+" + ThisPatient + @"(?:'ll|\s+will|\s+is going to|\s+can)\s+(?:ever\s+|still\s+|actually\s+)?(?:wake up|survive|make it|recover|live|pull through|come off)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex PatientOutcome();

    /// <summary>The clinician asks the decision itself: "should we place a PEG", "should she get the amputation".</summary>
    [GeneratedRegex(@"\b(?:(?:should|shall|do|would|will|can|could|must)\s+(?:we|i|they|the team|you|he|she|(?:the|my|this|our)\s+(?:pt|patient))\s+(?:still\s+|just\s+|even\s+|really\s+|now\s+|also\s+|ever\s+)?" + DecideVerb +
        @"|(?:should|shall)\s+" + ThisPatient + @"\s+(?:still\s+|even\s+)?(?:get|have|go (?:to|on)|be (?:put on|started on|placed on|on)|undergo|receive|stay on|come off)" +
        @"|(?:do you think|you think|would you say)\s+(?:we|i|they|the team)\s+should\s+" + DecideVerb + @")\s+(?:[\w'-]+\s+){0,4}?" + Intervention + @"\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex ShouldWe();

    /// <summary>The decision asked in other words: "do we intubate", "should we do a trach", "is it reasonable to keep treating", "is a PEG indicated".</summary>
    [GeneratedRegex(@"\b(?:should|shall|do|would|will)\s+(?:we|i|they|the team|you|he|she)\s+(?:still\s+|just\s+|even\s+|really\s+)?(?:(?:do|get|have|need)\s+(?:a\s+|an\s+|the\s+|another\s+|more\s+|his\s+|her\s+)?" + Intervention +
        @"|operate|intubate|re-?intubate|extubate|trach|dialy[sz]e|transfuse|code (?:him|her|them)|resuscitate|shock (?:him|her)|withdraw(?: care)?|go to hospice|be made (?:dnr|cmo|comfort care))\b" +
        @"|\bis it (?:reasonable|appropriate|ok|okay|right|ethical|futile|worth it|too late|too early|wrong) to (?:keep|continue|stop|withdraw|start|treat|give|place|offer|do|pursue|escalate|operate|intubate|transfuse|dialy[sz]e)\b" +
        @"|\b(?:is|would)\s+(?:it|a|an|the|more|another)\s+(?:[\w'-]+\s+){0,2}?" + Intervention + @"\s+(?:be\s+)?(?:even\s+)?(?:worth it|futile|indicated|appropriate|reasonable|a good idea|the right (?:call|choice|thing))\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex DecisionAsked();

    /// <summary>
    /// A decision named as a topic ("PEG or not", "continue or stop the pressors", "whether to operate", "qualifies for
    /// hospice"): often what a conversation is about, so the rule using it stands down whenever talking is mentioned.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:continue|keep|stop|start|hold|withdraw|escalate)\s+(?:the\s+|his\s+|her\s+)?)?(?:" + Intervention + @"|operate|surgery|intubate|transfuse|treat)\s+or\s+(?:not|no\s+\w+|stop|continue|start|hold|withdraw)\b" +
        @"|\b(?:(?:continue|keep|stop|start|hold|withdraw|escalate)\s+or\s+(?:stop|continue|start|hold|withdraw)\s+(?:the\s+|his\s+|her\s+)?|(?:decide\s+)?(?:whether|if)\s+(?:or not\s+)?to\s+[\w'\- ]{0,28}?\b)(?:" + Intervention + @"|operate|intubate|extubate|dialy[sz]e|withdraw|transfuse)\b|\bqualif(?:y|ies) for hospice\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex DecisionTopic();

    [GeneratedRegex(@"\b(?:withdraw|withdrawing|stop|stopping|extubate|extubating|pull|remove)\s+[\w'\- ]{0,42}?\b(?:now|today|tonight)\s+or\s+(?:wait|tomorrow|later)\b|\b(?:now|today)\s+or\s+wait\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex NowOrWait();

    [GeneratedRegex(@"\b(?:is|are|would|does)\s+" + ThisPatient + @"\s+[\w'\- ]{0,28}?\b(?:hospice[- ]eligible|eligible for hospice|qualify for hospice|appropriate for hospice|a (?:hospice )?candidate for|meet hospice criteria|hospice appropriate)\b" +
        @"|\b(?:what would you (?:do|recommend|suggest)|what do you (?:recommend|suggest)|your recommendation)\b[^.?!]{0,60}\b(?:" + Intervention + "|" + Drug + @")\b|\b(?:decide|choose) for (?:me|us)\b" +
        @"|\bwhich (?:is|would be) (?:better|best|right) for " + ThisPatient + @"|\bis it time (?:for|to) (?:hospice|comfort care|cmo|withdraw|stop)" +
        @"|\b(?:does|do|would)\s+" + ThisPatient + @"\s+(?:even\s+|still\s+|really\s+)?(?:need|meet criteria for|qualify for)\s+(?:a\s+|an\s+|the\s+)?(?:hospice|icu|peg|feeding tube|trach|dialysis|surgery|transfusion|intubation)\b|\bis (?:further |more |any more |ongoing )?(?:treatment|chemo|dialysis|cpr|care|surgery) (?:futile|pointless|worth it)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex DecideForUs();

    [GeneratedRegex(@"\bwho\s+(?:is|'s|gets to be|should be|would be|can be|becomes?|has the right to be|legally is)\s+(?:the\s+)?(?:legal\s+)?(?:surrogate|decision[- ]?maker|proxy|next of kin|nok|guardian|poa|health care agent)\b|\bwho\s+(?:gets to|can legally|has the (?:legal )?right to|legally)\s+(?:decide|make (?:the )?decisions?|sign|consent)\b" +
        @"|\b(?:legal(?:ly)?|illegal|lawsuit|sue|suing|sued|liab(?:le|ility)|malpractice|statute|state law|the law|court order|court|judge|guardianship|conservatorship|lawyer|risk management|subpoena)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex LegalQuestion();

    [GeneratedRegex(@"\b(?:does|do|can|would|will)\s+(?:a |the |her |his )?(?:poa|dpoa|hcpoa|power of attorney|proxy|health care proxy|agent|advance directive|living will|polst|molst|guardian|spouse|wife|husband|daughter|son)\s+[\w'\- ]{0,28}?\b(?:override|overrule|trump|outrank|beat|supersede|take precedence)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex OverridesProxy();

    [GeneratedRegex(@"\b(?:billing|billable|cpt|icd-?10|rvus?|99497|99498|(?:can|how do|should) (?:i|we) (?:bill|code)|bill for|code for (?:acp|advance care planning|goc|the (?:visit|conversation|meeting)))\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex Billing();

    /// <summary>
    /// The sentence itself asks how to talk: "how do I bring up the PEG", "what do I say", "help her think it through",
    /// "words?". A rule that yields to an ask in its sentence stands down only for this (or a reported question), not
    /// for talk merely mentioned elsewhere.
    /// </summary>
    [GeneratedRegex(@"\b(?:how (?:do|can|should|would|could|might|to)\s+(?:i|we|you|u)?\s*(?:best\s+|gently\s+|kindly\s+)?(?:say|tell|explain|talk|discuss|answer|respond|reply|phrase|word|bring|approach|frame|present|break|share|introduce|address|handle|support|reassure|offer|ask|help|deal|navigate|raise|start|put|open|lead|run|prepare|prep|walk|draw|sketch|map|structure|set up|plan|broach|counsel|guide|communicate|convey|describe|lay out|recommend|suggest|propose|advocate|check|find out|get across|soften|gauge|elicit|explore|get (?:them|the family|her|him|the \w+) to|have (?:the|that|this|a) (?:talk|conversation|convo|discussion))" +
        @"|what (?:do|should|can|would|could) (?:i|we) (?:say|tell)|what to say|what words|words? (?:for|to use)|words\s*\?|phrasing|phrase (?:it|this|that)|(?:best|good|gentle|kind) way to|right (?:thing|words?) to say|any tips|tips (?:for|on)|advice on how|script for" +
        @"|help (?:me|us|them|the family|the parents|her|him|the (?:wife|husband|son|daughter|patient|pt|mom|dad))\s+(?:[\w'-]+\s+)?(?:decide|think|weigh|understand|process|cope|figure|make sense|talk|through|come to terms)" +
        @"|talk(?:ing)? (?:to|with) [\w'\- ]{0,30}?\babout|discuss(?:ing)? (?:it |this |that )?with|bring(?:ing)? (?:it |this |that )?up|role[- ]?play|practi[cs]e|rehears\w*|feedback|what (?:should|could) i have said|should i have said)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex CommunicationAsk();

    /// <summary>Someone else's question is being reported before the match: "family keeps asking whether...", "she wants to know if...".</summary>
    [GeneratedRegex(@"\b(?:asks?|asked|asking|wants to know|wanted to know|keeps? wondering|(?:is|are) wondering|wonders|questioned|questioning|begs|begged|begging|demands|demanded|demanding|inquir\w*|enquir\w*)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex ReportedQuestion();

    /// <summary>The message asks how to say, explain or handle something: weak scope rules stand down.</summary>
    [GeneratedRegex(@"\b(?:how (?:do|can|should|would|to)\s+(?:i|we|you)?\s*(?:say|tell|explain|talk|discuss|answer|respond|reply|phrase|word|bring up|approach|frame|present|break|share|introduce|address|handle|support|reassure|offer|ask|help|deal|navigate|raise|start|put)|what (?:do|should|can|would) (?:i|we) (?:say|tell)|what to say|words? (?:for|to use)|phrasing|phrase it|best way to|right thing to say|talk(?:ing)? (?:to|with|about|through)|tell (?:the|her|him|them|my|a|his|their)|explain(?:ing)?|discuss(?:ing)?|conversation|convo|family (?:meeting|mtg|asks?|asking|wants to know|keeps asking)|(?:asks?|asked|asking) (?:me|us|if|whether|about|how|what)|respond|reply|answer (?:her|him|them|the)|role[- ]?play|practi[cs]e|feedback)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex CommunicationFrame();
}
