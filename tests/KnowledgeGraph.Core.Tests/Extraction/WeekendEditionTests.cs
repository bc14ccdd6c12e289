using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A weekend paper named by its weekday and one more word ("Sunday Ledger reported …") is an outlet, not "Ledger" after a
/// date; "On Sunday Hale said …" stays a date. Invented sentences.
/// </summary>
public sealed class WeekendEditionTests
{
    [Fact]
    public void A_weekend_paper_that_reports_is_an_outlet()
    {
        var doc = Invented.Extract("weekend.txt", "Minister accused\n\nSunday Harbinger reported this weekend that the minister paid two journalists.");
        var paper = Assert.Single(doc.Entities, e => e.Name == "Sunday Harbinger");
        Assert.Equal(EntityKind.Institution, paper.Kind);
        Assert.Equal([paper.Id], doc.Require(paper.Id, Stance.Said, "paid two journalists").ReportedBy);
    }

    [Fact]
    public void A_weekday_after_on_stays_a_date()
    {
        var doc = Invented.Extract("weekend.txt", "Minister speaks\n\nOn Sunday Harbour Master Tom Hale said the port would reopen in May.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Sunday", StringComparison.Ordinal));
    }
}
