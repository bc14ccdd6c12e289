using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "She said that she had told the pilot about the dog": a verb of telling inside another verb's that-clause, whose
/// listener is followed only by what the telling was about, is part of that content; the outer statement keeps the
/// whole clause instead of being cut at the inner verb and lost. A telling with a clause of its own stays a statement.
/// Invented sentences.
/// </summary>
public sealed class TellingAboutInsideThatTests
{
    [Theory]
    [InlineData("She said that she had told the pilot about the dog in the cabin.", "told the pilot about the dog")]
    [InlineData("She said that she had warned the crew of the risk to the cat.", "warned the crew of the risk")]
    public void A_telling_about_a_topic_inside_a_that_clause_is_content(string sentence, string snippet)
    {
        var doc = Invented.Extract("telling.txt", "Actor speaks\n\nJane Roe left the flight on Monday.\n\n" + sentence);
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        doc.Require(roe.Id, Stance.Said, snippet);
    }

    [Fact]
    public void A_telling_with_its_own_clause_is_a_statement()
    {
        var doc = Invented.Extract("telling.txt", "Actor speaks\n\nJane Roe left the flight on Monday.\n\nShe said that she had told the pilot that the dog was calm.");
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        Assert.Contains(doc.Statements, s => s.SpeakerId == roe.Id && s.Claim.Contains("dog was calm", StringComparison.Ordinal));
    }
}
