using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Nation &amp; World", "Arts &amp; Culture" on a line above the headline: a section's label of plain words joined by an
/// ampersand is page furniture, neither an organisation nor the headline; in running text an ampersand inside a name
/// ("the Harbour News &amp; Star reported") still makes one. Invented pages.
/// </summary>
public sealed class SectionLabelTests
{
    private const string Body = "\n\nHarbour board denies sale of terminal\n\nPort director Maria Okafor said on Wednesday that the terminal had not been sold to any buyer.";

    [Theory]
    [InlineData("Nation & World")]
    [InlineData("Arts & Culture")]
    public void A_section_label_is_furniture(string label)
    {
        var doc = Seeds.Extract("section.txt", "URL: https://www.example.com/news/port" + "\n\n" + label + Body);
        Assert.DoesNotContain(doc.Entities, e => e.Name == label);
        Assert.Equal("Harbour board denies sale of terminal", doc.Source.Title);
    }

    [Fact]
    public void An_ampersand_between_names_is_still_a_name()
    {
        var doc = Seeds.Extract("section.txt", "URL: https://www.example.com/news/port" + Body + "\n\nThe Harbour News & Star reported on Monday that the terminal had been sold to a buyer.");
        Assert.Contains(doc.Entities, e => e.Name.Contains("News & Star", StringComparison.Ordinal));
    }
}
