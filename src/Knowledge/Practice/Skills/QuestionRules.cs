using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Practice.Skills;

/// <summary>
/// Open versus closed questions by their form: "what/how/why" and "tell me..." invite a story; a question that
/// starts with an auxiliary verb, or with who/when/where/which, invites a word.
/// </summary>
internal static class QuestionRules
{
    private static readonly Regex WhStart = new(@"^(what|what's|how|why)\b", SkillRule.Options, TimeSpan.FromSeconds(1));

    // "What time...", "how many...": a question word asking for a number, a time or a name still invites one word.
    private static readonly Regex AsksForAFact = new(
        @"^(how (many|often|long|old|far)|what (time|day|date|number|dose)|what's (the|your) (best )?(number|name|date|time|address))\b",
        SkillRule.Options, TimeSpan.FromSeconds(1));

    // Invitations that work without a question mark: "Tell me about him."
    private static readonly Regex Invitation = new(
        @"^(tell me|describe|help me understand|say more|(walk|talk|take) me through|i wonder (what|how))\b", SkillRule.Options, TimeSpan.FromSeconds(1));

    private static readonly Regex OpenRequest = new(
        @"^(can|could|would) you (tell me|describe|share|say more|(walk|talk|take) me through|help me understand|explain|put)\b|^may i ask (what|how)\b", SkillRule.Options, TimeSpan.FromSeconds(1));

    private static readonly Regex Lead = new(@"^((and|so|but|okay|ok|now|then|right|well)\b,?\s*)+", SkillRule.Options, TimeSpan.FromSeconds(1));

    // Word order that asks: an auxiliary before its subject ("is it", "does that"), or a question word before one.
    private static readonly Regex Inverted = new(
        @"^((is|are|was|were|do|does|did|have|has|can|could|would|will|shall|should)( not|n't)? (i|you|we|he|she|it|they|that|this|there|your|his|her)\b|(what|how|why|who|when|where|which)('s\b| (is|are|was|were|do|does|did|have|has|can|could|would|will|should|you|about)\b))",
        SkillRule.Options, TimeSpan.FromSeconds(1));

    private static readonly Regex Emotional = new(
        @"\b(worr\w*|afraid|scar\w*|fear\w*|frighten\w*|hardest|hard for you|weighing|upset\w*|feel|feeling|going through your mind|on your mind|mean by|mean when|what do you mean|holding up|behind your|coming up for you|keeping you (up|awake)|how are you (doing|coping) with)\b|\b(tell me|say) more about\b",
        SkillRule.Options, TimeSpan.FromSeconds(1));

    /// <summary>Open or closed, or null for a sentence that is not a question.</summary>
    public static Skill? Classify(string sentence, bool endsWithQuestionMark)
    {
        var clauses = Clauses(sentence).ToList();
        if (clauses.Any(c => Invitation.IsMatch(c) || (endsWithQuestionMark && ((WhStart.IsMatch(c) && !AsksForAFact.IsMatch(c)) || OpenRequest.IsMatch(c)))))
        {
            return Skill.OpenQuestion;
        }

        return endsWithQuestionMark ? Skill.ClosedQuestion : null;
    }

    /// <summary>A sentence typed without a question mark that is still worded as a question.</summary>
    public static bool AskedWithoutMark(string sentence) => Clauses(sentence).Take(1).Any(Inverted.IsMatch);

    /// <summary>An open question about feelings or worries is also NURSE "explore".</summary>
    public static bool Explores(string sentence) => Emotional.IsMatch(sentence);

    // A leading clause ("Before I share anything, what...") hides the question word; look at each clause start.
    private static IEnumerable<string> Clauses(string sentence)
    {
        foreach (var part in sentence.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            yield return Lead.Replace(part, string.Empty);
        }
    }
}
