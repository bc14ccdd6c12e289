using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "the organization notes …", "the nonprofit said", "the NGO said", "the rights group said": nouns for a body of civil
/// society refer to one the article named (a body whose name holds the noun, else one of no business's or public body's
/// name), never to the company or the ministry named with it; "the association" is one whose name holds the word; a
/// capitalised "NGO" is the noun, no name. Invented sentences.
/// </summary>
public sealed class CivilBodyNounTests
{
    [Theory]
    [InlineData("organization")]
    [InlineData("nonprofit")]
    [InlineData("NGO")]
    [InlineData("rights group")]
    [InlineData("campaign group")]
    public void The_noun_refers_to_the_civil_body(string noun)
    {
        var doc = Invented.Extract("civil.txt", "Report disputed\n\nThe Harbour Rights Centre published a study of the mine on Monday. Quintbank Holdings and the Ministry of Mines disputed it.\n\nThe " +
            noun + " said the figures were correct.");
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("figures", StringComparison.Ordinal));
        Assert.Equal("Harbour Rights Centre", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "NGO");
    }

    [Fact]
    public void The_association_is_the_one_so_named()
    {
        var doc = Invented.Extract("civil.txt", "Report disputed\n\nThe Harbour Medical Association and Quintbank Holdings disputed the study on Monday.\n\nThe association said the figures were wrong.");
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("figures", StringComparison.Ordinal));
        Assert.Equal("Harbour Medical Association", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }
}
