using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "hit back at claims of abuse", "hit out at the reports", "hit back at Ms Bishop's accusations": the claim, report or
/// accusation named after the attack's preposition is denied (a possessive or a verdict's quotation may stand before its
/// noun), without a that-clause; "hit back at halftime" says nothing. Invented sentences.
/// </summary>
public sealed class HitBackAtClaimsTests
{
    private const string Lead = "Island government answers critics\n\n";

    [Theory]
    [InlineData("The Harbour Island government hit back at claims of abuse at the camp on Monday.", "hit back")]
    [InlineData("Minister Judith Pereira has hit out at the reports about her spending.", "hit out")]
    [InlineData("Minister Judith Pereira has hit back at Ms Okafor's accusations about her spending.", "hit back")]
    [InlineData("Minister Judith Pereira has hit back at the opposition’s “false claims” about her spending.", "hit back")]
    public void An_attack_on_a_claim_denies_it(string sentence, string words)
    {
        var doc = Invented.Extract("hit.txt", Lead + sentence);
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Denied && s.Evidence.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void Hitting_back_at_halftime_says_nothing()
    {
        var doc = Invented.Extract("hit.txt", Lead + "The Harbour United team hit back at halftime with two goals from corners.");
        Assert.Empty(doc.Statements);
    }
}
