using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// A page under a statement's title naming its issuer ("Statement from the Harbour Mining Corp.") is that statement: its
/// paragraphs are the issuer's, as an organisation's own release is; the title is no statement. Invented text.
/// </summary>
public sealed class TitledStatementTests
{
    private const string Body =
        "The regulator announced on Monday that it would inspect the northern pit.\n\n" +
        "At no time has the regulator told the company of any breach at the northern pit.\n\n" +
        "The company will keep the pit open and will publish its safety records for the year.";

    [Fact]
    public void The_paragraphs_under_a_statement_title_are_the_issuers()
    {
        var doc = Invented.Extract("titled.txt", "Statement from the Harbour Mining Corp.\n\n" + Body);
        doc.Require("institution:harbour-mining-corp", Stance.Denied, "At no time has the regulator");
        doc.Require("institution:harbour-mining-corp", Stance.Said, "keep the pit open");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.StartsWith("Statement from", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_title_unattributed_paragraphs_are_no_ones()
    {
        var doc = Invented.Extract("untitled.txt", "Harbour Mining Corp keeps its pit open\n\n" + Body);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("keep the pit open", StringComparison.Ordinal));
    }
}
