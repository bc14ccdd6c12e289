using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Wakefield-based crime specialists", "a New York-based analyst": the place a "-based" word is built on is a place of
/// the article (the two words when they make its name), and the "-based" word is no alias of it. Invented sentences.
/// </summary>
public sealed class BasedPlaceTests
{
    [Fact]
    public void The_place_of_a_based_word_is_a_place()
    {
        var doc = Invented.Extract("based.txt", "A partner at Wakefield-based crime specialists Quarry Law denied the report.");
        var place = Assert.Single(doc.Entities, e => e.Name == "Wakefield");
        Assert.Equal(EntityKind.Place, place.Kind);
        Assert.DoesNotContain("Wakefield-based", place.Aliases);
    }

    [Fact]
    public void Two_words_before_based_are_read_as_one_place()
    {
        var doc = Invented.Extract("two.txt", "A New York-based analyst said the harbour deal would be signed.");
        Assert.Contains(doc.Entities, e => e.Name == "New York" && e.Kind == EntityKind.Place);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "York");
    }

    [Theory]
    [InlineData("The release named a spokesman with a Nashville-area phone number.", "Nashville", "Nashville-area")]
    [InlineData("The Dallas-headquartered carrier denied the report.", "Dallas", "Dallas-headquartered")]
    public void An_area_or_headquartered_word_names_its_place_too(string sentence, string name, string word)
    {
        var place = Assert.Single(Invented.Extract("area.txt", sentence).Entities, e => e.Name == name);
        Assert.Equal(EntityKind.Place, place.Kind);
        Assert.DoesNotContain(word, place.Aliases);
    }
}
