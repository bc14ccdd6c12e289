using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Iran-backed militias", "Taiwan-bound scholars", "Kremlin-linked": a place named inside a compound modifier is named,
/// as in "Frankfurt-based"; a people's word or a person ("Chinese-owned", "Modi-led") is no place. Invented sentences.
/// </summary>
public sealed class PlaceInCompoundModifierTests
{
    [Theory]
    [InlineData("Kataib Hezbollah, one of the most powerful Iran-backed militias, denied the report.", "Iran")]
    [InlineData("The Taiwan-bound scholars said they had paid the agency too much.", "Taiwan")]
    [InlineData("The Abuja-bound flight was delayed, the airline said on Monday.", "Abuja")]
    public void A_place_inside_a_modifier_is_named(string sentence, string place)
    {
        var doc = Invented.Extract("modifier.txt", "Militia denies report\n\n" + sentence);
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Place && e.Name == place);
    }

    [Fact]
    public void A_peoples_word_or_a_person_inside_a_modifier_is_no_place()
    {
        var doc = Invented.Extract("modifier.txt", "Firm denies report\n\nThe Chinese-owned firm and the Modi-led government said the harbour deal was legal.");
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Place);
    }
}
