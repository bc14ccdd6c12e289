using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The latest allegations levelled by NZ First leader Winston Peters … were that Collins went to the rescue of …": claims
/// made by a named one, then "were that", are that one's statement; a party naming whose leader he is does not speak.
/// Invented sentences.
/// </summary>
public sealed class ClaimsMadeByTests
{
    [Theory]
    [InlineData("The latest allegations levelled by Harbour Party leader Tom Hale under parliamentary privilege were that the minister rescued the firm.")]
    [InlineData("The allegations made by opposition leader Tom Hale were that the minister rescued the firm.")]
    public void Claims_made_by_a_named_one_were_that_one_said(string sentence)
    {
        var doc = Invented.Extract("claims.txt", "Minister denies claims\n\n" + sentence);
        var hale = Assert.Single(doc.Entities, e => e.Name == "Tom Hale");
        doc.Require(hale.Id, Stance.Said, "minister rescued the firm");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != hale.Id);
    }
}
