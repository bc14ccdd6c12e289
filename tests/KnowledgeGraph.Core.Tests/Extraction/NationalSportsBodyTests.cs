using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The New Zealand rugby union rejected …": a country, a lower-case sport and a noun for an organisation are the
/// country's body for that sport, not the country's government; the sport alone after the country is no body. Invented
/// sentences (the countries are facts).
/// </summary>
public sealed class NationalSportsBodyTests
{
    [Theory]
    [InlineData("The New Zealand rugby union on Monday rejected allegations that it offered inducements to other unions.", "New Zealand Rugby Union", Stance.Denied)]
    [InlineData("The Kenya football federation said the coach had been paid in full.", "Kenya Football Federation", Stance.Said)]
    public void A_country_sport_and_body_noun_is_the_sports_body(string sentence, string body, Stance stance)
    {
        var doc = Invented.Extract("sport.txt", "Sport row\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal((body, stance), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
        Assert.Equal(EntityKind.Institution, doc.Entities.Single(e => e.Id == s.SpeakerId).Kind);
    }

    [Fact]
    public void A_country_and_a_sport_alone_is_no_body() =>
        Assert.DoesNotContain(Invented.Extract("sport.txt", "Sport row\n\nNew Zealand rugby is thriving, the minister said.").Entities,
            e => e.Name.Contains("Rugby", StringComparison.Ordinal));
}
