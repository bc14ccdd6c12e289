using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A capitalised legislature's kind standing alone ("Parliament adjourned", "told the Senate") names the country's
/// legislature, unlike "the ministry"; inside a longer name it is that name's ("Parliament Street", "the Senate of
/// Canada"). Invented sentences.
/// </summary>
public sealed class LoneLegislatureTests
{
    [Theory]
    [InlineData("Jane Roe said the bill was dead as Parliament adjourned for the year.", "Parliament")]
    [InlineData("Jane Roe told the Senate that the bill was dead.", "Senate")]
    public void A_lone_legislature_is_an_organisation(string sentence, string name)
    {
        var doc = Invented.Extract("legislature.txt", sentence);
        Assert.Contains(doc.Entities, e => e.Name == name && e.Kind == EntityKind.Institution);
    }

    [Theory]
    [InlineData("Jane Roe said the bill was dead as the Senate of Harbouria adjourned.", "Senate")]
    [InlineData("Jane Roe said the bill was dead as Harbouria's Parliament adjourned.", "Parliament")]
    public void A_legislature_inside_a_longer_name_is_no_entity_of_its_own(string sentence, string word) =>
        Assert.DoesNotContain(Invented.Extract("legislature.txt", sentence).Entities, e => e.Name == word);
}
