using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "there is currently zero evidence that these claims are legitimate", "said there was zero evidence that …": "zero"
/// before evidence, proof or truth denies as "no" does; "zero" before anything else ("zero emissions") is a number.
/// Invented sentences.
/// </summary>
public sealed class ZeroEvidenceTests
{
    [Theory]
    [InlineData("“We are investigating but there is currently zero evidence that the hackers took any data,” she said.", Stance.Denied)]
    [InlineData("“There is zero proof that the staff leaked the files,” she said.", Stance.Denied)]
    [InlineData("She said there was zero evidence that the staff had leaked the files.", Stance.Denied)]
    [InlineData("She said the new plant would have zero emissions by the end of the decade.", Stance.Said)]
    public void Zero_evidence_denies(string sentence, Stance stance)
    {
        var doc = Invented.Extract("zero.txt", "Firm responds\n\nJane Roe spoke to reporters on Monday.\n\n" + sentence);
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        var statement = Assert.Single(doc.Statements, s => s.SpeakerId == roe.Id);
        Assert.Equal(stance, statement.Stance);
    }
}
