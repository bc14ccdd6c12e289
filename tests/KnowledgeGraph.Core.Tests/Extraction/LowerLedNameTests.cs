using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "told dzRH radio", "told eQTV": a short word opened by lower-case letters and then written in capitals is a
/// broadcaster's name, the outlet the speaker told; "mRNA" and a brand with one capital ("eBay") are no names. Invented
/// sentences.
/// </summary>
public sealed class LowerLedNameTests
{
    [Theory]
    [InlineData("The harbour workers should have learned from history, Tom Reyes told dzQX radio on Monday.", "dzQX")]
    [InlineData("The harbour workers should have learned from history, Tom Reyes told eQTV on Monday.", "eQTV")]
    public void A_lower_led_name_in_capitals_is_the_outlet_told(string sentence, string outlet)
    {
        var doc = Invented.Extract("told.txt", "Harbour row\n\n" + sentence);
        var told = Assert.Single(doc.Entities, e => e.Name == outlet);
        Assert.Equal(EntityKind.Institution, told.Kind);
        Assert.Contains(told.Id, Assert.Single(doc.Statements).ReportedBy);
    }

    [Fact]
    public void A_vaccines_letters_and_a_one_capital_brand_are_no_names()
    {
        var doc = Invented.Extract("told.txt", "Harbour row\n\nTom Reyes said the mRNA vaccines sold on eBay had reached the harbour.");
        Assert.DoesNotContain(doc.Entities, e => e.Name is "mRNA" or "eBay");
    }
}
