using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Police chief Comr. Manang Soebeti said", "Hon. Ann Bello said", "said Brig. Gen. Tom Hill": the full stop of a title's
/// abbreviation ends no sentence, and the title stays off the name. Invented sentences.
/// </summary>
public sealed class TitleAbbreviationTests
{
    [Theory]
    [InlineData("The officers were cleared by the internal affairs department, Sawahan Police chief Comr. Manang Soebeti said.", "Manang Soebeti")]
    [InlineData("Hon. Ann Bello said the harbour bill would be tabled next week.", "Ann Bello")]
    [InlineData("\"We will appeal the harbour ruling next week,\" said Brig. Gen. Tom Hill.", "Tom Hill")]
    [InlineData("Atty. Jane Roe said the harbour complaint would be filed on Monday.", "Jane Roe")]
    public void An_abbreviated_title_does_not_end_the_sentence(string sentence, string name)
    {
        var doc = Invented.Extract("title.txt", "Officials speak on harbour\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        var speaker = doc.Entities.Single(e => e.Id == s.SpeakerId);
        Assert.Equal((EntityKind.Person, name), (speaker.Kind, speaker.Name));
        Assert.Contains(name, s.Evidence, StringComparison.Ordinal);
    }
}
