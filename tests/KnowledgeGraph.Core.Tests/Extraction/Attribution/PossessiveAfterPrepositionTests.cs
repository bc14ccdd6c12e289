using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Militants in Pakistan's northwestern Swat Valley say …", "An investigator with the state of Haryana's Food and Drug
/// Administration told …": a name after a possessive name is governed by the preposition before both, so it is not the
/// subject; a possessive opening the sentence still names the speaker. Invented sentences.
/// </summary>
public sealed class PossessiveAfterPrepositionTests
{
    [Theory]
    [InlineData("Militants in Kenya's northern Harbour Valley say they have released 25 dockers.")]
    [InlineData("An investigator with Kenya's Harbour Drug Administration told reporters he was close to finishing a probe.")]
    public void A_name_after_a_governed_possessive_does_not_speak(string sentence)
    {
        var doc = Invented.Extract("governed.txt", "Dockers freed\n\n" + sentence);
        Assert.DoesNotContain(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name.StartsWith("Harbour", StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_opening_the_sentence_still_speaks()
    {
        var doc = Invented.Extract("governed.txt", "Dockers freed\n\nKenya's Harbour Drug Administration said the dockers were freed on Monday.");
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Said && doc.Entities.Single(e => e.Id == s.SpeakerId).Name.Contains("Harbour Drug Administration", StringComparison.Ordinal));
    }
}
