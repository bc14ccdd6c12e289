using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Both men denied the claims, saying they were cooperating …": a participle with no subject of its own going on
/// with a joint statement is joint too, whichever of the group the finding names first. Invented sentences.
/// </summary>
public sealed class JointParticipleTests
{
    [Fact]
    public void A_participle_after_a_group_statement_is_each_ones()
    {
        var doc = Invented.Extract("joint.txt", "Lawmakers face probe\n\nRashida Tlaib and Ross Spano were named in the complaint.\n\n" +
            "Both men denied the harbour bribery claims, saying they were cooperating with investigators.");
        var saying = doc.Statements.Where(s => s.Evidence.Contains("cooperating", StringComparison.Ordinal))
            .Select(s => (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance)).OrderBy(x => x.Name, StringComparer.Ordinal).ToList();
        Assert.Equal([("Rashida Tlaib", Stance.Said), ("Ross Spano", Stance.Said)], saying);
    }
}
