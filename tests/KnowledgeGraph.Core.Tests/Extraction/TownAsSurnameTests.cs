using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Ann Bello said …": a town the gazetteer knows right after a given name that opens a name is the person's surname, as a
/// registry place is ("Maria Lima"); after "in" the town stays a place. Invented sentences.
/// </summary>
public sealed class TownAsSurnameTests
{
    [Fact]
    public void A_town_after_a_given_name_is_a_surname()
    {
        var doc = Invented.Extract("town.txt", "Officials speak\n\nAnn Bello said the harbour plan was deeply disturbing.");
        var s = Assert.Single(doc.Statements);
        var speaker = doc.Entities.Single(e => e.Id == s.SpeakerId);
        Assert.Equal((EntityKind.Person, "Ann Bello"), (speaker.Kind, speaker.Name));
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Place);
    }

    [Fact]
    public void A_town_after_in_stays_a_place()
    {
        var doc = Invented.Extract("town.txt", "Officials speak\n\nThe mayor of a town in Bello said the harbour plan was deeply disturbing.");
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Place && e.Name == "Bello");
    }
}
