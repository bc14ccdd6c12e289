using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Firms named in the possessive ("McDonald's", "Christie's", "Moody's"), on invented sentences: a capitalised word the
/// article only writes with "'s", that speaks with no noun after the possessive, is an institution and the speaker; a
/// person's possessive before a noun, a participle used as an adjective and the contraction "It's said" are not.
/// </summary>
public sealed class PossessiveFirmTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("possessive-firm.txt", body);

    [Theory]
    [InlineData("Quimby's said on Monday that it would close 200 stores in the county.", Stance.Said, "it would close 200 stores")]
    [InlineData("Quimby's, meanwhile, said it was satisfied with the sale of the pier.", Stance.Said, "satisfied with the sale")]
    [InlineData("Quimby's has denied a report that it will close the pier.", Stance.Denied, "it will close the pier")]
    [InlineData("Quimby's denied the report that it had sold the pier to the council.", Stance.Denied, "sold the pier")]
    public void A_name_only_ever_written_in_the_possessive_that_speaks_is_a_firm(string sentence, Stance stance, string snippet)
    {
        var doc = Extract(sentence);
        var firm = Assert.Single(doc.Entities, e => e.Name == "Quimby's");
        Assert.Equal(EntityKind.Institution, firm.Kind);
        doc.Require(firm.Id, stance, snippet);
    }

    [Theory]
    [InlineData("Jane Quimby was charged on Monday. Quimby's lawyer said the case against her was weak.")]
    [InlineData("Quimby's alleged victims told the court on Monday that the pier was unsafe.")]
    [InlineData("Quimby's claims against the harbour board were dismissed on Monday.")]
    [InlineData("It's said that the pier was closed on Monday after the storm.")]
    [InlineData("The union said: \"Quimby's said nothing to us about the pier.\"")]
    public void A_possessive_before_its_noun_or_a_contraction_names_no_firm(string sentence)
    {
        var doc = Extract(sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name.EndsWith("'s", StringComparison.Ordinal));
    }
}
