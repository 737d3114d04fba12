using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Routing;

/// <summary>
/// Cue lexicons for intents, written for how clinicians type in chat (shorthand, no punctuation), not for any one
/// example. Weights add up per intent; <see cref="Router"/> picks the strongest.
/// </summary>
internal static partial class IntentCues
{
    private const string Q = Intents.QuickTip, P = Intents.PrepareConversation, E = Intents.RespondToEmotion,
        L = Intents.LearnFramework, R = Intents.PracticeRequest, D = Intents.Debrief, F = Intents.Feedback,
        G = Intents.GreetingHelp, O = Intents.OutOfScopeOther;

    /// <summary>Words a person uses to ask how to answer something said to them.</summary>
    public static readonly Cue ReplyVerb = Cue.Of(E, 3, ReplyVerbPattern());

    /// <summary>Strong feeling shown by a patient or family.</summary>
    public static readonly Cue EmotionShown = Cue.Of(E, 2, EmotionShownPattern());

    /// <summary>A rating of the coach's own answer ("thanks, that helped", "not useful"), not a question.</summary>
    public static readonly Cue Rating = Cue.Of(Intents.Feedback, 6, RatingPattern());

    public static readonly IReadOnlyList<Cue> All =
    [
        // greeting and help: about the bot itself
        Cue.Of(G, 6, Greeting1()),
        Cue.Of(G, 3, Greeting2()),
        Cue.Of(G, 5, Greeting3()),
        Cue.Of(G, 6, Greeting4()),
        Cue.Of(G, 3, Greeting5()),

        // feedback: on the clinician's own words, or on the coach's answer
        Cue.Of(F, 6, Feedback1()),
        Cue.Of(F, 4, Feedback2()),
        Cue.Of(F, 3, Feedback3()),
        Rating,

        // practice
        Cue.Of(R, 5, Practice1()),
        Cue.Of(R, 4, Practice2()),

        // learn a framework
        Cue.Of(L, 4, Learn1()),
        Cue.Of(L, 3, Learn2()),

        // debrief: the clinician after something hard
        Cue.Of(D, 6, Debrief1()),
        Cue.Of(D, 3, Debrief2()),

        // respond to emotion: a quoted remark or a display of feeling, plus asking how to answer it
        ReplyVerb,
        EmotionShown,

        // prepare a conversation: a planned or imminent talk
        Cue.Of(P, 3, Prepare1()),
        Cue.Of(P, 3, Prepare2()),
        Cue.Of(P, 2, Prepare3()),

        // quick tip: wording help right now
        Cue.Of(Q, 3, QuickTip1()),
        Cue.Of(Q, 2, QuickTip2()),

        // out of scope, not clinical: tasks that are not communication coaching
        Cue.Of(O, 7, OutOfScope1()),
        Cue.Of(O, 7, OutOfScope2()),
        Cue.Of(O, 5, OutOfScope3()),
    ];

