using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Natural Resources and Environmental Sustainability Minister X": the capitalised words before a minister's title are
/// the portfolio, not organisations or people; a name after its own title before "and" stays a name. Invented sentences.
/// </summary>
public sealed class MinisterPortfolioTests
{
    [Theory]
    [InlineData("Harbour Resources and Coastal Sustainability Minister Nik Rahman Nik Osman has denied all allegations of graft in harbour projects.")]
    [InlineData("Primary Industries Minister Nik Rahman Nik Osman has denied all allegations of graft in harbour projects.")]
    public void The_words_before_a_ministers_title_are_the_portfolio(string sentence)
    {
        var doc = Invented.Extract("portfolio.txt", "Harbour row\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("Nik Rahman Nik Osman", Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
        Assert.Single(doc.Entities, e => e.Kind != EntityKind.Place);
    }

    [Fact]
    public void A_name_after_its_title_before_and_stays_a_name()
    {
        var doc = Invented.Extract("portfolio.txt", "Harbour row\n\n" +
            "The company wrote to Trade Minister Tim Marlow and Primary Industries Minister Nathan Quay seeking a meeting.");
        Assert.Contains(doc.Entities, e => e.Name == "Tim Marlow" && e.Kind == EntityKind.Person);
        Assert.Contains(doc.Entities, e => e.Name == "Nathan Quay" && e.Kind == EntityKind.Person);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Primary", StringComparison.Ordinal));
    }
}
