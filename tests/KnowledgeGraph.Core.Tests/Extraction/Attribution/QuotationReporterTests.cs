using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Whom a quotation reached us through when it goes on past its attribution, and who is not an intermediary: a person
/// the speaker "spoke to" inside the quotation, a company that "reported" its results. Invented paragraphs.
/// </summary>
public sealed class QuotationReporterTests
{
    private const string Told = "Harbour FC have dismissed reports that their manager will leave.\n\n" +
        "\u201cI was astonished to read such nonsense,\u201d club director Lena Vogt told Reuters.\n\n";

    [Fact]
    public void A_quotation_going_on_after_told_reached_us_through_the_same_outlet()
    {
        var doc = Invented.Extract("told.txt", Told + "\u201cOur manager has a contract until 2028. The report is false.\n\n" +
            "\u201cI am sorry for the fans, but they will have to find another story.\u201d");
        Assert.Equal(["institution:reuters"], doc.Require("person:lena-vogt", Stance.Said, "contract until 2028").ReportedBy);
        Assert.Equal(["institution:reuters"], doc.Require("person:lena-vogt", Stance.Said, "another story").ReportedBy);
        Assert.Equal(["institution:reuters"], doc.Require("person:lena-vogt", Stance.Denied, "astonished").ReportedBy); // "such nonsense" denies
    }

    [Fact]
    public void A_quotation_after_another_speakers_words_does_not_take_the_first_speakers_outlet()
    {
        var doc = Invented.Extract("told.txt", Told + "Mayor Tom Reyes said the club was vital to the town.\n\n" +
            "\u201cOur manager has a contract until 2028. The report is false.\u201d");
        Assert.Empty(doc.Require("person:tom-reyes", Stance.Said, "vital to the town").ReportedBy);
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.Contains("until 2028", StringComparison.Ordinal) && x.ReportedBy.Count > 0);
    }

    [Fact]
    public void A_quotation_two_paragraphs_on_does_not_take_the_outlet()
    {
        var doc = Invented.Extract("told.txt", Told + "The club sits third in the league.\n\n" +
            "\u201cOur manager has a contract until 2028,\u201d Vogt said.");
        Assert.Empty(doc.Require("person:lena-vogt", Stance.Said, "contract until 2028").ReportedBy);
    }

    [Fact]
    public void Someone_the_speaker_spoke_to_inside_an_open_quotation_is_no_intermediary()
    {
        var doc = Invented.Extract("spoke.txt", "Harbour FC have dismissed reports that their manager will leave.\n\n" +
            "\u201cI spoke to [Kestrel Vice-President] Ole Brandt. We had a laugh about it.\n\n" +
            "\u201cThe report is false,\u201d club director Lena Vogt said.");
        var s = doc.Require("person:lena-vogt", Stance.Said, "spoke to");
        Assert.Empty(s.ReportedBy);
    }

    [Theory]
    [InlineData("Norvell reported third-quarter operating profit of $42 million, down 8 percent.")]
    [InlineData("Norvell reported a net loss for the year.")]
    public void A_company_that_reports_its_results_is_no_publication(string results)
    {
        var doc = Invented.Extract("results.txt", "Norvell has denied it plans to sell its shipping unit.\n\n" +
            "\u201cNorvell has no plans to sell the unit,\u201d the company said.\n\n" + results);
        Assert.Empty(doc.Require("institution:norvell", Stance.Denied, "sell its shipping unit").ReportedBy);
        Assert.Empty(doc.Require("institution:norvell", Stance.Denied, "no plans to sell the unit").ReportedBy);
    }

    [Fact]
    public void A_name_that_reports_a_clause_about_figures_is_still_a_publication()
    {
        var doc = Invented.Extract("results.txt", "Kestrel Digest reported revenues fell sharply at Norvell Group last year.");
        Assert.Equal(["institution:kestrel-digest"], doc.Require("institution:kestrel-digest", Stance.Said, "revenues fell").ReportedBy);
    }
}
