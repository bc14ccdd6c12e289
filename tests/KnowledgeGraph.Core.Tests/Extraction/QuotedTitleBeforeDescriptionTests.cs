using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "“Harbour Nights” franchise star Jane Roe is disputing reports …": a quoted title, lower-case words describing a person
/// and the person's name right before the verb (or its auxiliary): the person speaks, not the title. Invented sentences.
/// </summary>
public sealed class QuotedTitleBeforeDescriptionTests
{
    [Theory]
    [InlineData("\u201CHarbour Nights\u201D franchise star Jane Roe is disputing reports that she was drunk on the flight.")]
    [InlineData("\u201CHarbour Nights\u201D actress Jane Roe denied reports that she was drunk on the flight.")]
    public void The_person_after_the_title_and_description_speaks(string sentence)
    {
        var doc = Invented.Extract("title.txt", "Actress speaks\n\n" + sentence);
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        doc.Require(roe.Id, Stance.Denied, "drunk on the flight");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != roe.Id);
    }
}
