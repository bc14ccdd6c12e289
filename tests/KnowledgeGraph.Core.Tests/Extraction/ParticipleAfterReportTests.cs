using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "X denied a Reuters report claiming …, calling the report “false”": a participle after a comma goes with the clause
/// that denied the report, not with the outlet whose report the clause named. Invented sentences.
/// </summary>
public sealed class ParticipleAfterReportTests
{
    [Theory]
    [InlineData("Quintbank on Monday denied a Reuters report claiming the bank was prepared to sell its branches, calling the report “false” and “fabricated.”")]
    [InlineData("Quintbank on Monday denied a Reuters report that the bank was prepared to sell its branches, calling the report “false” and “fabricated.”")]
    public void The_participle_is_the_deniers(string sentence)
    {
        var doc = Invented.Extract("participle.txt", "Branch row\n\n" + sentence);
        var calling = Assert.Single(doc.Statements, s => s.Evidence.StartsWith("calling", StringComparison.Ordinal));
        Assert.Equal(("Quintbank", Stance.Denied), (doc.Entities.Single(e => e.Id == calling.SpeakerId).Name, calling.Stance));
        Assert.Contains(doc.Statements, s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Reuters" && s.Stance == Stance.Said);
    }
}
