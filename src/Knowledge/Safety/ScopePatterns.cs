using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Safety;

/// <summary>Patterns for requests outside the coach's scope (frameworks.md §24). Named by the rule that uses them.</summary>
internal static partial class ScopePatterns
{
    // Linear-time matching: these run over untrusted user text, and the backtracking engines were seen taking
    // seconds on some of these alternations (word windows inside long drug lists).
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    private const string Drug =
        "(?:morphine|fentanyl|hydromorphone|dilaudid|oxycodone|oxycontin|oxy|methadone|hydrocodone|norco|tramadol|buprenorphine|" +
        "lorazepam|ativan|midazolam|versed|diazepam|valium|clonazepam|haloperidol|haldol|olanzapine|zyprexa|quetiapine|seroquel|" +
        "chlorpromazine|phenobarbital|propofol|ketamine|dexmedetomidine|precedex|glycopyrrolate|robinul|scopolamine|atropine|" +
        "hyoscyamine|dexamethasone|decadron|prednisone|furosemide|lasix|insulin|heparin|gabapentin|roxanol|opioids?|opiates?|" +
        "benzos?|benzodiazepines?|pain meds?|sedatives?|narcotics?)";

    private const string Intervention =
        "(?:peg|g-?tube|j-?tube|feeding tube|ng ?tube|trach|tracheostomy|vent|ventilator|intubation|extubation|dialysis|hd|crrt|" +
        "surgery|operation|chemo|chemotherapy|immunotherapy|radiation|transfusions?|antibiotics|abx|pressors|bipap|cpr|ecmo|lvad|" +
        "icd|pacemaker|tpn|fluids|ivf|amputation|hospice|comfort care|cmo|life support|treatment|tavr|transplant|biopsy|" +
        "paracentesis|thoracentesis|drain|stent)";

    private const string ThisPatient =
        @"(?:he|she|they|him|her|them|(?:the|my|this|our)\s+(?:pt|patient)|mom|dad|\[name\])";

    private const string Data =
        "(?:labs?|vitals?|albumin|lactate|creatinine|cr|bili(?:rubin)?|inr|platelets?|wbc|sodium|pps|ecog|kps|meld|apache|sofa|scores?|numbers)";

    private const string PrognosisWord = "(?:how long|chances?|odds|survival|prognosis|life expectancy|mortality|weeks|months|days left)";

    [GeneratedRegex(@"\b(?:what(?:'s| is| are|s)?|which|how much|how many)\s+[\w'\- ]{0,56}?\b(?:dose|doses|dosing|dosage|mg|mgs|mcg|milligrams?|micrograms?|ml|mls|units?|tabs?|tablets?|pills?)\b", Options)]
    internal static partial Regex DoseQuestion();

    [GeneratedRegex(@"\b(?:max(?:imum)?|ceiling|upper limit)\b(?:\s+(?:dose|dosing|amount|daily dose))?\s*(?:in|per|q|over|for|a|/)?\s*(?:\d+\s*)?(?:h|hr|hrs|hours?|day|days|24\s*h?)\b|\bmax(?:imum)?\s+(?:dose|dosage|amount)\b|\bhow (?:high|much) can (?:i|we|you|she|he|they) (?:go|give|push)\b", Options)]
    internal static partial Regex MaxDose();

    [GeneratedRegex(@"\b(?:titrat\w*|uptitrat\w*|equianalgesic|opioid (?:rotation|conversion)|conversion (?:ratio|factor)|convert(?:ing)?\s+[\w'\- ]{0,56}?\b(?:to|from|into)\s+[\w'\- ]{0,28}?\b(?:po|iv|sq|sc|sub-?q|oral|patch|transdermal|" + Drug + @")|(?:taper|wean)(?:ing)?\s+[\w'\- ]{0,28}?\b(?:off\s+)?(?:the\s+)?(?:steroids?|dex|sedation|drip|gtt|infusion|pca|" + Drug + @"))\b", Options)]
    internal static partial Regex Titrate();

    [GeneratedRegex(@"\b(?:drip|gtt|infusion|pca|basal|bolus|prn|breakthrough|rescue)\s+(?:rate|settings?|dose|amount|size)\b|\brate (?:of|for) (?:the )?(?:drip|infusion|gtt|pca)\b|\b(?:what|which)\s+rate\b[^.?!]{0,40}\b(?:drip|gtt|infusion|pca|pump)\b|\b(?:mg|mcg|ml|units?)\s*/\s*(?:hr|h|hour|kg|min)\b", Options)]
    internal static partial Regex DripRate();

