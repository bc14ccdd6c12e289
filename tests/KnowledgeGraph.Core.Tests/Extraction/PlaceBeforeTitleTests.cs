using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Mombasa Governor Hassan Joho said …": a city the gazetteer knows, written before a capitalised title and a name, is
/// the place of that office, though capitalised words follow it; an outlet or an organisation is not read that way.
/// Invented sentences.
/// </summary>
public sealed class PlaceBeforeTitleTests
{
    [Theory]
    [InlineData("Mombasa Governor Amina Said", "Mombasa")]
    [InlineData("Kisumu Senator Tom Oduya", "Kisumu")]
    public void A_city_before_a_title_and_a_name_is_a_place(string phrase, string place)
    {
        var doc = Invented.Extract("place.txt", $"During the protest, {phrase} said the claims were false.");
        Assert.Contains(doc.Entities, e => e.Name == place && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void A_peoples_name_before_a_title_stays_an_adjective_not_a_newspaper()
    {
        var doc = Invented.Extract("adjective.txt", "Officials have denied a report that the Australian Foreign Minister Alexander Downer tried to stop the story.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "The Australian");
    }

    [Fact]
    public void A_city_that_opens_an_outlets_name_is_no_place()
    {
        var doc = Invented.Extract("outlet.txt", "Boston Globe reporter Jane Smith said the claims were false.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Boston" && e.Kind == EntityKind.Place);
    }
}
