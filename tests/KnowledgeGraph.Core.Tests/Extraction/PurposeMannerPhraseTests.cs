using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "She went on to explain in a long statement that …", "took to Instagram to say on Monday that …": a phrase of manner
/// or time between an infinitive of speech and its "that" still leaves the infinitive the subject's statement; a plan to
/// speak ("plans to say in a statement that …") still is none. Invented sentences.
/// </summary>
public sealed class PurposeMannerPhraseTests
{
    [Theory]
    [InlineData("She went on to explain in a long statement that the crew had ignored her dog.")]
    [InlineData("She took to Instagram to say on Monday that the crew had ignored her dog.")]
    public void An_infinitive_of_purpose_before_a_manner_phrase_states(string sentence)
    {
        var doc = Invented.Extract("manner.txt", "Actor speaks\n\nJane Roe left the flight on Monday.\n\n" + sentence);
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        doc.Require(roe.Id, Stance.Said, "ignored her dog");
    }

    [Fact]
    public void A_plan_to_speak_states_nothing()
    {
        var doc = Invented.Extract("manner.txt", "Actor speaks\n\nJane Roe left the flight on Monday.\n\nShe plans to say in a statement that the crew had ignored her dog.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("ignored her dog", StringComparison.Ordinal));
    }
}
