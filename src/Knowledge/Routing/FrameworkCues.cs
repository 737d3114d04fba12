using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Routing;

/// <summary>
/// Evidence for frameworks in how clinicians describe a situation. Name mentions weigh most; situation cues less;
/// search hits add to both in <see cref="Router"/>. Acronyms that are also ordinary words (NURSE, GUIDE, VALUE,
/// PREPARED, HOPE) only count in capitals or next to a framework word.
/// </summary>
internal static partial class FrameworkCues
{
    public const double Mention = 7;

    public static readonly IReadOnlyList<Cue> Mentions =
    [
        Cue.Of("spikes", Mention, MentionSpikes()),
        Cue.Of("nurse", Mention, MentionNurse()),
        Cue.Of("remap", Mention, MentionRemap()),
        Cue.Of("sicg", Mention, MentionSicg()),
        Cue.Of("ask_tell_ask", Mention, MentionAskTellAsk()),
        Cue.Of("wish_worry_wonder", Mention, MentionWishWorryWonder()),
        Cue.Of("guide", Mention, MentionGuide()),
        Cue.Of("prognostic_awareness", Mention, MentionPrognosticAwareness()),
        Cue.Of("best_case_worst_case", Mention, MentionBestCaseWorstCase()),
        Cue.Of("time_limited_trial", Mention, MentionTimeLimitedTrial()),
        Cue.Of("family_meeting_value", Mention, MentionFamilyMeetingValue()),
        Cue.Of("code_status", Mention, MentionCodeStatus()),
        Cue.Of("prepared", Mention, MentionPrepared()),
        Cue.Of("spiritual_history", Mention, MentionSpiritualHistory()),
    ];

    public static readonly IReadOnlyList<Cue> Situations =
    [
        Cue.Of("spikes", 3, SituationSpikes()),
        Cue.Of("guide", 4, SituationGuide1()),
        Cue.Of("guide", 3, SituationGuide2()),
        Cue.Of("nurse", 3, SituationNurse()),
        Cue.Of("remap", 2, SituationRemap()),
        Cue.Of("sicg", 3, SituationSicg()),
        Cue.Of("ask_tell_ask", 2, SituationAskTellAsk1()),
        Cue.Of("ask_tell_ask", 3, SituationAskTellAsk2()),
        Cue.Of("family_meeting_value", 2, SituationFamilyMeetingValue1()),
        Cue.Of("wish_worry_wonder", 3, SituationWishWorryWonder1()),
        Cue.Of("wish_worry_wonder", 3, SituationWishWorryWonder2()),
        Cue.Of("prognostic_awareness", 3, SituationPrognosticAwareness1()),
        Cue.Of("best_case_worst_case", 3, SituationBestCaseWorstCase()),
        Cue.Of("time_limited_trial", 3, SituationTimeLimitedTrial()),
        Cue.Of("family_meeting_value", 3, SituationFamilyMeetingValue2()),
        Cue.Of("do_everything", 4, SituationDoEverything()),
        Cue.Of("code_status", 4, SituationCodeStatus()),
        Cue.Of("hospice_transition", 1, SituationHospiceTransition1()),
        Cue.Of("hospice_transition", 4, SituationHospiceTransition2()),
        Cue.Of("prepared", 3, SituationPrepared1()),
        Cue.Of("spiritual_history", 2, SituationSpiritualHistory1()),
        Cue.Of("spiritual_history", 4, SituationSpiritualHistory2()),
        Cue.Of("cultural_humility_interpreter", 4, SituationCulturalHumilityInterpreter()),
        Cue.Of("prognosis_ranges", 3, SituationPrognosisRanges()),
        Cue.Of("conflict_anger", 4, SituationConflictAnger()),
        Cue.Of("hope", 4, SituationHope1()),
        Cue.Of("spiritual_history", 2, SituationSpiritualHistory3()),
        Cue.Of("prognostic_awareness", 3, SituationPrognosticAwareness2()),
        Cue.Of("prepared", 3, SituationPrepared2()),
        Cue.Of("hope", 3, SituationHope2()),
        Cue.Of("surrogate_decision", 4, SituationSurrogateDecision()),
        Cue.Of("pediatric", 4, SituationPediatric()),
        Cue.Of("clinician_self_care", 4, SituationClinicianSelfCare()),
    ];

