using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Coimbatore diocese in southern India has denied …": a place before a lower-case "diocese" or "archdiocese" is that
/// place's church body, an organisation that speaks (and that "the diocese", "the archdiocese" refers back to), as "Boston police" is; the
/// place alone does not speak. Invented sentences.
/// </summary>
public sealed class PlaceDioceseTests
{
    [Theory]
    [InlineData("Coimbatore diocese in southern India has denied newspaper reports that its bishop was arrested.", "Coimbatore diocese")]
    [InlineData("Nairobi archdiocese on Sunday rejected claims that its schools would close.", "Nairobi archdiocese")]
    public void A_places_diocese_speaks(string sentence, string diocese)
    {
        var doc = Invented.Extract("diocese.txt", sentence + "\n\nThe " + diocese.Split(' ')[^1] + " said the priests had been questioned and released.");
        var body = Assert.Single(doc.Entities, e => e.Name == diocese);
        Assert.Equal(EntityKind.Institution, body.Kind);
        Assert.Contains(doc.Statements, s => s.SpeakerId == body.Id && s.Stance == Stance.Denied);
        doc.Require(body.Id, Stance.Said, "questioned and released");
    }
}
