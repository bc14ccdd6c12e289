using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>The claim text investigators read: the article's words and case, stated positively, names resolved.</summary>
public sealed class ClaimTextTests
{
    [Fact]
    public void A_denied_claim_reads_positively_with_the_entity_names_and_the_article_case()
    {
        var doc = Seeds.Extract("claim-text.txt",
            "Carlos Fernández de Cossío denied that Havana is negotiating with Washington over Cuba's oil supply.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.StartsWith("Cuba is negotiating with", s.Claim, StringComparison.Ordinal);
        Assert.Contains("Cuba's oil supply", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Negation_goes_and_the_speakers_own_country_stands_for_we_and_our()
    {
        var doc = Seeds.Extract("claim-we.txt",
            "Cuba's Ministry of Foreign Affairs said in a statement: \"We will not renounce our sovereignty.\"");

        var s = Assert.Single(doc.Statements);
        Assert.DoesNotContain("not", s.Claim.Split(' '), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Cuba's sovereignty", s.Claim, StringComparison.Ordinal);
        Assert.True(char.IsUpper(s.Claim[0]), s.Claim);
    }

    [Fact]
    public void Not_yet_becomes_the_plain_positive()
    {
        var doc = Seeds.Extract("claim-yet.txt", "Carlos Fernández de Cossío said Cuba and the United States are not yet in a negotiation process.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Contains("are in a negotiation process", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_variants_still_share_one_claim_id_whatever_the_case_and_accents()
    {
        var a = Seeds.Extract("a.txt", "Marco Rubio said that Cuba is a threat to the United States.");
        var b = Seeds.Extract("b.txt", "MINREX denied that Cuba is a THREAT to the United States.");

        Assert.Equal(Assert.Single(a.Statements).ClaimId, Assert.Single(b.Statements).ClaimId);
    }
}
