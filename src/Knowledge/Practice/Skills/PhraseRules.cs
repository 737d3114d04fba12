namespace CpcCoach.Knowledge.Practice.Skills;

/// <summary>
/// The phrase rules, one list per skill. Each is deliberately narrow: a rule that fires on a neighbouring skill's
/// phrasing lowers precision in the labelled-set report (tests/Knowledge.Tests/Practice/skills-labelled.tsv).
/// </summary>
internal static class PhraseRules
{
    private const string Emotion =
        @"(worried|upset|angry|anger|frustrated|scared|frightened|afraid|overwhelmed|sad|shock|shocked|exhausted|tired|disappointed|guilty|torn|let down|anxious|nervous|hurt|devastated|shaken|lost|hit you hard|nobody (has been|is) listening)";

    public static readonly IReadOnlyList<SkillRule> All =
    [
        SkillRule.Of(Skill.AskPermission, "asks if it is okay", @"\b(is|would) (it|that|now|this) (be )?(ok|okay|alright|all right|a good time)( with you)?\b"),
        SkillRule.Of(Skill.AskPermission, "if that's all right", @"\bif (that's|that is) (ok|okay|alright|all right)\b"),
        SkillRule.Of(Skill.AskPermission, "may I", @"^\s*may i\b|\bmay i (tell|ask|share)\b"),
        SkillRule.Of(Skill.AskPermission, "offers to share", @"\b(can|could) (i|we) (share|tell you|talk|spend)\b"),
        SkillRule.Of(Skill.AskPermission, "would you like", @"\bdo you want me to\b|\bwould you like\b|\bwould you prefer\b|\bwould you rather\b"),
        SkillRule.Of(Skill.AskPermission, "would it help", @"\bwould it help if\b|\bwould you be willing\b"),
        SkillRule.Of(Skill.AskPermission, "information preference", @"\bhow much (detail|information)\b|\b(all|the) details\b|\bbig picture\b|\bhow would you like (me|us) to\b"),
        SkillRule.Of(Skill.AskPermission, "checks first", @"\bcheck with you first\b|\bshould i (call|get|wait)\b"),

        SkillRule.Of(Skill.AssessUnderstanding, "asks their understanding", @"\byour (understanding|sense) of\b|\bwhat('s| is) your understanding\b"),
        SkillRule.Of(Skill.AssessUnderstanding, "asks what they were told", @"\bwhat (have|has|did) (you|the \w+|your \w+|you and your family)( \w+)? (been )?(told|heard|explained|tell|say|said)\b|\bwhat have you been (noticing|told)\b|\bwhat do you know about\b"),
        SkillRule.Of(Skill.AssessUnderstanding, "asks what they know", @"\bwhat (you|do you) (already )?(know|understand) about\b|\bhow do you see things\b|\bhow would you describe what\b|\bwhat are you expecting\b|\bhow are you making sense\b|\bmay i ask what you understand\b"),

        SkillRule.Of(Skill.WarningShot, "warns news is coming", @"\b(serious|bad|difficult|hard) news\b|\bsomething (difficult|hard|serious|sad) to (tell|share|say)\b|\b(tell|share with) you something (difficult|hard|serious|sad)\b|\bwish i had better news\b|\bnews is not good\b|\bnot (the result|what) we (were )?hop(ed|ing)\b"),
        SkillRule.Of(Skill.WarningShot, "sorry/afraid, then the news", @"\bi'?m (afraid|sorry)( to (say|tell you))?,? (that )?(the|your|he|she|it's|this|we)\b"),
        SkillRule.Of(Skill.WarningShot, "plain headline", @"\b(cancer|tumou?r)( [\w']+){0,4}?('s| has| is| have| are)( now| also)? (spread|grown|growing|come back|returned|progressed|metasta[sz]i[sz]ed)\b|\b(is|are) not working\b|\b(isn't|aren't|(has|have) stopped) working\b|\b(heart|lungs?|kidneys?|liver|brain|breathing|body) (is|are) getting (weaker|worse)\b|\b(has |have )?(died|passed away)\b|\b(is|are) dying\b|\bnot going to get better\b|\b(is|are) failing\b|\b(gotten|got) worse\b|\bhas not improved\b|\bnot recovering\b|\bshowed cancer\b|\bvery serious\b|\bvery large stroke\b"),

        SkillRule.Of(Skill.NurseName, "names a feeling they show", $@"\b(you|it|this) (look|looks|seem|seems|sound|sounds)( like)?( you('re| are)?)?( feeling| feel)?( really| very| so| a bit)? {Emotion}"),
        SkillRule.Of(Skill.NurseName, "names what they hear", $@"\bi (can )?(see|sense|hear|tell)( that| how)? (you('re| are)?|this)( feeling| really| very| so)? ({Emotion}|(is|makes you) (a )?{Emotion})|\bi('m| am) getting the sense\b|\bi can (see|hear|tell) how {Emotion}|\bi notice you\b|\bi wonder if you('re| are) feeling\b|\bsounds like you feel\b"),
        SkillRule.Of(Skill.NurseName, "names a feeling they show", @"\b(it|you) (looks|sound|sounds|seem|seems) like (you('re| are)|this news) (feeling |really )?(\w+ )?(scared|frightened|worried|let down|angry|upset|has hit)\b|\byou seem really torn\b"),
        SkillRule.Of(Skill.NurseUnderstand, "shows it makes sense", @"\b(can only|can't|cannot) imagine (how|what)\b|\banyone (in your position )?would\b|(?<!way that )(?<!does that )\bmakes (complete |total |perfect )?sense\b|\bi (can )?understand why\b|\b(of course|no wonder) you\b|\bunderstandable\b|\bit's natural to\b|\ba lot (to take in|for anyone)\b|\b(that|this) (sounds|is|must be) (so |incredibly |really )?(hard|difficult|tough|awful)\b|\bi get why\b|\bmany (families|people) feel\b|\bi can see why\b|\bhard to hear\b|\ba lot to hear\b"),
        SkillRule.Of(Skill.NurseRespect, "acknowledges their effort", @"\b(devoted|impressed|admire|amazing advocate|so strong|stood by|better than anyone|held it together|coping with a great deal|incredibly patient|respect how)\b|\bsuch a (good|loving|caring) (son|daughter|wife|husband|mother|father|mum|dad|friend|parent)\b|\b(taken|take|cared for \w+) (such good care|so well)\b|\bdone everything a\b|\bhow much you love\b|\bhow hard you've fought\b"),
        SkillRule.Of(Skill.NurseSupport, "promises not to abandon", @"\b(we|i)('ll| will) be (here|there|with you)\b|\bnot going anywhere\b|\bnot (be )?alone\b|\b(won't|will not) be alone\b|\bwhatever (happens|you decide)\b|\b(won't|will not) abandon\b|\bgoing to stay with you\b|\b(through this|a plan) together\b|\b(i|we)('ll| will) (keep|make sure)\b|\bkeep (caring|looking after|taking care)\b|\bcall me any ?time\b|\bi'm here (to help|for you)\b|\b(we'll|we will) take (good )?care of\b|\bwe'll be with you\b"),

        SkillRule.Of(Skill.PrematureReassurance, "reassures too soon", @"\bdon't (you )?worry\b|\b(everything|it)( will|'ll|'s going to| is going to) (be (fine|okay|ok|alright|all right)|work out)\b|\bi'm sure\b|\b(always|still) hope\b|\bstay (positive|strong)\b|\bat least\b|\byou('ll| will| are going to|'re going to) be (just )?(fine|okay|ok)\b|\btry not to be\b|\bnothing to worry\b|\bbright side\b|\bdon't feel guilty\b|\bshouldn't feel\b|\bdon't need to (be|worry)\b|\bwe can fix\b|\bthings will get better\b|\bbeat this\b|\bdon't be (scared|afraid|upset)\b|\bcalm down\b|\bnot as bad as\b|\bin good hands\b"),

        SkillRule.Of(Skill.CheckUnderstanding, "checks it made sense", @"\b(does|is) (that|this) (make|making) sense\b|\bin your own words\b|\bexplained (that|this) (clearly|well|in a way)\b|\bi('ve| have) been clear\b|\bon the same page\b|\bwhat did you take away\b|\bwhat you heard\b|\b(is|was) (that|any of (it|that)) (clear|confusing)\b|\bgo over (it |that )?again\b|\bwhat will you tell your\b|\bexplain (the plan|it) back\b|\bmake sure i explained\b|^\s*(did|do) you understand\b|\bdid i explain\b|\bcheck that i've explained\b"),
        SkillRule.Of(Skill.SummarisePlan, "sums up", @"\bwhat i'm hearing\b|\bto sum up\b|\blet me summari[sz]e\b|\bto recap\b|\bsounds like what matters\b"),
        SkillRule.Of(Skill.SummarisePlan, "lays out next steps", @"(^|\bso,? |\band )the plan (is|will be)\b|\bnext steps?\b|\bhere's what (we'll|we will|i'll|i will)\b|\blet's plan\b|\b(we've|we have) agreed\b|\bwhat i'll do (now )?is\b|\bi'll arrange\b|\b(we'll|we will) (meet|talk|check in) again\b|\bwe'll make a plan\b|\bi'll write (this|it) in\b"),
        SkillRule.Of(Skill.Recommend, "recommends", @"\b(i|we|our team)( would|'d)?( strongly)? (recommend|recommends|suggest|advise)\b|\bmy recommendation\b|\bi think (it's time to|the best)\b"),
        SkillRule.Of(Skill.WishWorry, "I wish / I worry / I wonder", @"\bi wish\b|\bi('m| am) worried (that|about|the)\b|\bi worry\b|\bi wonder\b"),
    ];
}
