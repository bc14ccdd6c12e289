using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Julie's Bakeshop", "Merle's Barbecue": a founder's possessive before a shop's noun is inside one business's name, and
/// "the bakeshop" refers back to it. Invented sentences.
/// </summary>
public sealed class ShopNameTests
{
    [Theory]
    [InlineData("Rosa's Bakeshop said the harbour video was fake.", "Rosa's Bakeshop")]
    [InlineData("Quimby's Barbecue said the harbour video was fake.", "Quimby's Barbecue")]
    [InlineData("Old Tom's Tavern said the harbour video was fake.", "Old Tom's Tavern")]
    public void A_possessive_before_a_shops_noun_is_inside_the_name(string sentence, string name)
    {
        var doc = Invented.Extract("shop.txt", sentence);
        var shop = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(EntityKind.Institution, shop.Kind);
        Assert.Equal(shop.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void The_shops_noun_refers_back_to_it()
    {
        var doc = Invented.Extract("shop.txt", "Rosa's Bakeshop was named in a harbour video on Monday.\n\nThe bakeshop said the video was fake.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("Rosa's Bakeshop", Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
    }

    [Theory]
    [InlineData("Rosa's Bakeshop Workers Union said the harbour video was fake.")]
    [InlineData("Quimby's Harbour said the harbour video was fake.")]
    public void A_possessive_before_other_capitals_keeps_its_own_reading(string sentence) =>
        Assert.DoesNotContain(Invented.Extract("shop.txt", sentence).Entities, e => e.Name is "Rosa's Bakeshop" or "Quimby's Harbour");
}
