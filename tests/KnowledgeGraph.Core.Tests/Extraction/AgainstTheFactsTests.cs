using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "her comments “disregard facts …”", "the report twists the truth": what goes against the facts is called false, a
/// denial of it; "the data disregards the fact that bookings rose" asserts that fact instead and stays said. Invented
/// sentences.
/// </summary>
public sealed class AgainstTheFactsTests
{
    [Theory]
    [InlineData("Guo Quintero stated her comments “disregard facts and are riddled with bias and double standards.”", Stance.Denied)]
    [InlineData("Guo Quintero said the harbour report twists the truth.", Stance.Denied)]
    [InlineData("Guo Quintero said the data completely disregards the fact that harbour bookings rose.", Stance.Said)]
    public void The_stance(string sentence, Stance stance)
    {
        var doc = Invented.Extract("facts.txt", "Harbour row\n\n" + sentence);
        Assert.Equal(stance, Assert.Single(doc.Statements).Stance);
    }
}
