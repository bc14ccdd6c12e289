using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "budget airline AirAsia", "SkyAsia": a brand written as one word whose first part is an English word stays one
/// word, though its second part is a known name; a name glued to a name by scraping ("MoralesCuba") is still split.
/// Invented sentences.
/// </summary>
public sealed class GluedBrandTests
{
    [Fact]
    public void A_brand_opening_with_an_english_word_is_not_split_at_a_known_name()
    {
        var doc = Invented.Extract("brand.txt", "The regulator said on Tuesday that budget airline SkyAsia had been told to cancel flights.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Asia");
        Assert.Contains(doc.Entities, e => e.Name == "SkyAsia");
    }

    [Fact]
    public void A_name_glued_to_a_country_is_still_two_words()
    {
        var doc = Invented.Extract("glued.txt", "The minister spoke to reporters about MoralesCuba and the talks.");
        Assert.Contains(doc.Entities, e => e.Name == "Cuba" && e.Kind == EntityKind.Place);
    }
}
