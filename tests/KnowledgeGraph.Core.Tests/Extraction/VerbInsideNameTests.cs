using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Big Hit Entertainment": in prose a capitalised verb inside a name that has no head yet goes on with the head right
/// after it; a title-case headline quoted in prose still ends its name at the verb. Invented sentences.
/// </summary>
public sealed class VerbInsideNameTests
{
    [Theory]
    [InlineData("On Monday, Big Hit Entertainment said the harbour rumor was false.", "Big Hit Entertainment")]
    [InlineData("Harbour Hit Studios said the harbour rumor was false.", "Harbour Hit Studios")]
    public void A_verb_inside_a_name_before_its_head_is_part_of_it(string sentence, string name)
    {
        var doc = Invented.Extract("verb.txt", "Harbour row\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(name, doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Fact]
    public void A_name_with_its_head_ends_at_a_capitalised_verb() =>
        Assert.Contains(Invented.Extract("verb.txt", "Harbour row\n\nThe story ran as Harbour Board Denies Union Claims on Monday, the paper said.").Entities,
            e => e.Name == "Harbour Board");
}
