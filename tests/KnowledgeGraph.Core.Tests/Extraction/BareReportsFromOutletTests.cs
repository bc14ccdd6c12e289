using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Reports from Football Insider on Monday suggested …": reports without an article, from or by an outlet, are the
/// outlet's, as "a report by" it is; reports from a place name no one. Invented sentences.
/// </summary>
public sealed class BareReportsFromOutletTests
{
    [Theory]
    [InlineData("Reports from the Harbour Gazette on Monday suggested the club had sacked the coach.")]
    [InlineData("The coach lost again on Sunday, and reports by the Harbour Gazette on Monday, October 17, suggested the club had sacked him.")]
    public void The_outlet_speaks_and_relays(string sentence)
    {
        var doc = Invented.Extract("reports.txt", "Coach row\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        var gazette = doc.Entities.Single(e => e.Name == "Harbour Gazette");
        Assert.Equal((gazette.Id, Stance.Said), (s.SpeakerId, s.Stance));
        Assert.Contains(gazette.Id, s.ReportedBy);
    }

    [Fact]
    public void Reports_from_a_place_name_no_one()
    {
        var doc = Invented.Extract("reports.txt", "Coach row\n\nReports from Nairobi on Monday suggested the club had sacked the coach.");
        Assert.Empty(doc.Statements);
    }
}
