using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Manchester City insisted …", "Ipswich Town have denied …": a city, then "City" or "Town", speaking or with a plural
/// verb, is a football club; "Manchester City Council" is the council, "Mexico City" a place. Invented sentences.
/// </summary>
public sealed class CityClubTests
{
    [Theory]
    [InlineData("Manchester City insisted on Tuesday that the manager had not lied to the fans.", "Manchester City")]
    [InlineData("Ipswich Town have denied that the manager lied to the fans.", "Ipswich Town")]
    public void A_city_and_city_or_town_speaking_is_a_club(string sentence, string name)
    {
        var doc = Invented.Extract("club.txt", "Club denies report\n\n" + sentence);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("lied", StringComparison.Ordinal));
        var speaker = doc.Entities.Single(e => e.Id == s.SpeakerId);
        Assert.Equal((EntityKind.Institution, name), (speaker.Kind, speaker.Name));
    }

    [Fact]
    public void A_council_or_a_city_named_city_is_no_club()
    {
        var doc = Invented.Extract("club.txt", "Road to close\n\nManchester City Council said the road would close.\n\nThe mayor of Mexico City said the road would close.");
        Assert.Contains(doc.Entities, e => e.Name == "Manchester City Council");
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Place && e.Name == "Mexico City");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Manchester City");
    }
}
