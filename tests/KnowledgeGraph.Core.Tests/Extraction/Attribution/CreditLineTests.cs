using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// A page's credit line ("[editor in charge: Jane Roe]", "Photo: Jane Roe") names who made the page; it is no statement
/// credited to that person, as a headline credited by a colon is. Invented text.
/// </summary>
public sealed class CreditLineTests
{
    [Theory]
    [InlineData("[correction] [editor in charge: Jane Roe]")]
    [InlineData("Photo by staff: Jane Roe")]
    public void A_credit_line_is_no_statement(string line)
    {
        var doc = Seeds.Extract("credit.txt", "Port strike ends after talks\n\nMaria Okafor said the strike at the port was over.\n\n" + line + "\n\nLeave a comment");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:jane-roe");
    }

    [Fact]
    public void A_headline_credited_by_a_colon_still_speaks()
    {
        var doc = Seeds.Extract("credit.txt", "No plan to sell the terminal: Jane Roe\n\nThe port board met on Monday.");
        doc.Require("person:jane-roe", Stance.Denied, "No plan to sell the terminal");
    }
}