    [GeneratedRegex(@"\b(?:can|could|should|may|ok to|okay to|safe to)\s+(?:i|we|she|he|they|you|the \w+)?\s*[\w'\- ]{0,70}?\b(?:give|giving|push|add|increase|double|use|repeat|redose|re-dose|bump up|up)\s+[\w'\- ]{0,42}?\b(?:" + Drug + @"|dose|doses|mg)\b|\bhow much\s+[\w'\- ]{0,42}?\b" + Drug + @"\b", Options)]
    internal static partial Regex GiveDrug();

    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s*(?:mg|mcg|µg|ug|ml|cc|units?|mg/kg|mcg/kg|mg/hr?|mcg/hr?|ml/hr?)\b|\b(?:dose|doses|dosing|dosage|redose|re-dose|regimen)\b", Options)]
    internal static partial Regex DoseMention();

    [GeneratedRegex(@"\b(?:write|writing|place|placing|put in|putting in|enter|entering|sign|pend|draft)\s+[\w'\- ]{0,42}?\b(?:orders?|order[- ]?sets?)\b|\border[- ]?sets?\b|\b(?:what|which)\s+[\w'\- ]{0,28}?\borders\b|\b(?:write|draft)\s+[\w'\- ]{0,28}?\b(?:orders?|prescription|script|rx)\s+for\s+" + ThisPatient, Options)]
    internal static partial Regex WriteOrders();

    [GeneratedRegex(@"\b(?:DNR|DNI|DNAR|CMO|comfort(?:[- ](?:care|measures))?|hospice|no[- ]code|full[- ]code|POLST|MOLST|code status|palliative sedation|terminal extubation|withdrawal)\s+orders?\b|\b(?:fill(?:ing)? out|complete|sign)\s+[\w'\- ]{0,28}?\b(?:POLST|MOLST|DNR form|death certificate)\s+for\b", Options)]
    internal static partial Regex CodeStatusOrder();

    [GeneratedRegex(@"\b(?:given|based on|with|from|using)\s+(?:(?:his|her|their|these|the|this|my)\s+)?" + Data + @"\b[^.?!]{0,60}\b" + PrognosisWord + @"\b|\b" + PrognosisWord + @"\b[^.?!]{0,60}\b(?:given|based on|from|using)\s+(?:(?:his|her|their|these|the|this)\s+)?" + Data + @"\b|\b(?:calculate|compute|run)\s+[\w'\- ]{0,42}?\b(?:prognosis|survival|life expectancy|mortality|PPI|PaP)\b", Options)]
    internal static partial Regex PrognosisFromData();

    [GeneratedRegex(@"\bhow long\s+(?:does|do|will|would|has|have|can|could|might|is)\s+" + ThisPatient + @"\s+(?:[\w'-]+\s+)?(?:have|has|got|live|last|survive|make it|going to live|gonna live)\b" +
        @"|\b(?:what(?:'s| is| are|s)?|estimate|give me|any idea (?:of|what))\s+(?:the\s+|his\s+|her\s+|their\s+|(?:my|this|the)\s+(?:pt|patient)'?s?\s+)(?:[\w'-]+\s+)?(?:chances?|odds|probability|likelihood|survival|life expectancy|prognosis|mortality)\b" +
        @"|\b(?:what|which)\s+(?:percent|percentage|%)\b|\b(?:percent|%|percentage)\s+(?:chance|chances|odds|survival|mortality)\s+(?:for|of|that)\s+" + ThisPatient +
        @"|\b(?:will|is|would)\s+" + ThisPatient + @"\s+(?:[\w'-]+\s+)?(?:survive|make it|live (?:through|until|to|past)|die (?:tonight|today|this week|soon))\b", Options)]
    internal static partial Regex PatientOdds();

