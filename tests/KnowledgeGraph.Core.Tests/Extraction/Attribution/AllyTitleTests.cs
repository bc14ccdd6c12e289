using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Peña Nieto ally Lozoya rejected …": a name, "ally" and another name: the ally speaks, as an aide or an adviser would;
/// "US ally Israel said …" stays the country's. Invented sentences.
/// </summary>
public sealed class AllyTitleTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("ally.txt", "Mayor Jane Ruddock faces a vote on Monday.\n\n" + sentence);

    [Theory]
    [InlineData("Ruddock ally Tom Verner said the vote would fail.", "person:tom-verner", Stance.Said)]
    [InlineData("Ruddock ally Tom Verner rejected claims that the mayor had met developers.", "person:tom-verner", Stance.Denied)]
    public void The_ally_named_after_another_name_speaks(string sentence, string speaker, Stance stance)
    {
        var doc = Extract(sentence);
        doc.Require(speaker, stance, "Tom Verner");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:jane-ruddock");
    }

    [Fact]
    public void A_country_called_an_ally_stays_the_countrys_government() =>
        Assert.Single(Extract("US ally Israel said the strike was legal.").Statements, s => s.SpeakerId == "institution:government-of-israel");
}
