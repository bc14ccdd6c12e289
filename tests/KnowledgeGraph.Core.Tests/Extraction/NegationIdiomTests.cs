using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Negations that refute nothing: a compliment ("second to none"), a time phrase ("in no distant time", "in no time"), a
/// pledge or forecast with any noun ("no effort will be spared"), an inability in the perfect ("have not been able to
/// reach"); these are said. A lack of proof for a claim ("has not been able to provide any proof") and "in no way" still
/// deny. Invented sentences.
/// </summary>
public sealed class NegationIdiomTests
{
    [Theory]
    [InlineData("“The harbour crews are second to none,” she said.", Stance.Said)]
    [InlineData("“The fault will be repaired in no distant time,” she said.", Stance.Said)]
    [InlineData("“The fault will be repaired in no time,” she said.", Stance.Said)]
    [InlineData("“No effort will be spared to repair the fault,” she said.", Stance.Said)]
    [InlineData("“Engineers have not been able to reach the site,” she said.", Stance.Said)]
    [InlineData("“The blogger has not been able to provide any proof for his story,” she said.", Stance.Denied)]
    [InlineData("“The port was in no way involved in the fault,” she said.", Stance.Denied)]
    public void An_idiom_of_negation_is_said_and_a_refutation_denied(string sentence, Stance stance)
    {
        var doc = Invented.Extract("idiom.txt", "Port speaks\n\nJane Roe spoke to a magazine on Monday.\n\n" + sentence);
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        doc.Require(roe.Id, stance, sentence[1..16]);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == roe.Id && s.Stance != stance && s.Evidence.Contains(sentence[1..16], StringComparison.Ordinal));
    }
}
