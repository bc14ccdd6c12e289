using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "the health body", "the world body": a body is an organisation the article named, never a government that spoke in
/// between ("An Indian government official told the media … But the health body said …"). Invented sentences.
/// </summary>
public sealed class BodyNounTests
{
    [Fact]
    public void A_body_is_the_organisation_not_the_government_that_spoke_last()
    {
        var doc = Invented.Extract("body.txt",
            "Syrup alert stands\n\nThe Global Health Agency has said it stands by its alert on four syrups. An Indian government official told the media that the alert was " +
            "presumptuous. But the health body said it was only following its mandate.");
        var speaker = doc.Statements.Single(s => s.Evidence.Contains("its mandate", StringComparison.Ordinal)).SpeakerId;
        Assert.Equal("Global Health Agency", doc.Entities.Single(e => e.Id == speaker).Name);
    }
}
