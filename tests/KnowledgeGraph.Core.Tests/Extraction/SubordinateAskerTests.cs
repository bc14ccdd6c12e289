using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "“…,” she laughed, after Ellen asked if she is pregnant.": the one asking in a clause after the speaker's is not who
/// "she" is next; the speaker is. Invented sentences.
/// </summary>
public sealed class SubordinateAskerTests
{
    [Fact]
    public void The_asker_after_the_speaker_is_not_the_next_she()
    {
        var doc = Invented.Extract("asker.txt",
            "Actress laughs off rumours\n\nJane Roe spoke on a talk show on Monday.\n\n" +
            "“I am not pregnant with babies,” she laughed, after Ellen asked if she is pregnant.\n\n" +
            "The actress insisted that she was unaware of the balloons.\n\n“I got a lot of attention,” she scoffed.");
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        doc.Require(roe.Id, Stance.Said, "a lot of attention");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("a lot of attention", StringComparison.Ordinal) && s.SpeakerId != roe.Id);
    }
}
