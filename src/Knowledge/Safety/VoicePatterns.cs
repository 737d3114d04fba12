using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Safety;

/// <summary>
/// Patterns for the clinician's own distress and self-harm, and the guards that tell the clinician's voice from
/// a patient's words the clinician is reporting ("pt keeps saying she wants to die").
/// </summary>
internal static partial class VoicePatterns
{
    // Untrusted user text: callers go through LinearFallback (see ScopePatterns). Quoted() keeps the backtracking engine
    // because it needs lookarounds to tell quotes from apostrophes.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Others =
        "(?:pt|pts|patient|he|she|they|we|family|wife|husband|daughter|son|mom|mum|dad|mother|father|sister|brother|parents?|" +
        "man|woman|lady|guy|gentleman|child|kid|teen|resident|team|nurse|doc|attending|everyone|people|\\[name\\])";

    [GeneratedRegex(@"\b(?:can'?t|cannot|can not|couldn'?t)\s+stop\s+(?:crying|thinking|replaying|shaking|seeing|hearing|going over)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex CantStop();

    [GeneratedRegex(@"\b(?:died|passed away|passed|coded|death)\b[^?!]{0,80}\b(?:i|im|i'm)\s+(?:keep|kept|can'?t|cannot|still|haven'?t|am still|feel)\b|\bi\s+(?:keep|kept)\s+(?:thinking|replaying|going over|seeing)\b[^.?!]{0,60}\b(?:died|death|passed|dying|my fault|should have)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex AfterDeath();

    [GeneratedRegex(@"\b(?:i|i've|i have|i was|i'm|im|i am)\s+(?:been\s+|was\s+|keep\s+|kept\s+|started\s+|just\s+|still\s+)*(?:crying|cried|sobbing|in tears|tearing up)\b|\bcried\s+(?:in my car|all the way|the whole|on the way|after (?:my|the) shift)|\bcry(?:ing)? in (?:the|my) (?:car|bathroom|stairwell|supply room)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex Crying();

    [GeneratedRegex(@"\b(?:i'?m|im|i am|i feel|feeling|i've been|i have been|i'm getting)\s+(?:so\s+|really\s+|totally\s+|completely\s+|just\s+|pretty\s+)?(?:burn(?:ed|t)[- ]?out|exhausted|drained|numb|overwhelmed|broken|wrecked|devastated|haunted|gutted|crushed|shattered|traumati[sz]ed)\b|\b(?:my|i have|i've got|i'm having|experiencing|dealing with|feeling|so much)\s+[\w'\- ]{0,20}?\b(?:burnout|moral distress|moral injury|compassion fatigue)\b|\b(?:hit me|hitting me|got to me|stuck with me|staying with me|haunting me|weighing on me)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex Burnout();

    [GeneratedRegex(@"\b(?:my fault|i (?:killed|failed|hurt|let down) (?:him|her|them|my patient|the patient)|blame myself|i feel (?:so |really )?(?:guilty|responsible|awful|terrible|horrible|sick about)|i should have (?:caught|known|done|said|pushed|called|stopped))\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex Guilt();

    [GeneratedRegex(@"\b(?:i'?m|im|i am)\s+(?:really |just |so )?(?:not (?:ok|okay|doing (?:ok|okay|well|great))|struggling|falling apart|barely holding (?:it )?together|a mess|a wreck)\b|\bi (?:can'?t|cannot) (?:sleep|eat|focus|function|cope|handle this|do this anymore|keep doing this)\b|\bi (?:dread|hate) (?:coming|going) (?:in|to work)\b|\b(?:thinking (?:of|about)|want to) (?:quit|quitting|leave|leaving) (?:medicine|nursing|the job|my job|this job)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex NotOkay();

    [GeneratedRegex(@"\bi\s*(?:really\s+|just\s+|honestly\s+)?(?:don'?t|do not|dont|no longer)\s+(?:want|wanna)\s+to\s+(?:be here|be alive|live|exist|wake up|go on|be around)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex NotBeHere();

    [GeneratedRegex(@"\b(?:thinking (?:of|about)|want(?:ing)? to|going to|gonna|might|plan(?:ning)? to|should just)\s+(?:just\s+)?(?:end(?:ing)?\s+(?:it(?:\s+all)?|my life|everything)|kill(?:ing)?\s+myself|hurt(?:ing)?\s+myself|tak(?:e|ing)\s+my (?:own )?life)\b|\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?)\s+myself\b|\bend(?:ing)? my (?:own )?life\b|\btak(?:e|ing) my (?:own )?life\b|\boverdos(?:e|ing) (?:myself|on purpose)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex EndIt();

    [GeneratedRegex(@"\b(?:i'?m|im|i am|i feel|i've been|i have been|i've had|i have|having|feeling)\s+[\w'\- ]{0,28}?\b(?:suicidal|thoughts of (?:suicide|dying|death|ending it|killing myself)|dark thoughts)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex Suicidal();

    [GeneratedRegex(@"\bwhat'?s the point (?:of|in) (?:living|life|going on|anything|it all|any of (?:it|this))\b|\bno (?:reason|point) (?:to|in) (?:live|living|go(?:ing)? on|keep going)\b|\bbetter off (?:dead|without me)\b|\bi (?:can'?t|cannot) go on\b|\bi wish i (?:was|were) dead\b|\bi wish i (?:could )?(?:disappear|not wake up|didn'?t wake up|wouldn'?t wake up)\b|\bi (?:want|wanna) to die\b|\bi want it (?:all )?to (?:end|stop)\b|\b(?:i'?m|im|i am|i feel|feeling)\s+(?:so\s+|completely\s+|totally\s+|utterly\s+)?hopeless(?:\s*$|\s*[.,!;]|\s+and\b|\s+(?:lately|these days|all the time|every day|about (?:everything|life|the future)))", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex NoPoint();

    /// <summary>Someone else is speaking just before the match: "pt keeps saying ", "she told me she ", "daughter: ".</summary>
    [GeneratedRegex(@"\b" + Others + @"(?:'s)?\b[\w' ]{0,42}?\s+(?:says?|said|saying|keeps? saying|kept saying|told me|tells me|tells us|told us|asks?|asked|yell(?:s|ed)?|scream(?:s|ed)?|whisper(?:s|ed)?|states?|stated|cries|repeats?|repeated|wrote|texted|mentioned|begs|begged|begging|is like|was like|goes)\b[\s:,]*[^.!?\n]{0,48}$|\b" + Others + @"\s*:\s*[^.!?\n]{0,48}$", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex ReportedSpeech();

    [GeneratedRegex(@"\b(?:i|i'm|im|i've|i'd|me|my|myself)\b", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex FirstPerson();

    /// <summary>Another person is the subject right before the match: "she's thinking of ending it", "family is burned out".</summary>
    [GeneratedRegex(@"\b" + Others + @"(?:'s|'re| is| are| was| were| has| have| has been| have been| had| keeps| kept| feels| felt| seems)?\s+(?:\S+\s+)?$", Options, LinearFallback.TimeoutMilliseconds)]
    internal static partial Regex OtherSubjectBefore();

    /// <summary>Double-quoted speech, or single-quoted when the quote marks sit at word edges (so "don't" is not a quote).</summary>
    [GeneratedRegex(@"""[^""]{0,400}""|“[^”]{0,400}”|(?<=^|[\s:,(])'[^'\n]{2,400}?'(?=$|[\s.,!?;:)])", RegexOptions.CultureInvariant)]
    internal static partial Regex Quoted();
}
