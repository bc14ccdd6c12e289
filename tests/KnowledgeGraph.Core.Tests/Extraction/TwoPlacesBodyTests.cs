using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The Shrewsbury and Telford Hospital Trust admitted …", "Kensington and Chelsea Council said …": two places joined by
/// "and" before an organisation's words name one body; "between London and Paris" stays two places. Invented sentences.
/// </summary>
public sealed class TwoPlacesBodyTests
{
    [Theory]
    [InlineData("The Shrewsbury and Telford Hospital Trust admitted that it had written to twelve other families.", "Shrewsbury and Telford Hospital Trust")]
    [InlineData("Kensington and Chelsea Council said the harbour tower was safe.", "Kensington and Chelsea Council")]
    public void Two_places_before_a_head_name_one_body(string sentence, string name)
    {
        var doc = Invented.Extract("body.txt", "Officials speak\n\n" + sentence);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains(name, StringComparison.Ordinal));
        var speaker = doc.Entities.Single(e => e.Id == s.SpeakerId);
        Assert.Equal((EntityKind.Institution, name), (speaker.Kind, speaker.Name));
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Place);
    }

    [Fact]
    public void Two_places_without_a_head_stay_places()
    {
        var doc = Invented.Extract("body.txt", "Flights resume\n\nFlights between London and Paris resumed on Monday, the harbour company said.");
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Place && e.Name == "London");
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Place && e.Name == "Paris");
    }
}
