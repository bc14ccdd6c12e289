using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Coach Jon Hale and U.S. Olympic silver medallist Tom Reyes have denied …", "Jane Roe and British sprinter Tom Hale
/// said …": a country or a capitalised adjective before the second person's role only describes that person; both speak.
/// A country with no person after its description is no list. "Quintbank and its partner Norvell Group denied …" and
/// "A, chairperson of X, and B, director of Y, said …": a possessive before the second one's role, and a description set
/// off by commas after each name, keep the list. Invented sentences.
/// </summary>
public sealed class CoordinatedRoleTests
{
    [Theory]
    [InlineData("Top athletics coach Jon Hale and U.S. Olympic silver medallist Tom Reyes have denied any wrongdoing after a documentary accused them of doping.", "person:jon-hale", "person:tom-reyes")]
    [InlineData("Jane Roe and British sprinter Tom Hale said the race had been fixed by the organisers.", "person:jane-roe", "person:tom-hale")]
    [InlineData("Quintbank and its partner Norvell Group denied the report that the harbour deal had collapsed.", "institution:quintbank", "institution:norvell-group")]
    [InlineData("Igor Kolyapin, chairperson of the Harbour Committee, and Yuri Dzhibladze, director of the Centre for Ports, said the harbour report was accurate.", "person:igor-kolyapin", "person:yuri-dzhibladze")]
    [InlineData("Jon Hale, a harbour pilot, and Tom Reyes, his deputy, said the harbour report was accurate.", "person:jon-hale", "person:tom-reyes")]
    public void Both_speak(string sentence, string first, string second)
    {
        var doc = Invented.Extract("pair.txt", "Athletics\n\n" + sentence);
        Assert.Contains(doc.Statements, x => x.SpeakerId == first);
        Assert.Contains(doc.Statements, x => x.SpeakerId == second);
    }

    [Fact]
    public void A_country_with_no_person_after_it_makes_no_list()
    {
        var doc = Invented.Extract("pair.txt", "Athletics\n\nCoach Jon Hale and U.S. Olympic officials said the race had been fixed by the organisers.");
        var said = Assert.Single(doc.Statements);
        Assert.Equal("person:jon-hale", said.SpeakerId);
    }

    [Fact]
    public void A_description_that_speaks_is_no_list()
    {
        var doc = Invented.Extract("pair.txt", "Harbour\n\nJon Hale, who said the harbour report was accurate, and Tom Reyes met on Monday.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:tom-reyes");
    }
}
