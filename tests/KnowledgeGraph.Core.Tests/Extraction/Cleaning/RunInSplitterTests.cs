using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Core.Tests.Extraction.Cleaning;

/// <summary>
/// A page delivered on one line (as many feeds do) is cut where the page would have broken it: furniture of a known
/// shape and sentences that start with no stop before them. All text here is invented.
/// </summary>
public sealed class RunInSplitterTests
{
    // Enough running text to make any line long enough to be looked at.
    private const string Filler = "The harbour board met on Monday to discuss the timetable for the new ferry terminal, which has been delayed " +
        "twice by storms and once by a dispute over the contract for the steel, and members heard from engineers, " +
        "shipping agents and the union that represents the dock workers about the work that remains before the opening.";

    private static List<string> Pieces(string text) =>
        DocumentCleaner.Classify(text).Select(l => text[l.Start..l.End]).ToList();

    [Fact]
    public void A_wire_dateline_starts_a_piece_after_a_photo_credit()
    {
        var pieces = Pieces("Port director Jane Roe at the quay on May 1 (Northport Photo/Tom Vale) (NPA/File) " +
            "PORT ELLEN (NPA) — Port director Jane Roe denied on Monday that the terminal had been sold. " + Filler);
        Assert.Equal("Port director Jane Roe at the quay on May 1 (Northport Photo/Tom Vale) (NPA/File)", pieces[0]);
        Assert.StartsWith("PORT ELLEN (NPA) — Port director", pieces[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_with_a_date_is_one_piece_start()
    {
        var pieces = Pieces("Reporting and editing notes (Adds detail on the board) NORTHPORT, Mar 4 (Harbour Wire) - " + Filler);
        Assert.Equal("Reporting and editing notes (Adds detail on the board)", pieces[0]);
        Assert.StartsWith("NORTHPORT, Mar 4 (Harbour Wire) - The harbour board", pieces[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_copyright_credit_under_a_picture_is_its_own_piece()
    {
        var pieces = Pieces("Jane Roe waves from the quay on Saturday. \u00A9 Tom Vale, NPA Harbour board denies sale of terminal. " + Filler);
        Assert.Contains("\u00A9 Tom Vale, NPA", pieces);
    }

    [Fact]
    public void A_byline_and_a_time_stamp_are_pieces_of_their_own()
    {
        var pieces = Pieces("Harbour board denies sale of terminal Authored by: Tom A Vale Updated Mar 4, 2026 15:21 GMT " +
            "The harbour board said it had not sold the terminal. " + Filler);
        Assert.Contains("Authored by: Tom A Vale", pieces);
        Assert.Contains("Updated Mar 4, 2026 15:21 GMT", pieces);
        Assert.Equal("Harbour board denies sale of terminal", pieces[0]);
    }

    [Fact]
    public void A_date_in_running_text_is_not_cut_out()
    {
        var text = "The board said on March 4, 2026 that talks would go on, and the union agreed at 10:30 on the same day. " + Filler;
        Assert.Single(Pieces(text));
    }

    [Fact]
    public void A_live_blog_entry_header_separates_its_time_and_author_from_the_entry()
    {
        var pieces = Pieces("Good evening 19:02 , Tom Vale Welcome to our coverage of the harbour vote. " + Filler);
        Assert.Equal(["Good evening", "19:02 , Tom Vale", "Welcome to our coverage of the harbour vote. " + Filler], pieces);
    }

    [Fact]
    public void A_link_label_glued_to_a_headline_after_a_stop_starts_a_piece()
    {
        var pieces = Pieces(Filler + " \"I strongly suggest they sell the port, BEFORE IT IS TOO LATE.\" Read moreHarbour board denounces 'sabotage' at the quay as Northport warns Port Ellen could be next " + Filler);
        Assert.True(pieces.Exists(piece => piece.StartsWith("Read moreHarbour board denounces", StringComparison.Ordinal)), string.Join(" | ", pieces));
        Assert.DoesNotContain(pieces, piece => piece.Contains("LATE.\" Read more", StringComparison.Ordinal));
    }

    [Fact]
    public void List_bullets_start_pieces()
    {
        var pieces = Pieces("Key points \u2022 Board votes on the terminal today \u2022 Unions threaten a strike over pay " + Filler);
        Assert.Contains("\u2022 Board votes on the terminal today", pieces);
    }

    [Fact]
    public void A_headline_runs_into_a_lead_whose_subject_is_a_titled_name()
    {
        var pieces = Pieces("Board denies that it sold the terminal to a foreign buyer Port Director Jane Roe denied reports that the " +
            "terminal had been sold. " + Filler);
        Assert.Equal("Board denies that it sold the terminal to a foreign buyer", pieces[0]);
        Assert.StartsWith("Port Director Jane Roe denied", pieces[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_deck_runs_into_the_lead_at_a_capitalised_pronoun_and_at_a_name_with_an_auxiliary()
    {
        var pieces = Pieces("Jane Roe meets the union leaders, the Northport Gazette reports It remains unclear whether the talks will bring a deal " +
            "Port director Jane Roe has held talks with the dock workers' union. " + Filler);
        Assert.Equal("Jane Roe meets the union leaders, the Northport Gazette reports", pieces[0]);
        Assert.Equal("It remains unclear whether the talks will bring a deal", pieces[1]);
        Assert.StartsWith("Port director Jane Roe has held talks", pieces[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_an_apposition_then_a_verb_starts_a_sentence()
    {
        var pieces = Pieces("Roe says the terminal stays open Jane Roe, the port director, said the board would keep the terminal. " + Filler);
        Assert.Equal("Roe says the terminal stays open", pieces[0]);
    }

    [Theory]
    [InlineData("The minister told reporters Jane Roe was wrong about the terminal and the harbour. ")]
    [InlineData("The former director Maria da Silva denied that the terminal had been sold to anyone. ")]
    [InlineData("An exclusive poll for The Northport Gazette has revealed that most dock workers oppose the sale. ")]
    [InlineData("She said Jane Roe had sold nothing and that the board had never met the buyer. ")]
    [InlineData("The harbour government Thursday denied opposition claims that it faces a strike amid intensifying protests. ")]
    public void Ordinary_sentences_are_not_cut(string sentence)
    {
        Assert.Single(Pieces(sentence + Filler));
    }

    [Fact]
    public void A_name_after_a_title_in_lower_case_is_its_holder_unless_it_has_a_title_of_its_own()
    {
        var holder = Pieces("Board sells the old ferry terminal to a buyer from abroad Deputy Union leader Jane Roe said the workers would strike. " + Filler);
        Assert.StartsWith("Deputy Union leader Jane Roe said", holder[1], StringComparison.Ordinal);
        var newSubject = Pieces("Roe denies that the board asked for the removal of the port director Union Secretary Tom Vale denied reports " +
            "that the board had met. " + Filler);
        Assert.Equal("Roe denies that the board asked for the removal of the port director", newSubject[0]);
    }

    [Fact]
    public void Words_without_a_stop_right_before_furniture_are_a_heading_of_their_own()
    {
        var text = "Welcome to our coverage of the harbour vote. Roe calls the sale claims nonsense 08:15 , Tom Vale " + Filler;
        var lines = DocumentCleaner.Classify(text);
        var heading = lines.Single(l => text[l.Start..l.End].StartsWith("Roe calls", StringComparison.Ordinal));
        Assert.Equal("Roe calls the sale claims nonsense", text[heading.Start..heading.End]);
        Assert.Equal(LineRole.Heading, heading.Role);
    }

    [Fact]
    public void A_labelled_date_and_a_reading_time_are_pieces_of_their_own()
    {
        var pieces = Pieces("Today: March 4, 2026 March 4, 2026 3 mins read The harbour board met the unions on Monday. " + Filler);
        Assert.Equal(["Today: March 4, 2026 March 4, 2026", "3 mins read"], pieces.Take(2));
    }

    [Fact]
    public void A_tail_marker_after_a_closing_stop_ends_the_article()
    {
        var text = Filler + " About the author Tom Vale writes about ports and shipping for the paper, and said he would keep writing.";
        var lines = DocumentCleaner.Classify(text);
        Assert.Equal("About the author", text[lines[1].Start..lines[1].End]);
        Assert.Equal(LineRole.Boilerplate, lines[2].Role);
        Assert.Equal(LineRole.Content, lines[0].Role);
    }

    [Fact]
    public void A_tail_marker_phrase_inside_a_sentence_is_prose()
    {
        Assert.Single(Pieces(Filler + " She wrote to the editor about the author Tom Vale, who had covered the port for years."));
    }

    [Fact]
    public void A_name_said_twice_in_a_row_starts_a_caption()
    {
        var pieces = Pieces("Port director Jane Roe said the report was baseless Jane Roe Jane Roe (Photo: Northport Gazette) " + Filler);
        Assert.Equal("Port director Jane Roe said the report was baseless", pieces[0]);
        Assert.Equal("Jane Roe Jane Roe (Photo: Northport Gazette)", pieces[1]);
    }

    [Fact]
    public void A_sub_heading_in_capitals_is_a_piece_of_its_own()
    {
        var pieces = Pieces("The board met the unions on Monday. THEY REJECTED THE SALE Speaking after the vote, Jane Roe said nothing was sold. " + Filler);
        Assert.Equal(["The board met the unions on Monday.", "THEY REJECTED THE SALE"], pieces.Take(2));
    }

    [Fact]
    public void A_quotation_in_capitals_is_not_cut()
    {
        var pieces = Pieces("The board met on Monday. \"THE PORT IS NOT FOR SALE.\" Jane Roe said the board would keep it. " + Filler);
        Assert.Single(pieces);
    }

    [Fact]
    public void A_headline_said_twice_in_a_row_is_cut_between_the_copies_and_the_copy_is_furniture()
    {
        var text = "3 mins read Harbour board keeps the ferry terminal public Harbour board keeps the ferry terminal public In a vote on " +
            "Monday the board chose to keep the terminal. " + Filler;
        var lines = DocumentCleaner.Classify(text);
        var copies = lines.Where(l => text[l.Start..l.End] == "Harbour board keeps the ferry terminal public").ToList();
        Assert.Equal(2, copies.Count);
        Assert.Equal(LineRole.Boilerplate, copies[1].Role);
    }

    [Fact]
    public void A_dated_byline_is_a_piece_of_its_own()
    {
        var pieces = Pieces("Harbour board keeps the terminal Thursday, March 5, 2026 by Tom Vale The board voted on Monday to keep it. " + Filler);
        Assert.Contains("Thursday, March 5, 2026 by Tom Vale", pieces);
    }

    [Fact]
    public void A_caption_label_after_a_sentence_starts_a_piece_and_reads_as_a_heading()
    {
        var text = "She denied the report on Monday. Happy days: Jane posted a picture of the quay at dawn Port director Jane Roe " +
            "said the board had met. " + Filler;
        var lines = DocumentCleaner.Classify(text);
        var caption = lines.Single(l => text[l.Start..l.End].StartsWith("Happy days:", StringComparison.Ordinal));
        Assert.Equal("Happy days: Jane posted a picture of the quay at dawn", text[caption.Start..caption.End]);
        Assert.Equal(LineRole.Heading, caption.Role);
    }

    [Fact]
    public void A_site_name_after_a_separator_closes_the_headline()
    {
        var pieces = Pieces("Harbour board denies sale of terminal \u00B7 Reuters Port director Jane Roe said on Monday that nothing was sold. " + Filler);
        Assert.Equal(["Harbour board denies sale of terminal", "\u00B7 Reuters"], pieces.Take(2));
    }

    [Fact]
    public void A_one_line_article_gives_the_statements_of_its_published_layout()
    {
        const string Header = "URL: https://example.org/p/4411\n\n";
        string[] lines =
        [
            "Board denies that it sold the terminal to a foreign buyer",
            "Port director Jane Roe at the quay on May 1 (Northport Photo/Tom Vale)",
            "PORT ELLEN (NPA) — Port director Jane Roe denied on Monday that the board had sold the terminal to a foreign buyer.",
            "\u201CNothing has been sold and nothing will be sold,\u201D Roe said.",
            "Union leader Tom Vale said the workers would strike if the sale went ahead.",
            Filler,
        ];
        var published = Seeds.Extract("a.txt", Header + string.Join("\n\n", lines));
        var oneLine = Seeds.Extract("a.txt", Header + string.Join(' ', lines));
        Assert.NotEmpty(published.Statements);
        Assert.Equal(
            published.Statements.Select(s => (s.SpeakerId, s.Stance, s.ClaimId)).Order(),
            oneLine.Statements.Select(s => (s.SpeakerId, s.Stance, s.ClaimId)).Order());
    }

    [Fact]
    public void A_long_quotation_is_never_cut()
    {
        // Inside “…” a capitalised pronoun after a lower-case word ("what I believe", "what It") is the speaker's own
        // sentence going on, not a new line of the page.
        var quote = "\u201CI have never taken money from the port. All of my choices were based on what I believe is right, and what " +
            "The Harbour Gazette printed is false.\u201D ";
        var pieces = Pieces(Filler + " " + quote + Filler);
        Assert.Contains(pieces, piece => piece.Contains(quote.Trim(), StringComparison.Ordinal));
    }
}