    [GeneratedRegex(@"\bspikes\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionSpikes();

    [GeneratedRegex(@"(?-i:\bNURSE\b)|\bnurse (statements?|mnemonic|framework|acronym|model)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionNurse();

    [GeneratedRegex(@"\bre-?map\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionRemap();

    [GeneratedRegex(@"\b(sicg|serious illness (conversation )?guide|ariadne)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionSicg();

    [GeneratedRegex(@"\bask[- ]?tell[- ]?ask\b|\bATA\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionAskTellAsk();

    [GeneratedRegex(@"\bwish[,/ ]+(i )?worry\b|\bi wish statements?\b|\bwish[- ]worry[- ]wonder\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionWishWorryWonder();

    [GeneratedRegex(@"(?-i:\bGUIDE\b)|\bheadline (approach|map|framework|statement)", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionGuide();

    [GeneratedRegex(@"\bprognostic awareness\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionPrognosticAwareness();

    [GeneratedRegex(@"\bbest[- ]case[ /,-]+worst[- ]case\b|\bbc/?wc\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionBestCaseWorstCase();

    [GeneratedRegex(@"\btime[- ]limited trials?\b|\bTLT\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionTimeLimitedTrial();

    [GeneratedRegex(@"(?-i:\bVALUE\b)|\bvalue (mnemonic|framework|approach)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionFamilyMeetingValue();

    [GeneratedRegex(@"\bcode status\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionCodeStatus();

    [GeneratedRegex(@"(?-i:\bPREPARED\b)|\bprepared (guideline|framework|mnemonic)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionPrepared();

    [GeneratedRegex(@"\b(fica|spiritual (history|assessment|screen\w*))\b|(?-i:\bHOPE (tool|questions|assessment)\b)", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex MentionSpiritualHistory();

    [GeneratedRegex(@"\b(bad news|break(ing)? (the )?news|deliver\w* (the )?news|results? (are|is|came|come) back|scan (shows?|results?|came)|biopsy|path(ology)? (report|results?)|new(ly)? diagnos\w*|just diagnosed|recurrence|(cancer|it)('s| is) back|progress(ion|ed|ing)|spread|all the numbers|metastat\w*|malignan\w*|am i dying|is (he|she|mom|dad) dying)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationSpikes();

    [GeneratedRegex(@"\b(very sick|really sick|not doing (well|great)|gravely ill|nothing more (we|I) can do|done all we can|(\d+|several|many|multiple|a few) times|didn'?t (land|sink in|register)|not landing|went over (his|her|their) head)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationGuide1();

    [GeneratedRegex(@"\b(tell me straight|straight answer|give it to me straight|euphemism\w*|short and clear|one sentence|blunt|sugar ?coat\w*|headline|right away|straight away|(then )?(waited|paused))\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationGuide2();

    [GeneratedRegex(@"\b(cry(ing)?|cried|tears|tearful|sobb\w*|upset|emotional|scared|afraid|fear\w*|sad(ness)?|grief|griev\w*|overwhelm\w*|apologi[sz]\w*|guilt\w*|empath\w*|tired of fighting|feelings?|frustrat\w*|devastat\w*|heartbroken|shaken|distraught|anxious|anxiety|panic\w*|exhausted|worn out|falling apart|burden|went quiet|silent|silence)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationNurse();

    [GeneratedRegex(@"\b(goals of care|goc|not working|no longer (working|helping)|isn'?t working|stopped working|change (of|in|the) (plan|direction|course)|shift (to|toward) comfort|recommend\w*|legit option|what matters|next steps?)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationRemap();

    [GeneratedRegex(@"\b(serious illness (convo|conversation|discussion)|advance care plan\w*|acp|early (goals|conversation|convo)|values? (conversation|discussion|talk)|what matters most|before discharge|document\w*|health care proxy|(outpatient|clinic) (goals|convo|conversation)|where do i start)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationSicg();

    [GeneratedRegex(@"\b(explain\w*|what (he|she|they) (know|understand|already know)|check(ing)? understanding|teach[- ]?back|jargon|simple words|plain (language|english|words)|never heard|how much (he|she|they) want to know|information|numbers|statistics|difference between|at the counter|what to expect|stared|just stared)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationAskTellAsk1();

    [GeneratedRegex(@"\b(can|should|do|how do) (i|we) (tell|explain to|talk to) (the|his|her|their) (wife|husband|family|daughter|son|mom|dad|parents?|partner)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationAskTellAsk2();

    [GeneratedRegex(@"\b(palliative sedation|withdraw\w*|extubat\w*|terminal wean\w*|comfort[- ]focused)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationFamilyMeetingValue1();

    [GeneratedRegex(@"\b(i wish|i worry|i wonder|unrealistic|make it to|live to see|until (christmas|her|his|the) \w+|wedding|birthday|graduat\w*|anniversary|holiday|asks? (me )?if (she|he)'?ll|hoping to (go|see|get|make))\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationWishWorryWonder1();

    [GeneratedRegex(@"\b(prob(ably)? not|unlikely|i doubt (it|that|she|he)|won'?t make it|not going to happen|can'?t (promise|give (her|him|them) that)|the honest answer is (no|probably not))\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationWishWorryWonder2();

    [GeneratedRegex(@"\b(doesn'?t (get|understand|accept|believe) it|(not|isn'?t|aren'?t) (dying|that sick)|in denial|denial|still (asks?|asked|asking|thinks?|believes?|talks? about)|coming home|when (he|she)'?s (coming|going) home|oscillat\w*|won'?t accept|stop saying|doesn'?t realiz\w*|unaware|no idea how sick|understand how sick|what (he|she|they) (understands?|knows?))\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationPrognosticAwareness1();

    [GeneratedRegex(@"\b(best case|worst case|high[- ]risk (surgery|operation|procedure)|surg\w*|operat\w*|procedure|tavr|valve|amputat\w*|mortality|% ?(chance|mortality|risk)|\d+ ?% |chance of (survival|surviving|dying|long[- ]term)|frail\w*|not doing (it|the)|transplant\w*|listing| vs\.? | versus |weigh\w* (the )?(options|choice))\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationBestCaseWorstCase();

    [GeneratedRegex(@"\b(trial (of|period)|time[- ]?limited|stop(ping)? point|clear (end|stop|endpoint)|give it (a few|\d+|some) (days|weeks)|bipap|cpap|niv|intubat\w*|ventilat\w*|vent|dialysis|on a machine|machines?|see if (it|he|she) (improves|gets better)|reassess\w*|uncertain (benefit|whether)|ecmo|trach\w*)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationTimeLimitedTrial();

    [GeneratedRegex(@"\b(family (meeting|conference|mtg)|fam mtg|meeting with (the )?family|in front of the family|icu family|sit there|talk or just|whole family|team meeting|(the|a) family meeting)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationFamilyMeetingValue2();

    [GeneratedRegex(@"\b(do(ing)? everything|everything (done|possible)|do something|don'?t give up|give up on|wants? everything|keep (him|her|them) alive|all the way|full (treatment|aggressive)|aggressive (care|treatment)|at all costs|won'?t let (him|her) go)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationDoEverything();

    [GeneratedRegex(@"\b(dnr|dni|dnar|polst|molst|cpr|resuscitat\w*|full code|no code|code (him|her)|allow natural death|chest compressions|shock (him|her)|intubate or not|(?-i:\bAND order))\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationCodeStatus();

    [GeneratedRegex(@"\bhospice (pt|patient|pts|nurse|rn|team|agency|meds?|unit|home|staff)\b|\b(on|in) hospice\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationHospiceTransition1();

    [GeneratedRegex(@"\b(hospice(?! (pt|patient|pts|nurse|rn|team|agency|meds?|unit|home|staff)\b)(?<!(on|in) hospice)|comfort care|comfort measures|cmo|palliative care (vs|versus|or|and)|(stop|stopping|done with|quit\w*|come off|coming off) (chemo|treatment|dialysis|hd)|no more (chemo|treatment)|abandon\w*|end of treatment|not ready for)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationHospiceTransition2();

    [GeneratedRegex(@"\b(what to expect|last (weeks|days|months|hours)|caregiv\w*|dying process|signs of dying|phone (updates?|calls?)|overseas|(lives?|living) (far|away|abroad)|prepare (the )?(family|them)|what happens (at|near) the end|actively dying|rattle|breathing changes?)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationPrepared1();

    [GeneratedRegex(@"\b(chaplain|chaplaincy|pastoral care)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationSpiritualHistory1();

    [GeneratedRegex(@"\b(spiritual\w*|faith|religio\w*|god|pray\w*|atheist|church|mosque|temple|imam|rabbi|pastor|priest|minister|meaning|soul|heaven|sin|punish\w*|blessing)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationSpiritualHistory2();

    [GeneratedRegex(@"\b(interpret\w*|translat\w*|language|asl|deaf|lep|cultur\w*|non-?disclosure|don'?t tell (him|her|mom|dad|the patient)|not to tell|(spanish|mandarin|cantonese|arabic|vietnamese|somali|russian|haitian|korean|tagalog|portuguese|farsi|hindi|punjabi|navajo)[- ]speaking|speaks? (only )?(spanish|mandarin|cantonese|arabic|vietnamese|somali|russian|korean|farsi|hindi|punjabi)|atheist|non-?religious|not religious|signing over|bristles?)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationCulturalHumilityInterpreter();

    [GeneratedRegex(@"\b(how long|how much time|how many (days|weeks|months)|days left|prognos\w*|time (left|frame)|timeline|survival|life expectancy|surprise question|\d+ (months|weeks|years)|months?|weeks|make it to|last weeks|expect\w*|odds)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationPrognosisRanges();

    [GeneratedRegex(@"\b(angry|anger|yell\w*|shout\w*|furious|disagree\w*|conflict|argu\w*|push back|hostile|threaten\w*|complain\w*|lawyer|sue|convince|pressur\w*|blam\w*|rude|confront\w*|hallway|mad at|irate|escalat\w*|accus\w*|walked out|storm\w* (off|out)|gave up on|you people|can'?t agree|same page|mixed messages|in my face|de-?escalat\w*)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationConflictAnger();

    [GeneratedRegex(@"\bmiracles?\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationHope1();

    [GeneratedRegex(@"\bmiracles?\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationSpiritualHistory3();

    [GeneratedRegex(@"\b((he|she)'?s a fighter|will beat (this|it)|beat (this|it)|not giving up|going to get better|will get better)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationPrognosticAwareness2();

    [GeneratedRegex(@"\b(terminal (delirium|agitation|restlessness|secretions)|agitat\w* at night|restless\w*)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationPrepared2();

    [GeneratedRegex(@"\b(hope\w*|hoping|give up|giving up|tired of fighting|fighting|keep fighting|positive|optimis\w*|make it to|live to see|no chance)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationHope2();

    [GeneratedRegex(@"\b(proxy|surrogate|power of attorney|poa|decision[- ]?maker|next of kin|substituted judg\w*|what (he|she|they) would (want|have wanted)|would have wanted|lacks? capacity|incapacit\w*|decide for|speak for|on (his|her) behalf|guilt\w*|consent for)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationSurrogateDecision();

    [GeneratedRegex(@"\b(child|children'?s hospital|(sick|dying|young|little) kids?|baby|infant|newborn|neonat\w*|nicu|picu|peds|pediatric|paediatric|adolescent|toddler|parents of|(\d|1[0-7]) ?(yo|y/o|year[- ]old|month[- ]old|mo)\b|fontan|school[- ]age|little (boy|girl))\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationPediatric();

    [GeneratedRegex(@"\b(burn(ed|t)? ?out|can'?t stop thinking|keep thinking|i feel (so )?(terrible|awful|guilty|horrible|sick|numb|responsible)|my fault|moral distress|debrief|self[- ]care|can'?t sleep|compassion fatigue|i'?m not (ok|okay)|rough (day|shift|night)|(she|he|baby|child|patient|pt|kid) died|just lost|unprofessional|cried in front|maybe (she|he) was right|haunt\w*|second victim)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex SituationClinicianSelfCare();
}
