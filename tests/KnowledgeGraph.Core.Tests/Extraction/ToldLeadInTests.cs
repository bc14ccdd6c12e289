using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A paragraph ending "… told a news conference:", "… told Reuters on Monday:" or "… said in a statement:" introduces
/// the quoted paragraphs below it as "… said:" does: the hearers or the setting between the verb and the colon do not hide
/// it. Invented sentences.
/// </summary>
public sealed class ToldLeadInTests
{
    [Theory]
    [InlineData("Port spokesman John Okafor told a news conference:")]
    [InlineData("Port spokesman John Okafor told reporters in Harbour City on Monday:")]
    [InlineData("Port spokesman John Okafor said in a statement:")]
    public void Quoted_paragraphs_below_the_lead_in_are_its_speakers(string leadIn)
    {
        var doc = Invented.Extract("told.txt", leadIn + "\n\n" +
            "\"The port authority did not sell any land to the developer.\n\n" +
            "\"We have reviewed the contracts and the tender was open to every bidder.\"");
        var okafor = Assert.Single(doc.Entities, e => e.Name == "John Okafor");
        doc.Require(okafor.Id, Stance.Denied, "did not sell any land");
        doc.Require(okafor.Id, Stance.Said, "reviewed the contracts");
    }
}
