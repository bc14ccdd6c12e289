using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "The minister has since denied …" when the text named two ministers: the one it is about (named most often), not the
/// one named last in passing. Invented sentences.
/// </summary>
public sealed class SalientRoleHolderTests
{
    [Fact]
    public void A_role_description_goes_to_the_holder_named_most_often()
    {
        var doc = Invented.Extract("minister.txt",
            "Minister accused of paying journalists\n\n" +
            "The opposition on Tuesday called for Mines Minister Tom Hale to resign over allegations that he paid journalists to bury a story.\n\n" +
            "The Harlow Ledger reported that Hale paid the journalists in exchange for silence about a dispute involving Finance Minister Jan Kolar.\n\n" +
            "The minister has since denied ever paying journalists.");
        doc.Require("person:tom-hale", Stance.Denied, "denied ever paying journalists");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:jan-kolar");
    }

    [Fact]
    public void The_spokesperson_speaks_for_the_organisation_an_unnamed_spokesperson_last_spoke_for()
    {
        var doc = Invented.Extract("spokesperson.txt",
            "Miner rejects union claims\n\n" +
            "\u201CWe were due to meet the union leadership on Monday, but they did not attend the meeting,\u201D said a Northwind Mining spokesperson on behalf of the board.\n\n" +
            "The Harbour Workers Union said on Tuesday that the board had acted unlawfully.\n\n" +
            "\u201CWe have repeatedly invited the union to present evidence of wrongdoing,\u201D the spokesperson said.");
        var s = doc.Require(doc.Statements[0].SpeakerId, Stance.Said, "repeatedly invited the union");
        Assert.Equal("Northwind Mining", Assert.Single(doc.Entities, e => e.Id == s.SpeakerId).Name);
    }
}