    [GeneratedRegex(@"\b(?:should|shall|do|would)\s+(?:we|i|they|the team|he|she|you)\s+[\w'\- ]{0,42}?\b(?:place|put in|insert|get|do|go (?:ahead )?with|operate|intubate|extubate|withdraw|withhold|stop|start|continue|hold|transfuse|dialy[sz]e|trach|proceed|pursue|recommend|push for|escalate|de-?escalate|switch|refer|enroll)\b[^.?!]{0,40}\b" + Intervention + @"\b" +
        @"|\b(?:should|shall)\s+(?:we|i|they|the team|he|she)\s+[\w'\- ]{0,28}?\b(?:operate|intubate|extubate|trach|dialy[sz]e|transfuse|withdraw(?: care)?|go to hospice|be made (?:dnr|cmo|comfort care))\b" +
        @"|\b(?:" + Intervention + @"|operate|surgery|intubate|transfuse|treat)\s+or\s+not\b|\b(?:decide\s+)?(?:whether|if)\s+(?:or not\s+)?to\s+[\w'\- ]{0,28}?\b(?:" + Intervention + @"|operate|intubate|extubate|dialy[sz]e|withdraw|transfuse)\b", Options)]
    internal static partial Regex ShouldWe();

    [GeneratedRegex(@"\b(?:withdraw|withdrawing|stop|stopping|extubate|extubating|pull|remove)\s+[\w'\- ]{0,42}?\b(?:now|today|tonight)\s+or\s+(?:wait|tomorrow|later)\b|\b(?:now|today)\s+or\s+wait\b", Options)]
    internal static partial Regex NowOrWait();

    [GeneratedRegex(@"\b(?:is|are|would|does)\s+" + ThisPatient + @"\s+[\w'\- ]{0,28}?\b(?:hospice[- ]eligible|eligible for hospice|qualify for hospice|appropriate for hospice|a (?:hospice )?candidate for|meet hospice criteria|hospice appropriate)\b|\bqualif(?:y|ies) for hospice\b" +
        @"|\bwhat would you do\b|\bwhat do you recommend\b|\b(?:decide|choose) for (?:me|us)\b|\bwhich (?:is|would be) (?:better|best|right) for " + ThisPatient + @"|\bis it time (?:for|to) (?:hospice|comfort care|cmo|withdraw|stop)", Options)]
    internal static partial Regex DecideForUs();

    [GeneratedRegex(@"\bwho\s+(?:is|'s|gets to be|should be|would be|can be|becomes?|has the right to be|legally is)\s+(?:the\s+)?(?:legal\s+)?(?:surrogate|decision[- ]?maker|proxy|next of kin|nok|guardian|poa|health care agent)\b|\bwho\s+(?:gets to|can legally|has the (?:legal )?right to|legally)\s+(?:decide|make (?:the )?decisions?|sign|consent)\b" +
        @"|\b(?:legal(?:ly)?|illegal|lawsuit|sue|suing|sued|liab(?:le|ility)|malpractice|statute|state law|the law|court order|court|judge|guardianship|conservatorship|lawyer|risk management|subpoena)\b", Options)]
    internal static partial Regex LegalQuestion();

    [GeneratedRegex(@"\b(?:does|do|can|would|will)\s+(?:a |the |her |his )?(?:poa|dpoa|hcpoa|power of attorney|proxy|health care proxy|agent|advance directive|living will|polst|molst|guardian|spouse|wife|husband|daughter|son)\s+[\w'\- ]{0,28}?\b(?:override|overrule|trump|outrank|beat|supersede|take precedence)\b", Options)]
    internal static partial Regex OverridesProxy();

    [GeneratedRegex(@"\b(?:billing|billable|cpt|icd-?10|rvus?|99497|99498|(?:can|how do|should) (?:i|we) (?:bill|code)|bill for|code for (?:acp|advance care planning|goc|the (?:visit|conversation|meeting)))\b", Options)]
    internal static partial Regex Billing();

    /// <summary>The message asks how to say, explain or handle something: weak scope rules stand down.</summary>
    [GeneratedRegex(@"\b(?:how (?:do|can|should|would|to)\s+(?:i|we|you)?\s*(?:say|tell|explain|talk|discuss|answer|respond|reply|phrase|word|bring up|approach|frame|present|break|share|introduce|address|handle|support|reassure|offer|ask|help|deal|navigate|raise|start|put)|what (?:do|should|can|would) (?:i|we) (?:say|tell)|what to say|words? (?:for|to use)|phrasing|phrase it|best way to|right thing to say|talk(?:ing)? (?:to|with|about|through)|tell (?:the|her|him|them|my|a|his|their)|explain(?:ing)?|discuss(?:ing)?|conversation|convo|family (?:meeting|mtg|asks?|asking|wants to know|keeps asking)|(?:asks?|asked|asking) (?:me|us|if|whether|about|how|what)|respond|reply|answer (?:her|him|them|the)|role[- ]?play|practi[cs]e|feedback)\b", Options)]
    internal static partial Regex CommunicationFrame();
}
