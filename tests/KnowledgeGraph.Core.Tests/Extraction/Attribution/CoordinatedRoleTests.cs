using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Coach Jon Hale and U.S. Olympic silver medallist Tom Reyes have denied …", "Jane Roe and British sprinter Tom Hale
/// said …": a country or a capitalised adjective before the second person's role only describes that person; both speak.
/// A country with no person after its description is no list. Invented sentences.
/// </summary>
public sealed class CoordinatedRoleTests
{
    [Theory]
    [InlineData("Top athletics coach Jon Hale and U.S. Olympic silver medallist Tom Reyes have denied any wrongdoing after a documentary accused them of doping.", "person:jon-hale", "person:tom-reyes")]
    [InlineData("Jane Roe and British sprinter Tom Hale said the race had been fixed by the organisers.", "person:jane-roe", "person:tom-hale")]
    public void Both_people_speak(string sentence, string first, string second)
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
}
