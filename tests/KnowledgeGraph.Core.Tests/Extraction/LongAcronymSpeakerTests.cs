using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "ZANU-PF denies …", "MINUSCA said …": an acronym of up to eight letters, or two parts joined by a hyphen, speaking is an
/// organisation, as one of up to six letters was; a shouted word of a page ("EXCLUSIVE:") speaks for no one. Invented
/// sentences.
/// </summary>
public sealed class LongAcronymSpeakerTests
{
    [Theory]
    [InlineData("ZANU-PF denies it has an unfair advantage in the vote.", "ZANU-PF", Stance.Denied)]
    [InlineData("MINUSCA said that the allegations in the articles were unfounded.", "MINUSCA", Stance.Denied)]
    public void A_long_or_hyphenated_acronym_speaking_is_an_organisation(string sentence, string name, Stance stance)
    {
        var doc = Invented.Extract("acronym.txt", "Party answers critics\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        var speaker = doc.Entities.Single(e => e.Id == s.SpeakerId);
        Assert.Equal((EntityKind.Institution, name, stance), (speaker.Kind, speaker.Name, s.Stance));
    }

    [Fact]
    public void A_shouted_label_is_no_speaker()
    {
        var doc = Invented.Extract("acronym.txt", "Party answers critics\n\nEXCLUSIVE: the minister resigns over the harbour contracts.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "EXCLUSIVE");
    }
}
