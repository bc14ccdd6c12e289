using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The government officially rebuked on Wednesday circulating allegations that …": rebuking a claim rejects it, as
/// slamming or decrying one does; rebuking a person is no statement. Invented sentences.
/// </summary>
public sealed class RebukedClaimTests
{
    [Theory]
    [InlineData("Quintbank officially rebuked on Wednesday circulating allegations by the union that the harbour vote had been rigged.")]
    [InlineData("Quintbank rebuked the allegations that the harbour vote had been rigged.")]
    public void Rebuking_a_claim_denies_it(string sentence)
    {
        var doc = Invented.Extract("rebuke.txt", "Vote row\n\n" + sentence);
        Assert.Equal(Stance.Denied, doc.Require("institution:quintbank", Stance.Denied, "rigged").Stance);
    }

    [Fact]
    public void Rebuking_a_person_is_no_statement()
    {
        var doc = Invented.Extract("rebuke.txt", "Vote row\n\nQuintbank rebuked its harbour staff after the defeat on Monday.");
        Assert.Empty(doc.Statements);
    }
}
