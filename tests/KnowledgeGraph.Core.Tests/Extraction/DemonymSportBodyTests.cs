using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "British Gymnastics said …", "British Cycling": a people's name before a capitalised sport, nothing capitalised after,
/// is that country's governing body of the sport, one institution with the demonym in its name (it had been "Gymnastics");
/// "the British rugby team" (lower case) is no body's name. Invented sentences.
/// </summary>
public sealed class DemonymSportBodyTests
{
    [Theory]
    [InlineData("British Gymnastics said the investigation would be independent.", "British Gymnastics")]
    [InlineData("Norwegian Cycling said the riders were clean.", "Norwegian Cycling")]
    public void A_demonym_and_a_sport_name_the_governing_body(string sentence, string body)
    {
        var doc = Invented.Extract("sport.txt", "Coach steps aside during inquiry\n\n" + sentence);
        var speaker = doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId);
        Assert.Equal((EntityKind.Institution, body), (speaker.Kind, speaker.Name));
    }

    [Fact]
    public void A_lower_case_sport_after_a_demonym_names_no_body()
    {
        var doc = Invented.Extract("sport.txt", "Coach steps aside during inquiry\n\nThe Norwegian cycling team won on Saturday in Bergen.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Norwegian", StringComparison.Ordinal));
    }
}
