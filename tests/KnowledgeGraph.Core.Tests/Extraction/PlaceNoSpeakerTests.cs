using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Where a country is named but does not speak: "Britain's ruling Conservatives say …" (a document noun used before a noun
/// or a name is a modifier, not the country's ruling), "a woman from Honduras, who alleged …" ("who" after a place a
/// preposition governs is the person described before it). "Trump's statement said …" still speaks for Trump. Invented
/// sentences.
/// </summary>
public sealed class PlaceNoSpeakerTests
{
    private const string Lead = "Reports denied on both sides\n\nOfficials met in the capital on Monday. ";

    private static string SpeakerOf(KnowledgeGraph.Model.ExtractedDocument doc, string words) =>
        doc.Entities.Single(e => e.Id == doc.Statements.Single(s => s.Evidence.Contains(words, StringComparison.Ordinal)).SpeakerId).Name;

    [Fact]
    public void A_ruling_party_named_after_a_country_s_possessive_speaks()
    {
        var doc = Invented.Extract("place.txt", Lead + "Britain's ruling Conservatives say the deportation scheme is designed to deter migrants.");
        Assert.Equal("Conservatives", SpeakerOf(doc, "deportation scheme"));
    }

    [Fact]
    public void A_ruling_party_not_named_is_not_the_country_s_government()
    {
        var doc = Invented.Extract("place.txt", Lead + "Kenya's ruling party said the vote was fair.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("vote was fair", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_s_statement_still_speaks_for_the_person()
    {
        var doc = Invented.Extract("place.txt", Lead + "Trump's statement said the vote was fair.");
        Assert.Equal("Donald Trump", SpeakerOf(doc, "vote was fair"));
    }

    [Theory]
    [InlineData("A 19-year-old woman from Honduras, who alleged that a border agent groped her, spoke to reporters.")]
    [InlineData("A man from Guatemala who said that agents took away sleeping mats was interviewed.")]
    public void Who_after_a_governed_place_is_no_government(string sentence)
    {
        var doc = Invented.Extract("place.txt", Lead + sentence);
        Assert.DoesNotContain(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name.StartsWith("Government of", StringComparison.Ordinal));
    }

    [Fact]
    public void Who_after_a_named_person_is_that_person()
    {
        var doc = Invented.Extract("place.txt", Lead + "Maria Lopez, who said that agents took away sleeping mats, was interviewed.");
        Assert.Equal("Maria Lopez", SpeakerOf(doc, "sleeping mats"));
    }
}
