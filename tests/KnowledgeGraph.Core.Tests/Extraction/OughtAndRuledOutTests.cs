using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// What ought to be is said, not a denial ("there should be “no impunity”", "should never have approved it"; "would never"
/// still denies); and an action ruled out ("ruled out any scope of holding a fresh vote", "ruled out resigning") is a red
/// line, said, while a claim or a possibility ruled out is denied. Invented sentences.
/// </summary>
public sealed class OughtAndRuledOutTests
{
    [Theory]
    [InlineData("Javaid Quintero said there should be “no impunity for such gross violations of the harbour rules”.", Stance.Said)]
    [InlineData("Javaid Quintero said officials should never have approved the harbour sale.", Stance.Said)]
    [InlineData("Javaid Quintero said he would never take a bribe from the harbour board.", Stance.Denied)]
    [InlineData("Quintbank ruled out any scope of holding a fresh vote on the harbour.", Stance.Said)]
    [InlineData("Quintbank ruled out resigning over the harbour sale.", Stance.Said)]
    [InlineData("Quintbank ruled out claims that it would sell the harbour.", Stance.Denied)]
    [InlineData("Quintbank ruled out the possibility that the harbour was sold.", Stance.Denied)]
    public void The_stance(string sentence, Stance stance)
    {
        var doc = Invented.Extract("ought.txt", "Harbour row\n\n" + sentence);
        Assert.Equal(stance, Assert.Single(doc.Statements).Stance);
    }
}
