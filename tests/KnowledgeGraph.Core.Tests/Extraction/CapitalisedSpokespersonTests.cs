using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "the IDF Spokesperson said", "the IDF Spokesperson's Office wrote": a capitalised spokesperson's title after an
/// acronym, with no name after it, is the body's unnamed voice (as "the IDF spokesperson" is), and its office speaks for
/// the body; "Spokesperson Jane Roe" is still a person's title, and "the Prime Minister's Office" an institution.
/// Invented sentences.
/// </summary>
public sealed class CapitalisedSpokespersonTests
{
    private const string Lead = "The army denied on Friday a report that two officers had resigned.\n\n";

    [Theory]
    [InlineData("the HDF Spokesperson wrote")]
    [InlineData("the HDF Spokesperson\u2019s Office wrote")]
    public void The_bodys_capitalised_spokesperson_speaks_for_the_body(string tag)
    {
        var doc = Invented.Extract("spokesperson.txt", Lead + $"\u201CThe report is baseless,\u201D {tag}.");
        var body = Assert.Single(doc.Entities, e => e.Name == "HDF");
        doc.Require(body.Id, Stance.Denied, "report is baseless");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Spokesperson", StringComparison.Ordinal));
    }

    [Fact]
    public void A_spokesperson_title_before_a_name_is_the_persons()
    {
        var doc = Invented.Extract("titled.txt", Lead + "HDF Spokesperson Jane Roe said the report was baseless.");
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        doc.Require(roe.Id, Stance.Denied, "report was baseless");
    }

    [Fact]
    public void A_title_holders_office_stays_an_institution()
    {
        var doc = Invented.Extract("office.txt", Lead + "\u201CThe report is baseless,\u201D the Prime Minister\u2019s Office wrote.");
        Assert.Contains(doc.Entities, e => e.Name == "Prime Minister\u2019s Office" && e.Kind == EntityKind.Institution);
    }
}
