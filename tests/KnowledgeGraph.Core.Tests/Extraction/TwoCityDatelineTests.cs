using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "OSLO/MADRID, March 17 Norwegian shipping firm Zorvex denied …": a story filed from two cities joins them with a
/// slash; both are the dateline, so the sentence's subject is the firm after them, not the country its demonym names.
/// Invented sentences.
/// </summary>
public sealed class TwoCityDatelineTests
{
    [Theory]
    [InlineData("OSLO/MADRID, March 17 Norwegian shipping\nfirm Zorvex denied on Tuesday media reports that it paid bribes for a port contract.")]
    [InlineData("OSLO/MADRID, March 17 Norwegian shipping firm Zorvex denied on Tuesday media reports that it paid bribes for a port contract.")]
    public void The_firm_after_a_two_city_dateline_is_the_subject(string lead)
    {
        var doc = Invented.Extract("wire.txt", lead + "\nZorvex said the report was incorrect.");
        var firm = Assert.Single(doc.Entities, e => e.Name == "Zorvex");
        doc.Require(firm.Id, Stance.Denied, "paid bribes");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != firm.Id);
    }

    [Fact]
    public void A_slash_between_words_that_are_no_dateline_stays_in_the_sentence()
    {
        var doc = Invented.Extract("wire.txt", "Title\n\nThe AC/DC tour was cancelled, Zorvex said on Monday.");
        var firm = Assert.Single(doc.Entities, e => e.Name == "Zorvex");
        doc.Require(firm.Id, Stance.Said, "tour was cancelled");
    }
}