    [GeneratedRegex(@"\bhow (do|should|can|would) (i|we|u|you) (respond|reply|answer|react)|\b(what|how) (do|should|can) (i|we) say (back|to (that|this|her|him|them))|\bright (thing|words?) to say\b|\bhow to (respond|reply|answer)\b|\bwhat (do|should|can) i say\b(?! (to|about) (the|a|my) (family|team|patient))|\bwhat to say (to|when|back)\b|\bhow (do|should|can) i (handle|deal with) (that|this|it) in the moment", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex ReplyVerbPattern();

    [GeneratedRegex(@"\b(crying|cries|cried|sobb\w*|in tears|tearful|weeping|apologi[sz]\w*|broke down|breaking down|hysterical|panick\w*|terrified|scared|afraid|devastated|guilt\w*|blam\w+ (her|him|them)sel\w*|wail\w*|screaming)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex EmotionShownPattern();

    [GeneratedRegex(@"^\s*(thanks|thank you|thx|ty|cheers)\b|\b(that|this|it) (was |is )?(really |very |super )?(helped|helpful|useful|great|perfect|useless|unhelpful|not (helpful|useful|what i (needed|wanted)))\b|\b(not|wasn'?t) (very |that |really )?(helpful|useful)\b|^\s*(👍|👎|helpful|not helpful)\s*$", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex RatingPattern();

    [GeneratedRegex(@"^\s*(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|yo|greetings)\b[\s!.,]*(there|coach|cpc|bot)?[\s!.,]*$", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Greeting1();

    [GeneratedRegex(@"^\s*(hi|hello|hey|hiya|good (morning|afternoon|evening))\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Greeting2();

    [GeneratedRegex(@"\b(first time (using|here|trying)|using this( bot| app| thing)?\b|what (can|do) (you|u) do|how does this (work|bot work)|what is this (bot|app|thing)|who are you|are you (a bot|an ai|human|real)|what are you|can (you|u) help me\??$|is (it|this) just tips|what (kind of|sort of) (things|stuff|help))", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Greeting3();

    [GeneratedRegex(@"^\s*(help|menu|options|\?|commands|start|get started|what now)\s*[?!.]*\s*$", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Greeting4();

    [GeneratedRegex(@"\b(here|this bot|this app|this thing)\b.{0,20}\b(or|just)\b.{0,10}\btips?\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Greeting5();

    [GeneratedRegex(@"\bfeedback\b|\bhow did i do\b|\bwhat went wrong\b|\bwhat did i (do|say) wrong\b|\bcritique\b|\bwhere did i go wrong\b|\bgrade (me|my)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Feedback1();

    [GeneratedRegex(@"\b(did i|was (that|it|i)) (do |say |handle )?(it |that )?(ok|okay|right|wrong|well|alright|too (blunt|harsh|much))\b|\bshould i have (said|done|asked)\b|\bwhat (should|could) i have (said|done)\b|\bhow could i have\b|\bwas (that|it) (the )?wrong thing\b|\bdid i mess( it)? up\b|\bwas i too\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Feedback2();

    [GeneratedRegex(@"\bi (told|said to|asked) (a |the |my )?(pt|patient|pt's|patient's|family|wife|husband|daughter|son|mom|dad|parents?|mother|father)\b.{0,160}\b(still|just|then|and she|and he|and they|stared|walked out|got angry|shut down|went quiet)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Feedback3();

    [GeneratedRegex(@"\b(practi[cs]e|role[- ]?play|roleplay|rehears\w*|simulat\w*|mock (conversation|family meeting|convo))\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Practice1();

    [GeneratedRegex(@"\b(be|act as|play|pretend (to be|you'?re)|you be|can you be) (a|an|the|my) (pt|patient|family|daughter|son|wife|husband|dad|mom|mother|father|parent|relative|surrogate|teen|nurse|attending)\b|\bpretend (you'?re|to be)\b|\bquiz me\b|\blet'?s (try|do) (it|one|a (scenario|case))\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Practice2();

    [GeneratedRegex(@"\b(teach me|explain (like|to me|it to me|it simply|the )|what does (the )?\w+ stand for|stand for\b|what (is|are|'s) (the|a|an)? ?\w+ (framework|model|mnemonic|tool|map|approach|protocol|acronym|guide)\b|like i'?m (an? )?(intern|student|new|five|5|ms3|med student)|walk me through (the|a|an) [\w-]+ (framework|model|mnemonic|map|protocol|steps)|^\s*(please |pls |can you )?explain\b|how does \w+ work|tell me about (the )?\w+ (framework|model|mnemonic|protocol)|overview of|give me (an )?overview)", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Learn1();

    [GeneratedRegex(@"\b(supposed to look like|what('s| is) (a|an|the) \w+( \w+)? supposed to|new to (this|icu|the icu|palliative|hospice|oncology|nursing|\w+ nursing)|what('s| is) the (actual )?difference between|difference between|what does (a|an|the) \w+ (do|mean)\b(?! to)|what is (a |an )?(goals of care|family meeting|serious illness conversation|time[- ]limited trial|hospice|palliative care|surrogate|health care proxy|code status)\b|is that (literally|just|basically)|what'?s the point of|why does it matter|in a nutshell|the basics of|learn (about|the)|how (is|are) (it|they|this|that|[\w ]{1,30}) (supposed to be )?used|when (do|does|should) (it|they|these|you|i) (make sense|use|apply)|when to use)", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Learn2();

    [GeneratedRegex(@"\b(debrief|that was (rough|brutal|awful|hard|tough|terrible)|rough (day|shift|night|one|week)|hard (day|shift|night)|can'?t stop thinking|keep thinking about|keeps? replaying|i feel (so )?(terrible|awful|guilty|horrible|sick|responsible|like a failure|numb|useless)|my fault|moral distress|burn(ed|t)? ?out|i'?m not (ok|okay|sleeping)|need to (vent|process|talk about what happened)|still (shaken|upset|rattled)|haunt\w*)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Debrief1();

    [GeneratedRegex(@"\b(just had|just finished|just got out of|just came out of|just lost|lost (a|my|our) (patient|pt)|(she|he|pt|patient|the baby|the child|they) (died|passed|coded)|passed away|after (he|she|they) died|first death)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Debrief2();

    [GeneratedRegex(@"\b(in|maybe|about|like|got|have) (~?\d+|an|a|half an|a few|twenty|ten|five) ?(min|mins|minutes|hrs?|hours?)\b|\b(tomorrow|tmrw|tmr|tonight|this (afternoon|morning|evening|week)|later today|next week|on (monday|tuesday|wednesday|thursday|friday)|at \d{1,2}(:\d\d)? ?(am|pm)?)\b|\bbefore (discharge|the meeting|rounds|surgery|they arrive|the family (arrives|comes))\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Prepare1();

    [GeneratedRegex(@"\b(where do i (even )?start|how (do|should|can) i (set (this|it|that) up|prepare|plan|structure|run|lead|start|open|organi[sz]e)|set(ting)? (up|this up) (the|a|those|these|this)?|help me (plan|prepare|get ready|structure|think through)|going to (meet|talk|sit down|have (a|the)|tell|break|discuss)|need to (discuss|tell|talk|have|break|deliver|give|bring up|lead|run|sit down)|have to (tell|discuss|talk|break|give)|(wants?|asked) (me )?(to have )?(a|the) (serious illness|goals of care|goc|family|code status|hospice) (convo|conversation|discussion|meeting|talk)|(think|thinking) (it|this) through|help (them|the family|the parents|him|her) (decide|think|weigh)|prep(are|ping)? for|get ready for)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Prepare2();

    [GeneratedRegex(@"\bwhat do i (tell|say to) (them|the family|the parents|the kids|his|her)\b|\b(family meeting|fam mtg|family conference|goc (talk|convo|conversation|meeting)|meeting with the family) (at|in|tomorrow|today|later|this|on|coming up|scheduled)\b|\bupcoming\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex Prepare3();

    [GeneratedRegex(@"\bhow (do|can|should|would) (i|we) (explain|tell|say|present|put|phrase|word|offer|bring up|raise|describe|introduce|frame|ask|answer|respond|push back|handle|approach|talk)\b|\bbest way to (put|say|phrase|explain|tell|word|handle|ask|bring up|frame|offer)\b|\bwhat do i do( now| in that moment| here)?\b|\bhow to (handle|approach|bring up|raise|say|word|phrase|explain|tell|offer|present)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex QuickTip1();

    [GeneratedRegex(@"\b(any (good )?(way|tips?|advice|suggestions?|ideas)|quick (tip|q)|tips? (for|on)|advice (for|on)|good (way|words|phrase)|words (for|to use)|simple words|handle (that|this|it)|in that moment|right now|what('s| is) a good way)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex QuickTip2();

    [GeneratedRegex(@"\b(draft|write|compose|make|create|format|proofread|edit|fix)\b.{0,40}\b(letter|email|e-mail|appeal|essay|poem|cover letter|resume|cv|spreadsheet|powerpoint|slides|discharge summary|progress note|h&p|note for me|policy|script in|code)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex OutOfScope1();

    [GeneratedRegex(@"\b(weather|forecast|recipe|stock(s| price)|football|basketball|soccer|movie|restaurant|parking|cafeteria|vacation|pto|payroll|python|javascript|excel|sql|bitcoin|crypto|lottery|horoscope|traffic|flight|hotel|joke|trivia|homework|wifi|password|printer|outlook|sports? score)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex OutOfScope2();

    [GeneratedRegex(@"\b(insurance|prior auth\w*|billing|icd[- ]?10|cpt code|reimburse\w*|coding question|rvu|denial letter|appeal (a|the) denial)\b|\b(summari[sz]e|translate|proofread) (this|the|that|my|an?) (article|paper|document|pdf|study|chapter|journal|abstract)\b", Cue.Options, Cue.TimeoutMilliseconds)]
    private static partial Regex OutOfScope3();
}
