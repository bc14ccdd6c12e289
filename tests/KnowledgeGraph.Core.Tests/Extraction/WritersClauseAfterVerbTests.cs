using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The suspect is from Wales, Merseyside Police has said, but false claims that he was … spread online": a clause joined
/// by "but" or "while" after the speaker's verb is the writer's, so the clause before the verb is still what was said, and
/// the writer's clause is nobody's statement. Invented sentences.
/// </summary>
public sealed class WritersClauseAfterVerbTests
{
    [Theory]
    [InlineData("The suspect is from Wales, Harbour Police has said, but false claims that he was an asylum seeker have spread online.")]
    [InlineData("The suspect is from Wales, Harbour Police said on Monday, while rumours that he had fled the country kept circulating.")]
    public void The_clause_before_the_verb_is_said_and_the_writers_clause_is_nobodys(string sentence)
    {
        var doc = Invented.Extract("but.txt", sentence);
        var police = Assert.Single(doc.Entities, e => e.Name == "Harbour Police");
        doc.Require(police.Id, Stance.Said, "The suspect is from Wales");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("asylum", StringComparison.Ordinal) || s.Evidence.Contains("fled", StringComparison.Ordinal));
    }
}
