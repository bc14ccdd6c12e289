using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Core.Tests.Extraction.Text;

/// <summary>Quotation marks are paired so that one stray mark cannot turn the later quotations of a long line inside out (invented text).</summary>
public sealed class QuotePairingTests
{
    private static List<string> Quotes(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        var spans = SentenceSplitter.PairQuotes(tokens, new bool[tokens.Count], out _);
        return spans.Select(q => text[tokens[q.Open].Start..tokens[q.Close].End]).ToList();
    }

    [Fact]
    public void Curly_quotes_inside_a_straight_quotation_are_part_of_it()
    {
        var quotes = Quotes("The board said, \"Some are spreading a release titled \u201CBoard Sells Terminal\u201D, which is false.\" " +
            "\"We never sold it,\" the board added.");
        Assert.Equal(["\"Some are spreading a release titled \u201CBoard Sells Terminal\u201D, which is false.\"", "\"We never sold it,\""], quotes);
    }

    [Fact]
    public void An_opening_mark_whose_partner_was_lost_does_not_flip_the_later_quotations()
    {
        var quotes = Quotes("Read the full text: \"Statement on the terminal 4 March 2026 \"Nothing was sold,\" the board said. " +
            "\"Talks go on,\" the director added.");
        Assert.Equal(["\"Nothing was sold,\"", "\"Talks go on,\""], quotes);
    }

    [Fact]
    public void A_right_mark_typed_before_a_word_opens_the_quotation()
    {
        // Sites that type ” for both marks: the one after a space and before a word opens.
        var quotes = Quotes("The director said: \u201DTalks go on.\u201D She called it a \u201Dgood day\u201D.");
        Assert.Equal(["\u201DTalks go on.\u201D", "\u201Dgood day\u201D"], quotes);
    }

    [Fact]
    public void A_closing_mark_with_nothing_open_is_left_out()
    {
        var quotes = Quotes("and the sale was never agreed.\" The director said: \"Talks go on.\"");
        Assert.Equal(["\"Talks go on.\""], quotes);
    }

    [Fact]
    public void A_quotation_after_a_lost_partner_keeps_its_speaker_on_one_line()
    {
        var doc = Seeds.Extract("q.txt", "The board published its statement on Monday. \"Statement on the terminal. \"Nothing has been sold and nothing " +
            "will be sold,\" port director Maria Okafor said. \"Talks with the unions go on,\" Okafor added.");
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:maria-okafor" && s.Evidence.StartsWith("\"Nothing has been sold", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plurals_apostrophe_inside_a_long_single_quotation_does_not_close_it()
    {
        var quotes = Quotes("The union said: \u2018Every time they do this, it only increases our members\u2019 determination to strike.\u2019 Talks go on.");
        Assert.Equal(["\u2018Every time they do this, it only increases our members\u2019 determination to strike.\u2019"], quotes);
    }

    [Fact]
    public void A_short_single_quotation_still_closes_after_a_plural() =>
        Assert.Equal(["\u2018experts\u2019"], Quotes("The so-called \u2018experts\u2019 say the port is safe."));
}
