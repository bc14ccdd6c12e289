using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "the Harbour Star reported …", "a report in The Star": a newspaper's last word that is also a title ("star",
/// "reporter") closes an outlet's name that "the" opens; alone it is one only inside a sentence and before a stop, a
/// preposition or a verb, so "The star said …" opening one, and "the Independent candidate", are no outlet. Invented
/// sentences.
/// </summary>
public sealed class TitleWordOutletTests
{
    [Fact]
    public void A_title_word_closing_a_name_after_the_makes_an_outlet()
    {
        var doc = Invented.Extract("outlet.txt", "Minister row\n\nThe Harbour Star reported on Monday that the minister was arrested.");
        var star = Assert.Single(doc.Entities, e => e.Name == "Harbour Star");
        Assert.Equal(EntityKind.Institution, star.Kind);
        Assert.Equal(star.Id, Assert.Single(doc.Statements).SpeakerId);
    }

    [Fact]
    public void A_title_word_alone_after_the_inside_a_sentence_is_an_outlet()
    {
        var doc = Invented.Extract("outlet.txt", "Minister row\n\nQuintbank dismissed a report in The Star on Monday that the minister was arrested.");
        var star = Assert.Single(doc.Entities, e => e.Name == "Star");
        Assert.Contains(doc.Statements, s => s.SpeakerId == star.Id && s.Stance == Stance.Said);
    }

    [Theory]
    [InlineData("The Star said the rumours about the minister were false.")]
    [InlineData("The star of the show said the rumours about the minister were false.")]
    public void A_title_word_opening_a_sentence_is_no_outlet(string sentence)
    {
        var doc = Invented.Extract("outlet.txt", "Minister row\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Star");
    }

    [Theory]
    [InlineData("Voters backed the Independent candidate Jane Roe, who said the harbour would reopen.")]
    [InlineData("He is the Independent member for Harbour East and said the port would reopen.")]
    public void A_title_word_alone_before_a_noun_of_person_is_no_outlet(string sentence)
    {
        var doc = Invented.Extract("outlet.txt", "Minister row\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Independent");
    }
}
