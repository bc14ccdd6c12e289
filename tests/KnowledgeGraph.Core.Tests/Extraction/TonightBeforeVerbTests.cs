using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The Health Service Executive tonight disputed claims …", "… overnight rejected …": a one-word time between the
/// subject and its verb of speech is stepped over, as "yesterday" and "today" are. Invented sentences.
/// </summary>
public sealed class TonightBeforeVerbTests
{
    [Theory]
    [InlineData("The Quintbank Health Service tonight disputed claims that the hospital will be hit with bed closures.")]
    [InlineData("The Quintbank Health Service overnight rejected claims that the hospital will be hit with bed closures.")]
    public void The_subject_before_the_time_speaks(string sentence)
    {
        var doc = Invented.Extract("tonight.txt", "Hospital row\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("Quintbank Health Service", Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
    }
}
