namespace CpcCoach.Knowledge.Routing;

/// <summary>
/// Evidence for frameworks in how clinicians describe a situation. Name mentions weigh most; situation cues less;
/// search hits add to both in <see cref="Router"/>. Acronyms that are also ordinary words (NURSE, GUIDE, VALUE,
/// PREPARED, HOPE) only count in capitals or next to a framework word.
/// </summary>
internal static class FrameworkCues
{
    public const double Mention = 7;

    public static readonly IReadOnlyList<Cue> Mentions =
    [
        Cue.Of("spikes", Mention, @"\bspikes\b"),
        Cue.Of("nurse", Mention, @"(?-i:\bNURSE\b)|\bnurse (statements?|mnemonic|framework|acronym|model)\b"),
        Cue.Of("remap", Mention, @"\bre-?map\b"),
        Cue.Of("sicg", Mention, @"\b(sicg|serious illness (conversation )?guide|ariadne)\b"),
        Cue.Of("ask_tell_ask", Mention, @"\bask[- ]?tell[- ]?ask\b|\bATA\b"),
        Cue.Of("wish_worry_wonder", Mention, @"\bwish[,/ ]+(i )?worry\b|\bi wish statements?\b|\bwish[- ]worry[- ]wonder\b"),
        Cue.Of("guide", Mention, @"(?-i:\bGUIDE\b)|\bheadline (approach|map|framework|statement)"),
        Cue.Of("prognostic_awareness", Mention, @"\bprognostic awareness\b"),
        Cue.Of("best_case_worst_case", Mention, @"\bbest[- ]case[ /,-]+worst[- ]case\b|\bbc/?wc\b"),
        Cue.Of("time_limited_trial", Mention, @"\btime[- ]limited trials?\b|\bTLT\b"),
        Cue.Of("family_meeting_value", Mention, @"(?-i:\bVALUE\b)|\bvalue (mnemonic|framework|approach)\b"),
        Cue.Of("code_status", Mention, @"\bcode status\b"),
        Cue.Of("prepared", Mention, @"(?-i:\bPREPARED\b)|\bprepared (guideline|framework|mnemonic)\b"),
        Cue.Of("spiritual_history", Mention, @"\b(fica|spiritual (history|assessment|screen\w*))\b|(?-i:\bHOPE (tool|questions|assessment)\b)"),
    ];

