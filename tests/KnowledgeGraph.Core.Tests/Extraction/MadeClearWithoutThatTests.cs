using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The union has made clear it never made any such statement", "made it clear there would be a strike": "made (it)
/// clear" with no "that" before a subject and its verb states what follows, as "made clear that" does; "made clear its
/// opposition" states no clause. Invented sentences.
/// </summary>
public sealed class MadeClearWithoutThatTests
{
    [Theory]
    [InlineData("The Harbour Union has made clear it never made any such statement about the port.", Stance.Denied, "such statement")]
    [InlineData("The Harbour Union made it clear there would be a strike at the port on Friday.", Stance.Said, "strike at the port")]
    public void Made_clear_before_a_clause_states_it(string sentence, Stance stance, string snippet)
    {
        var doc = Invented.Extract("clear.txt", "Union responds\n\n" + sentence);
        var union = Assert.Single(doc.Entities, e => e.Name == "Harbour Union");
        doc.Require(union.Id, stance, snippet);
    }

    [Fact]
    public void Made_clear_before_a_noun_states_no_clause()
    {
        var doc = Invented.Extract("clear.txt", "Union responds\n\nThe Harbour Union made clear its opposition to the new port rules.");
        Assert.Empty(doc.Statements);
    }
}
