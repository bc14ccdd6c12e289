using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "The statement went on, “…”", "She continued: “…”": going on with a comma or a colon before a quotation introduces
/// it; "went on to win", "the talks went on for hours" introduce nothing. Invented sentences.
/// </summary>
public sealed class GoingOnTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("goingon.txt", "Harbour dispute\n\nThe Norvell Ministry of Ports issued a statement on Monday. \"The port was not sold,\" the statement said. " + sentence);

    [Theory]
    [InlineData("The statement went on, \"Both the ministry and the port board have confirmed the figures.\"")]
    [InlineData("The statement continued: \"Both the ministry and the port board have confirmed the figures.\"")]
    public void Going_on_before_a_quotation_introduces_it(string sentence)
    {
        var s = Extract(sentence).Require("institution:norvell-ministry-of-ports", Stance.Said, "confirmed the figures");
        Assert.StartsWith("Both the ministry", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The talks went on, the port board said later, for hours.")]
    [InlineData("The ministry went on to win the harbour contract.")]
    public void Going_on_without_a_quotation_introduces_nothing(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Statements, x => x.Evidence.Contains("went on", StringComparison.Ordinal));
}
