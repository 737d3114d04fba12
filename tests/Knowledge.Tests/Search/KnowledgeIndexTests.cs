using CpcCoach.Knowledge.Search;
using CpcCoach.Knowledge.Tests.Support;

namespace CpcCoach.Knowledge.Tests.Search;

public sealed class KnowledgeIndexTests
{
    private static KnowledgeIndex Index => SharedKnowledge.Base.Index;

    [Theory]
    [InlineData("fam mtg at 3 pm", "family_meeting_value")]
    [InlineData("how do I recommend DNR", "code_status")]
    [InlineData("pt has a POLST, what now", "code_status")]
    [InlineData("GOC talk with a pt who is declining", "remap")]
    [InlineData("family wants CMO discussion", "hospice_transition")]
    [InlineData("PEG tube for advanced dementia", "peg_tube_request_advanced_dementia")]
    public void Search_FindsEntriesByAbbreviation(string query, string expectedId) =>
        Assert.Contains(expectedId, Top(query, 5));

    [Theory]
    [InlineData("breaking bad news to a patient", "spikes")]
    [InlineData("patient asks am I dying", "am_i_dying")]
    [InlineData("family says don't tell her the diagnosis", "family_requests_nondisclosure")]
    [InlineData("praying for a miracle", "hoping_for_a_miracle")]
    public void Search_FindsEntriesBySynonymOrSituation(string query, string expectedId) =>
        Assert.Contains(expectedId, Top(query, 3));

    [Theory]
    [InlineData("working with an intepreter", "cultural_humility_interpreter")]
    [InlineData("hospise referal", "hospice_transition")]
    [InlineData("prognossis how long", "prognosis_ranges")]
    public void Search_ToleratesTypos(string query, string expectedFramework) =>
        Assert.Contains(expectedFramework, Index.Search(query, 5).SelectMany(h => h.Entry.Frameworks));

    [Fact]
    public void Search_NothingRelevant_ReturnsNoHits() => Assert.Empty(Index.Search("zzzz qqqq", 5));

    [Fact]
    public void Search_ScoresAreRelativeToTheBestHit()
    {
        var hits = Index.Search("angry relative yelling in the hallway", 5);

        Assert.Equal(1f, hits[0].Relative);
        Assert.All(hits, h => Assert.InRange(h.Relative, 0f, 1f));
    }

    [Fact]
    public void Expand_AddsFullWordsForShorthandAndKeepsTheText()
    {
        var expanded = ClinicalLexicon.Expand("fam mtg re GOC, pt is DNR");

        Assert.StartsWith("fam mtg re GOC, pt is DNR", expanded, StringComparison.Ordinal);
        Assert.Contains("family meeting", expanded, StringComparison.Ordinal);
        Assert.Contains("goals of care", expanded, StringComparison.Ordinal);
        Assert.Contains("patient", expanded, StringComparison.Ordinal);
        Assert.Contains("do not resuscitate", expanded, StringComparison.Ordinal);
    }

    private static List<string> Top(string query, int n) => [.. Index.Search(query, n).Select(h => h.Entry.Id)];
}
