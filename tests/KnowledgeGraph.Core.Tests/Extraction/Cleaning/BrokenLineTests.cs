using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Cleaning;

/// <summary>
/// A sentence broken over lines, as pages whose links became paragraphs and feeds wrapped at a fixed width deliver it,
/// is read as one paragraph; lines that end a sentence, and headings, stay apart. All text here is invented.
/// </summary>
public sealed class BrokenLineTests
{
    private static List<string> Pieces(string text) =>
        DocumentCleaner.Classify(text).Select(l => text[l.Start..l.End]).ToList();

    [Fact]
    public void A_line_that_opens_in_lower_case_goes_on_with_the_open_line_before_it()
    {
        var pieces = Pieces("Harbour news\n\nMaria Okafor\n\nhas dismissed reports that she left the band,\n\nThe Northport Echo\n\nsaid on Monday.");
        Assert.Equal(["Harbour news", "Maria Okafor\n\nhas dismissed reports that she left the band,\n\nThe Northport Echo\n\nsaid on Monday."], pieces);
    }

    [Fact]
    public void A_quotation_opened_on_one_line_and_closed_on_the_next_is_one_paragraph()
    {
        var text = "Harbour news\n\n\u201CThere is no way I would resign after the game.\nSometimes you face this before a big game,\u201D the 43-year-old Okafor said.";
        Assert.Equal(2, Pieces(text).Count);

        var doc = Invented.Extract("wrapped.txt", "Coach Maria Okafor spoke on Monday.\n\n" + text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..]);
        doc.Require("person:maria-okafor", Stance.Denied, "no way I would resign");
    }

    [Theory]
    [InlineData("Harbour news\n\nThe story said the board would \u201Cstay firm\u201D on the sale since May.\u201C\nThose words never came from me,\u201D Okafor said.")]
    [InlineData("Harbour news\n\nThe board met on Monday.\nThose words never came from me,\u201D Okafor said.")]
    [InlineData("Harbour news\n\n\u201CThe board met on Monday.\n\u201CThose words never came from me,\u201D Okafor said.")]
    public void A_line_closing_a_quotation_the_line_before_did_not_leave_open_stays_apart(string text) =>
        Assert.Equal(3, Pieces(text).Count);

    [Fact]
    public void An_age_before_the_speakers_name_after_the_clause_keeps_the_speaker()
    {
        var doc = Invented.Extract("age.txt", "Coach Maria Okafor spoke on Monday.\n\nThe harbour board will decide the fees in May, the 43-year-old Okafor said.");
        doc.Require("person:maria-okafor", Stance.Said, "fees in May");
    }

    [Fact]
    public void A_line_that_ends_a_sentence_or_a_heading_before_a_capital_stays_apart()
    {
        var pieces = Pieces("Harbour board denies sale\n\nThe harbour board met on Monday.\nIt denied that the terminal had been sold.");
        Assert.Equal(["Harbour board denies sale", "The harbour board met on Monday.", "It denied that the terminal had been sold."], pieces);
    }

    [Fact]
    public void A_text_wrapped_at_a_fixed_width_is_read_in_sentences()
    {
        var text = "Harbour board denies sale\n\nNORTHPORT, June 14 Northwind Shipping Co has denied\nallegations it sold the ferry terminal to a\n" +
            "shipping group, and said it would cooperate with the\ninquiry launched by the Port\nCommission on Tuesday.\n" +
            "Port director Jane Roe said the board had not\nsigned any contract.";
        var pieces = Pieces(text);
        Assert.Equal(3, pieces.Count);
        Assert.EndsWith("Port\nCommission on Tuesday.", pieces[1], StringComparison.Ordinal);

        var doc = Invented.Extract("wrapped.txt", text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..]);
        var denial = Assert.Single(doc.Statements, s => s.Evidence.StartsWith("Northwind Shipping Co has denied", StringComparison.Ordinal));
        Assert.Equal(Stance.Denied, denial.Stance);
        Assert.Equal("It sold the ferry terminal to a shipping group", denial.Claim);
        doc.Require("person:jane-roe", Stance.Denied, "signed any contract");
    }

    [Fact]
    public void Two_open_lines_that_are_not_wrapped_text_stay_apart_before_a_capital()
    {
        var pieces = Pieces("Harbour board denies sale\n\nLatest Posts\nMaria Okafor wins the regatta.");
        Assert.Equal(["Harbour board denies sale", "Latest Posts", "Maria Okafor wins the regatta."], pieces);
    }

    [Fact]
    public void A_feeds_date_label_run_into_the_first_line_is_a_line_of_its_own()
    {
        var pieces = Pieces(" date 2023-11-06 CAIRO, Nov 6 (Reuters) - The health board said on Monday that the clinic had been hit.");
        Assert.Equal(["date 2023-11-06", "CAIRO, Nov 6 (Reuters) - The health board said on Monday that the clinic had been hit."], pieces);
        Assert.Equal(["The date 2023-11-06 is the first step."], Pieces("The date 2023-11-06 is the first step.")); // only a label that opens the line
    }

    [Fact]
    public void A_dateline_after_a_date_label_is_no_speaker()
    {
        var doc = Invented.Extract("label.txt", " date 2023-11-06 CAIRO, Nov 6 (Reuters) - The Health Ministry in the northern Gaza strip said on Monday that the clinic had been hit.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId.Contains("egypt", StringComparison.Ordinal));
        doc.Require("institution:health-ministry", Stance.Said, "clinic had been hit");
    }
}
