using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Reports of plot to oust X blatant lies, says ANC": a headline's claim noun opening the content (after the name owning
/// it: "Quintbank account of …") and a verdict closing it, with no verb between, denies the claims; a verbed content ("Reports … are growing") is said. Invented sentences.
/// </summary>
public sealed class ClaimThenVerdictTests
{
    [Theory]
    [InlineData("Reports of plot to oust chairman blatant lies, says Harbour Party", Stance.Denied)]
    [InlineData("Claims of secret deal \"baseless\", says Harbour Party", Stance.Denied)]
    [InlineData("Quintbank account of harbour spill \"totally false\", says Harbour Party", Stance.Denied)]
    [InlineData("Reports of a deal on the port are growing, says Harbour Party", Stance.Said)]
    public void A_claim_closed_by_a_verdict_is_denied(string headline, Stance stance)
    {
        var doc = Invented.Extract("headline.txt", headline + "\n\nThe Harbour Party spoke on Sunday.");
        var party = Assert.Single(doc.Entities, e => e.Name == "Harbour Party");
        doc.Require(party.Id, stance, headline[..12]);
    }
}
