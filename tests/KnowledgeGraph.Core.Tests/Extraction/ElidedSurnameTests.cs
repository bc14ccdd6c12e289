using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "O'Brien said …", "“…,” O’Brien told The Australian", "D’Souza": a surname of one letter, an apostrophe and a
/// capitalised rest, alone before a verb of speech, is a person who speaks, as a plain unknown word there is a name.
/// Invented sentences.
/// </summary>
public sealed class ElidedSurnameTests
{
    [Theory]
    [InlineData("O'Brien said the allegations against the player were false.", "O'Brien")]
    [InlineData("\"The allegations are false,\" O’Brien told The Australian.", "O’Brien")]
    [InlineData("“The allegations are false,” D’Souza said.", "D’Souza")]
    public void The_surname_is_a_person_who_speaks(string sentence, string name)
    {
        var doc = Invented.Extract("elided.txt", "Harbour row\n\n" + sentence);
        var speaker = doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId);
        Assert.Equal((EntityKind.Person, name), (speaker.Kind, speaker.Name));
    }

    [Fact]
    public void A_contraction_opening_a_sentence_is_no_name()
    {
        var doc = Invented.Extract("elided.txt", "Harbour row\n\nI'd said the allegations were false, Quintero told reporters.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("I'd", StringComparison.Ordinal));
    }
}
