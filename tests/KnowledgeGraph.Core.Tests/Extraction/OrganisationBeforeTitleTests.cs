using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// An organisation's name of several words before a title and a person ("Ministry of Defence spokesman Tom Hale said …")
/// modifies the title whole: the "of" inside it governs no one, so the person speaks. After "a spokesman for", the
/// titled person is the one spoken for, not the organisation ("a spokesman for Harbour Board chairman Tom Hale"), also
/// when "after" opens the clause ("Shares fell after the company denied …": the organisation's noun opening a clause after
/// "after" is its subject too). A preposition before the whole phrase still governs the person. Invented sentences.
/// </summary>
public sealed class OrganisationBeforeTitleTests
{
    [Theory]
    [InlineData("Ministry of Defence spokesman Tom Hale said the report was false.")]
    [InlineData("\"The report is false,\" Bank of England spokesman Tom Hale said.")]
    [InlineData("\"The report is false,\" said Ministry of Defence spokesman Tom Hale.")]
    [InlineData("A spokesman for Harbour Board chairman Tom Hale dismissed the report.")]
    [InlineData("A spokesman for president Tom Hale dismissed the report.")]
    [InlineData("The denial came after a spokesman for Harbour Board chairman Tom Hale dismissed the report.")]
    public void The_titled_person_speaks(string sentence)
    {
        var doc = Invented.Extract("title.txt", "Report denied\n\nThe paper printed the claim on Monday.\n\n" + sentence);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("report", StringComparison.Ordinal));
        Assert.Equal("Tom Hale", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Fact]
    public void A_preposition_before_the_phrase_still_governs_the_person()
    {
        var doc = Invented.Extract("title.txt", "Report denied\n\nA letter to Ministry of Defence spokesman Tom Hale said the report was false.");
        Assert.DoesNotContain(doc.Statements, x => doc.Entities.Single(e => e.Id == x.SpeakerId).Name == "Tom Hale");
    }

    [Fact]
    public void The_organisation_noun_after_after_opens_a_clause()
    {
        var doc = Invented.Extract("after.txt", "Bank row\n\nQuintbank is a lender based in Nairobi.\n\nShares of Quintbank fell 5% after the company denied the report.");
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("denied the report", StringComparison.Ordinal));
        Assert.Equal("Quintbank", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }
}
