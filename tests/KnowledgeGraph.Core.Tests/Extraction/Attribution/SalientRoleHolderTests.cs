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
}
