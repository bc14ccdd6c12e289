using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>Constructions that gave one- or two-word claims ("Radar's", "With contempt", "Happened") give whole ones or none.</summary>
public sealed class ClaimFragmentTests
{
    [Theory]
    [InlineData("Ann Lee said Radar\u2019s report was untrue.", "Radar's report")]
    [InlineData("Ann Lee said the Daily Star\u2019s story was completely false.", "The Daily Star's story")]
    public void A_possessive_before_a_verdict_is_part_of_the_subject_not_its_copula(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("possessive.txt", sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal(claim, s.Claim);
    }
}
