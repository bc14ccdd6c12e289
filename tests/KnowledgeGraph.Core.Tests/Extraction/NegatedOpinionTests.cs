using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "I don't think it's fair", "I don't enjoy the attention": a negated verb of opinion over a judgement, or a negated
/// liking, is said; "I don't think that is true" and "I don't think he was involved" still deny. Invented sentences.
/// </summary>
public sealed class NegatedOpinionTests
{
    [Theory]
    [InlineData("“I don’t think it’s fair,” she said.", Stance.Said)]
    [InlineData("“I don’t think it is fair,” she said.", Stance.Said)]
    [InlineData("“I don’t enjoy the attention,” she said.", Stance.Said)]
    [InlineData("“I don’t think that is true,” she said.", Stance.Denied)]
    [InlineData("“I don’t think he was involved,” she said.", Stance.Denied)]
    public void A_negated_opinion_is_said_and_a_negated_fact_denied(string sentence, Stance stance)
    {
        var doc = Invented.Extract("opinion.txt", "Star speaks\n\nJane Roe spoke to a magazine on Monday.\n\n" + sentence);
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        doc.Require(roe.Id, stance, sentence[1..16]);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == roe.Id && s.Stance != stance && s.Evidence.Contains(sentence[1..16], StringComparison.Ordinal));
    }
}
