using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>A quotation run over paragraphs that each open it and leave it open. Invented paragraphs.</summary>
public sealed class OpenQuotationRunTests
{
    private const string Lead = "Presidential aide Chidi Okafor, in a statement, said the proceeding in Paris was confidential.\n\n" +
        "\u201cWe wish to state categorically that President Musa Bello has not forced anyone to testify.\n\n" +
        "\u201cAll the witnesses involved are doing so willingly and out of conviction.";

    [Theory]
    [InlineData("")]
    [InlineData("\n\nThe hearing resumes in Paris next month.")]
    public void Every_paragraph_of_a_run_left_open_is_the_speakers_before_it(string after)
    {
        var doc = Invented.Extract("open.txt", Lead + after);
        doc.Require("person:chidi-okafor", Stance.Denied, "has not forced anyone to testify"); // "We wish to state categorically that …" declares the denial
        doc.Require("person:chidi-okafor", Stance.Said, "doing so willingly");
    }

    [Fact]
    public void A_run_closed_by_an_attribution_is_that_speakers()
    {
        var doc = Invented.Extract("open.txt", Lead + "\n\n\u201cThe hearing resumes next month,\u201d Justice Minister Ada Eze said.");
        doc.Require("person:ada-eze", Stance.Denied, "has not forced anyone to testify");
        doc.Require("person:ada-eze", Stance.Said, "doing so willingly");
    }

    [Fact]
    public void The_sentence_a_cut_text_runs_into_is_no_claim()
    {
        var doc = Invented.Extract("open.txt", Lead + "\n\n\u201cThe government will keep working with all parties in the region in search of a peaceful and lasting solution to the current crisis. It is therefore in the best inter");
        doc.Require("person:chidi-okafor", Stance.Said, "keep working with all parties");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("best inter", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_inside_an_open_quotation_is_no_later_she()
    {
        var doc = Invented.Extract("run.txt", "The Harbour Police Command has denied reports that it released three officers.\n\n" +
            "Its spokesperson, Grace Okafor, said on Saturday that the report was false.\n\n" +
            "\"We want to state categorically that the allegation of their release is untrue.\n\n" +
            "\"The officers, ASP Daniel Ekwueme and Insp. Tom Reyes, are presently detained at the headquarters.\n\n" +
            "\"The officers are undergoing the standard disciplinary process,\" she added.");
        doc.Require("person:grace-okafor", Stance.Said, "disciplinary process");
        doc.Require("person:grace-okafor", Stance.Denied, "allegation of their release");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId is "person:daniel-ekwueme" or "person:tom-reyes");
    }
}
