using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "said the Radio NZ reports that … are inaccurate": a name that opens with "Radio" is a broadcaster, so "reports" after
/// it is its report, not its verb; "reported Tom Verner to the police" files a complaint and reports no words. Invented
/// sentences.
/// </summary>
public sealed class RadioOutletTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("radio.txt", "Mayor Jane Ruddock spoke on Monday.\n\n" + sentence);

    [Theory]
    [InlineData("Radio Kowhai")]
    [InlineData("Radio NZ")]
    public void A_report_of_a_radio_station_judged_false_is_the_judges_denial(string station)
    {
        var doc = Extract($"Secretary Sharon Pettit said the {station} reports that Ruddock met Tom Verner are inaccurate and mischievous.");
        var denial = doc.Require("person:sharon-pettit", Stance.Denied, "reports that");
        Assert.Contains("met Tom Verner", denial.Claim, StringComparison.Ordinal);
        Assert.Empty(denial.ReportedBy);
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Denied && s.SpeakerId != "person:sharon-pettit");
        Assert.Contains(doc.Entities, e => e.Name == station && e.Kind == EntityKind.Institution);
    }

    [Theory]
    [InlineData("Ms Ruddock reported Tom Verner to the police last year.")]
    [InlineData("Ms Ruddock reported the break-in to authorities on Monday.")]
    public void Reporting_someone_to_the_police_is_no_statement(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Statements, s => s.Evidence.Contains("reported", StringComparison.Ordinal));

    [Fact]
    public void Reporting_to_the_police_that_something_happened_still_says_it() =>
        Extract("Ms Ruddock reported to the police that the harbour office had been burgled.")
            .Require("person:jane-ruddock", Stance.Said, "reported to the police that");
}
