using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A place's council named by the place ("Boston city council", "Innisfil's town council"), and the council or the
/// police of a town the gazetteer lacks ("the Quvabville city council", "Quvabville police said"), are organisations
/// that speak. Invented sentences.
/// </summary>
public sealed class LocalCouncilTests
{
    [Theory]
    [InlineData("Boston city council said the report about the harbour was false.", "Boston city council")]
    [InlineData("The Quvabville city council said the report about the harbour was false.", "Quvabville city council")]
    [InlineData("Quvabville's town council rejected the report about the harbour as false.", "Quvabville town council")]
    [InlineData("Quvabville police said the report about the harbour was false.", "Quvabville police")]
    public void The_local_body_speaks(string sentence, string body)
    {
        var doc = Invented.Extract("council.txt", "Harbour row\n\n" + sentence);
        var speaker = doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId);
        Assert.Equal((EntityKind.Institution, body), (speaker.Kind, speaker.Name));
    }
}
