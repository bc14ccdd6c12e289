using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "According to Integrity Commissioner Janet Leiper's report …": plain words before a title and a name are the title's
/// portfolio, not a speaker of their own; the person named after the title speaks. Invented sentences.
/// </summary>
public sealed class PortfolioBeforeTitleTests
{
    [Fact]
    public void The_portfolio_is_no_speaker()
    {
        var doc = Invented.Extract("portfolio.txt", "Harbour row\n\nAccording to Integrity Commissioner Janet Leiper’s report, the mayor accepted gifts from the developer.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Integrity");
        Assert.Equal("Janet Leiper", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }
}
