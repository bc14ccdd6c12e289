using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "has branded as false the claim that …", "termed as baseless reports that …": the verdict before its object, which a
/// framing noun's that-clause gives; the clause is denied. Invented sentences.
/// </summary>
public sealed class VerdictFirstTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("verdictfirst.txt", "Mayor Jane Ruddock spoke on Monday. " + sentence);

    [Theory]
    [InlineData("Ms Ruddock has branded as false the claim that she met the developers.")]
    [InlineData("Ms Ruddock termed as baseless reports that she met the developers.")]
    [InlineData("Ms Ruddock labelled as untrue claims that she met the developers.")]
    [InlineData("Ms Ruddock branded as utterly false the allegations that she met the developers.")]
    public void The_clause_after_a_verdict_put_first_is_denied(string sentence)
    {
        var s = Extract(sentence).Require("person:jane-ruddock", Stance.Denied, "as");
        Assert.StartsWith("She met the developers", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verdict_after_its_object_still_closes_the_claim()
    {
        var s = Extract("Ms Ruddock branded the harbour report as false.").Require("person:jane-ruddock", Stance.Denied, "branded");
        Assert.DoesNotContain("false", s.Claim, StringComparison.Ordinal);
    }
}
