using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// The ids the extraction gives institutions named without an explicit id. The store contract test
/// <c>A_new_publisher_gets_the_id_the_extraction_gives_its_name</c> expects the same ids for publishers.
/// </summary>
public sealed class InstitutionIdTests
{
    [Theory]
    [InlineData("The Wall Street Journal", "institution:the-wall-street-journal")]
    [InlineData("Reuters", "institution:reuters")]
    [InlineData("Granma", "institution:granma")]
    [InlineData("Women's Wear Daily", "institution:womens-wear-daily")]
    [InlineData("U.S. News & World Report", "institution:us-news-world-report")]
    public void An_institution_without_an_id_is_named_by_the_slug_of_its_name(string name, string id)
    {
        var registry = EntityRegistry.Parse($"institutions:\n  - {{ name: \"{name}\" }}\n", "test.yaml");

        Assert.Equal(name, registry.Get(id)?.Name);
    }
}