    public static readonly IReadOnlyList<Cue> Situations =
    [
        Cue.Of("spikes", 3, @"\b(bad news|break(ing)? (the )?news|deliver\w* (the )?news|results? (are|is|came|come) back|scan (shows?|results?|came)|biopsy|path(ology)? (report|results?)|new(ly)? diagnos\w*|just diagnosed|recurrence|(cancer|it)('s| is) back|progress(ion|ed|ing)|spread|all the numbers|metastat\w*|malignan\w*|am i dying|is (he|she|mom|dad) dying)\b"),
        Cue.Of("guide", 4, @"\b(very sick|really sick|not doing (well|great)|gravely ill|nothing more (we|I) can do|done all we can|(\d+|several|many|multiple|a few) times|didn'?t (land|sink in|register)|not landing|went over (his|her|their) head)\b"),
        Cue.Of("guide", 3, @"\b(tell me straight|straight answer|give it to me straight|euphemism\w*|short and clear|one sentence|blunt|sugar ?coat\w*|headline|right away|straight away|(then )?(waited|paused))\b"),
        Cue.Of("nurse", 3, @"\b(cry(ing)?|cried|tears|tearful|sobb\w*|upset|emotional|scared|afraid|fear\w*|sad(ness)?|grief|griev\w*|overwhelm\w*|apologi[sz]\w*|guilt\w*|empath\w*|tired of fighting|feelings?|frustrat\w*|devastat\w*|heartbroken|shaken|distraught|anxious|anxiety|panic\w*|exhausted|worn out|falling apart|burden|went quiet|silent|silence)\b"),
        Cue.Of("remap", 2, @"\b(goals of care|goc|not working|no longer (working|helping)|isn'?t working|stopped working|change (of|in|the) (plan|direction|course)|shift (to|toward) comfort|recommend\w*|legit option|what matters|next steps?)\b"),
        Cue.Of("sicg", 3, @"\b(serious illness (convo|conversation|discussion)|advance care plan\w*|acp|early (goals|conversation|convo)|values? (conversation|discussion|talk)|what matters most|before discharge|document\w*|health care proxy|(outpatient|clinic) (goals|convo|conversation)|where do i start)\b"),
        Cue.Of("ask_tell_ask", 2, @"\b(explain\w*|what (he|she|they) (know|understand|already know)|check(ing)? understanding|teach[- ]?back|jargon|simple words|plain (language|english|words)|never heard|how much (he|she|they) want to know|information|numbers|statistics|difference between|at the counter|what to expect|stared|just stared)\b"),
        Cue.Of("ask_tell_ask", 3, @"\b(can|should|do|how do) (i|we) (tell|explain to|talk to) (the|his|her|their) (wife|husband|family|daughter|son|mom|dad|parents?|partner)\b"),
        Cue.Of("family_meeting_value", 2, @"\b(palliative sedation|withdraw\w*|extubat\w*|terminal wean\w*|comfort[- ]focused)\b"),
        Cue.Of("wish_worry_wonder", 3, @"\b(i wish|i worry|i wonder|unrealistic|make it to|live to see|until (christmas|her|his|the) \w+|wedding|birthday|graduat\w*|anniversary|holiday|asks? (me )?if (she|he)'?ll|hoping to (go|see|get|make))\b"),
        Cue.Of("wish_worry_wonder", 3, @"\b(prob(ably)? not|unlikely|i doubt (it|that|she|he)|won'?t make it|not going to happen|can'?t (promise|give (her|him|them) that)|the honest answer is (no|probably not))\b"),
        Cue.Of("prognostic_awareness", 3, @"\b(doesn'?t (get|understand|accept|believe) it|(not|isn'?t|aren'?t) (dying|that sick)|in denial|denial|still (asks?|asked|asking|thinks?|believes?|talks? about)|coming home|when (he|she)'?s (coming|going) home|oscillat\w*|won'?t accept|stop saying|doesn'?t realiz\w*|unaware|no idea how sick|understand how sick|what (he|she|they) (understands?|knows?))\b"),
        Cue.Of("best_case_worst_case", 3, @"\b(best case|worst case|high[- ]risk (surgery|operation|procedure)|surg\w*|operat\w*|procedure|tavr|valve|amputat\w*|mortality|% ?(chance|mortality|risk)|\d+ ?% |chance of (survival|surviving|dying|long[- ]term)|frail\w*|not doing (it|the)|transplant\w*|listing| vs\.? | versus |weigh\w* (the )?(options|choice))\b"),
        Cue.Of("time_limited_trial", 3, @"\b(trial (of|period)|time[- ]?limited|stop(ping)? point|clear (end|stop|endpoint)|give it (a few|\d+|some) (days|weeks)|bipap|cpap|niv|intubat\w*|ventilat\w*|vent|dialysis|on a machine|machines?|see if (it|he|she) (improves|gets better)|reassess\w*|uncertain (benefit|whether)|ecmo|trach\w*)\b"),
        Cue.Of("family_meeting_value", 3, @"\b(family (meeting|conference|mtg)|fam mtg|meeting with (the )?family|in front of the family|icu family|sit there|talk or just|whole family|team meeting|(the|a) family meeting)\b"),
        Cue.Of("do_everything", 4, @"\b(do(ing)? everything|everything (done|possible)|do something|don'?t give up|give up on|wants? everything|keep (him|her|them) alive|all the way|full (treatment|aggressive)|aggressive (care|treatment)|at all costs|won'?t let (him|her) go)\b"),
        Cue.Of("code_status", 4, @"\b(dnr|dni|dnar|polst|molst|cpr|resuscitat\w*|full code|no code|code (him|her)|allow natural death|chest compressions|shock (him|her)|intubate or not|(?-i:\bAND order))\b"),
        Cue.Of("hospice_transition", 1, @"\bhospice (pt|patient|pts|nurse|rn|team|agency|meds?|unit|home|staff)\b|\b(on|in) hospice\b"),
        Cue.Of("hospice_transition", 4, @"\b(hospice(?! (pt|patient|pts|nurse|rn|team|agency|meds?|unit|home|staff)\b)(?<!(on|in) hospice)|comfort care|comfort measures|cmo|palliative care (vs|versus|or|and)|(stop|stopping|done with|quit\w*|come off|coming off) (chemo|treatment|dialysis|hd)|no more (chemo|treatment)|abandon\w*|end of treatment|not ready for)\b"),
        Cue.Of("prepared", 3, @"\b(what to expect|last (weeks|days|months|hours)|caregiv\w*|dying process|signs of dying|phone (updates?|calls?)|overseas|(lives?|living) (far|away|abroad)|prepare (the )?(family|them)|what happens (at|near) the end|actively dying|rattle|breathing changes?)\b"),
        Cue.Of("spiritual_history", 2, @"\b(chaplain|chaplaincy|pastoral care)\b"),
        Cue.Of("spiritual_history", 4, @"\b(spiritual\w*|faith|religio\w*|god|pray\w*|atheist|church|mosque|temple|imam|rabbi|pastor|priest|minister|meaning|soul|heaven|sin|punish\w*|blessing)\b"),
        Cue.Of("cultural_humility_interpreter", 4, @"\b(interpret\w*|translat\w*|language|asl|deaf|lep|cultur\w*|non-?disclosure|don'?t tell (him|her|mom|dad|the patient)|not to tell|(spanish|mandarin|cantonese|arabic|vietnamese|somali|russian|haitian|korean|tagalog|portuguese|farsi|hindi|punjabi|navajo)[- ]speaking|speaks? (only )?(spanish|mandarin|cantonese|arabic|vietnamese|somali|russian|korean|farsi|hindi|punjabi)|atheist|non-?religious|not religious|signing over|bristles?)\b"),
        Cue.Of("prognosis_ranges", 3, @"\b(how long|how much time|how many (days|weeks|months)|days left|prognos\w*|time (left|frame)|timeline|survival|life expectancy|surprise question|\d+ (months|weeks|years)|months?|weeks|make it to|last weeks|expect\w*|odds)\b"),
        Cue.Of("conflict_anger", 4, @"\b(angry|anger|yell\w*|shout\w*|furious|disagree\w*|conflict|argu\w*|push back|hostile|threaten\w*|complain\w*|lawyer|sue|convince|pressur\w*|blam\w*|rude|confront\w*|hallway|mad at|irate|escalat\w*|accus\w*|walked out|storm\w* (off|out)|gave up on|you people|can'?t agree|same page|mixed messages|in my face|de-?escalat\w*)\b"),
        Cue.Of("hope", 4, @"\bmiracles?\b"),
        Cue.Of("spiritual_history", 2, @"\bmiracles?\b"),
        Cue.Of("prognostic_awareness", 3, @"\b((he|she)'?s a fighter|will beat (this|it)|beat (this|it)|not giving up|going to get better|will get better)\b"),
        Cue.Of("prepared", 3, @"\b(terminal (delirium|agitation|restlessness|secretions)|agitat\w* at night|restless\w*)\b"),
        Cue.Of("hope", 3, @"\b(hope\w*|hoping|give up|giving up|tired of fighting|fighting|keep fighting|positive|optimis\w*|make it to|live to see|no chance)\b"),
        Cue.Of("surrogate_decision", 4, @"\b(proxy|surrogate|power of attorney|poa|decision[- ]?maker|next of kin|substituted judg\w*|what (he|she|they) would (want|have wanted)|would have wanted|lacks? capacity|incapacit\w*|decide for|speak for|on (his|her) behalf|guilt\w*|consent for)\b"),
        Cue.Of("pediatric", 4, @"\b(child|children'?s hospital|(sick|dying|young|little) kids?|baby|infant|newborn|neonat\w*|nicu|picu|peds|pediatric|paediatric|adolescent|toddler|parents of|(\d|1[0-7]) ?(yo|y/o|year[- ]old|month[- ]old|mo)\b|fontan|school[- ]age|little (boy|girl))\b"),
        Cue.Of("clinician_self_care", 4, @"\b(burn(ed|t)? ?out|can'?t stop thinking|keep thinking|i feel (so )?(terrible|awful|guilty|horrible|sick|numb|responsible)|my fault|moral distress|debrief|self[- ]care|can'?t sleep|compassion fatigue|i'?m not (ok|okay)|rough (day|shift|night)|(she|he|baby|child|patient|pt|kid) died|just lost|unprofessional|cried in front|maybe (she|he) was right|haunt\w*|second victim)\b"),
    ];
}
