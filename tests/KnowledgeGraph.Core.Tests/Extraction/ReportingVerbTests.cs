using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Reporting verbs news copy uses beside "said": "retorted", "countered", "underscored", "underlined", "lamented",
/// "reckons", "opined", "averred", "hinted", "concurred", "recounted", "confided" attribute what follows them (or the
/// quotation before them) to their subject. Invented sentences.
/// </summary>
public sealed class ReportingVerbTests
{
    [Theory]
    [InlineData("\"The terminal was never sold to anyone,\" retorted Maria Okafor, the port director.", Stance.Denied, "terminal was never sold")]
    [InlineData("Port director Maria Okafor countered that the terminal had been profitable for a decade.", Stance.Said, "terminal had been profitable")]
    [InlineData("Port director Maria Okafor underscored that the tender had been open to every bidder.", Stance.Said, "tender had been open")]
    [InlineData("Port director Maria Okafor underlined that the quay would reopen in the spring.", Stance.Said, "quay would reopen")]
    [InlineData("Port director Maria Okafor lamented that the ferry service had been cut twice this year.", Stance.Said, "ferry service had been cut")]
    [InlineData("Port director Maria Okafor averred that the board had never met the buyers.", Stance.Denied, "board had never met")]
    [InlineData("Port director Maria Okafor recounted that the cranes had stopped during the storm.", Stance.Said, "cranes had stopped")]
    public void A_reporting_verb_attributes_its_content(string sentence, Stance stance, string snippet)
    {
        var doc = Invented.Extract("verbs.txt", sentence);
        var okafor = Assert.Single(doc.Entities, e => e.Name == "Maria Okafor");
        doc.Require(okafor.Id, stance, snippet);
    }
}
