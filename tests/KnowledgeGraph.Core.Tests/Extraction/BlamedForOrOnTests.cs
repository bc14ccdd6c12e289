using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "X blamed Y for Z", "X blamed Z on Y": an accusation of the speaker's own, said, as "accused Y of Z" is; not a passive
/// "was blamed for", "to blame" or a blame set in a quotation. Invented sentences.
/// </summary>
public sealed class BlamedForOrOnTests
{
    private const string Lead = "Leaders trade accusations over border\n\n";

    [Theory]
    [InlineData("Earlier on Monday, Prime Minister Arben Kosta blamed Serbia for plans to annex the northern territories.", "Arben Kosta")]
    [InlineData("Secretary of State Mike Pompeo blamed on Saturday Iran for the attacks on the oil plant.", "Mike Pompeo")]
    [InlineData("Northgate Bank reported a loss on Friday. It blamed the drop on unfavourable currency fluctuations.", "Northgate Bank")]
    public void Blaming_for_or_on_is_said(string sentences, string speaker)
    {
        var doc = Invented.Extract("blame.txt", Lead + sentences);
        var blamed = Assert.Single(doc.Statements, s => s.Evidence.Contains("blamed", StringComparison.Ordinal));
        Assert.Equal(Stance.Said, blamed.Stance);
        Assert.Equal(speaker, doc.Entities.Single(e => e.Id == blamed.SpeakerId).Name);
    }

    [Theory]
    [InlineData("The driver was blamed for the crash on the northern highway, the report found.")]
    [InlineData("Prime Minister Arben Kosta visited the site. It is hard to blame the workers for the delay.")]
    public void A_passive_or_an_infinitive_blame_is_no_statement(string sentences)
    {
        var doc = Invented.Extract("blame.txt", Lead + sentences);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("blame", StringComparison.Ordinal));
    }
}
