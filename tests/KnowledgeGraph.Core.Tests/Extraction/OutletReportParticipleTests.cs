using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "a Sunday Times report alleging she went on …": an outlet's report with a participle of saying right after the noun
/// is the outlet's statement, as "a report in the Sunday Times claiming …" already was. Invented sentences.
/// </summary>
public sealed class OutletReportParticipleTests
{
    [Theory]
    [InlineData("Jane Roe denied a Harbour Times report claiming that she went on a binge.")]
    [InlineData("Jane Roe denied a Harbour Times report alleging she went on a binge.")]
    public void The_outlets_report_alleging_is_the_outlets_statement(string sentence)
    {
        var doc = Invented.Extract("report.txt", "Singer denies binge\n\n" + sentence);
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        var paper = Assert.Single(doc.Entities, e => e.Name == "Harbour Times");
        doc.Require(roe.Id, Stance.Denied, "denied a Harbour Times report");
        var report = doc.Require(paper.Id, Stance.Said, "went on a binge");
        Assert.Contains(paper.Id, report.ReportedBy);
    }
}
