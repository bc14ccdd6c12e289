using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "“without showing any proof whatsoever that I am the guilty party”", "accused him without any evidence": a charge said
/// to be made without ground is denied; "opened without any delay" lacks no ground and stays said. Invented sentences.
/// </summary>
public sealed class WithoutProofTests
{
    [Theory]
    [InlineData("That is how Alirio Quintero sees it: “without showing any proof whatsoever that I am the guilty party for harbour fraud”.", Stance.Denied)]
    [InlineData("Alirio Quintero said the board accused him without any evidence.", Stance.Denied)]
    [InlineData("Alirio Quintero said the harbour opened without any delay.", Stance.Said)]
    public void The_stance(string sentence, Stance stance)
    {
        var doc = Invented.Extract("without.txt", "Harbour row\n\n" + sentence);
        Assert.Equal(stance, Assert.Single(doc.Statements).Stance);
    }
}
