using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "the town of Southport, northern England", "MANCHESTER, England:": a region whose name is also a surname is a place
/// after a word of its part or after a place and a comma; a person named England stays a person. Invented sentences.
/// </summary>
public sealed class RegionAfterPartOrPlaceTests
{
    [Theory]
    [InlineData("The attack happened in the harbour town of Southport, northern England, on July 29.")]
    [InlineData("MANCHESTER, England: The harbour club insisted on Tuesday that the manager had not lied.")]
    public void A_region_after_its_part_or_a_place_is_a_place(string sentence)
    {
        var doc = Invented.Extract("region.txt", "Club denies report\n\n" + sentence);
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Place && e.Name == "England");
    }

    [Fact]
    public void A_person_named_england_is_no_place()
    {
        var doc = Invented.Extract("region.txt", "Club denies report\n\nThe striker, Chris England, said the harbour club had not lied.");
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Place && e.Name == "England");
    }
}
