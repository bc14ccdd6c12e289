using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Transport Minister Eamon Ryan has denied …" ¶ "The Green Party leader, who was photographed …, insisted …": an
/// organisation's leader described in the sentence after a person spoke is that person, not the organisation; with no
/// person speaking just before, the organisation keeps it. Invented sentences.
/// </summary>
public sealed class BodyLeaderDescriptionTests
{
    [Theory]
    [InlineData("The Harbour Party leader, who was photographed cycling around the city, insisted he borrowed a bike from a local group.")]
    [InlineData("The Harbour Party leader insisted he borrowed a bike from a local group.")]
    public void The_leader_described_after_a_person_spoke_is_that_person(string sentence)
    {
        var doc = Invented.Extract("leader.txt",
            "Minister denies bike claims\n\nTransport Minister Tom Hale has denied allegations that he sent his bike to the city in a State car.\n\n" + sentence);
        var hale = Assert.Single(doc.Entities, e => e.Name == "Tom Hale");
        doc.Require(hale.Id, Stance.Said, "borrowed a bike");
    }

    [Fact]
    public void Without_a_person_speaking_before_the_leader_is_not_guessed()
    {
        var doc = Invented.Extract("party.txt",
            "Bike row\n\nA State car was seen in the city on Monday.\n\nThe Harbour Party leader insisted the party had borrowed a bike from a local group.");
        Assert.DoesNotContain(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Kind == EntityKind.Person);
    }
}
