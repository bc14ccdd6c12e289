using System.Text;
using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

public sealed class OddInputTests
{
    /// <summary>
    /// "Cllr Woolley denied this and said …" after a paragraph ending in a quoted verdict: the denial points back to the
    /// other paragraph's claim, whose positions are not this paragraph's (the extraction had failed on them).
    /// </summary>
    [Fact]
    public void A_denial_of_this_after_a_quoted_verdict_in_the_paragraph_before_is_read()
    {
        var doc = Invented.Extract("this.txt",
            "Mr Murphy said Cllr Woolley had given the impression that the meeting was on May 19 before saying it was on May 24. \u201CThis is lies,\u201D Mr Murphy told the tribunal.\n\n" +
            "Cllr Woolley denied this and said he had never falsified any evidence relating to the day in question.");
        Assert.Empty(doc.Warnings);
        Assert.Contains(doc.Statements, x => x.Evidence.Contains("denied this", StringComparison.Ordinal) && x.Stance == Stance.Denied);
        Assert.Contains(doc.Statements, x => x.Evidence.Contains("never falsified", StringComparison.Ordinal) && x.Stance == Stance.Denied);
    }

    [Fact]
    public void Text_without_sentences_gives_a_warning_and_no_statements()
    {
        var doc = Seeds.Extract("headings.txt", "BREAKING\nMarkets\nWeather\n");
        Assert.Empty(doc.Statements);
        Assert.NotEmpty(doc.Warnings);
    }

    [Theory]
    [InlineData("READ ALSO:")]
    [InlineData("TOP STORIES:")]
    [InlineData("FULL TEXT:")]
    [InlineData("BREAKING NEWS:")]
    public void A_line_of_capitals_ending_in_a_colon_is_read_like_any_other(string label)
    {
        var doc = Seeds.Extract("label.txt", $"Minister denies report\n\n{label}\n\nFinance minister Grace Mwale said the report was false.\n");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Contains("Grace Mwale", s.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("such incident involving the President took place,\u201D Marisol said. She said that due to security protocols, she could not divulge where Trump was. Rosa Delgado/HPS\n")]
    [InlineData("Palace denies report\n\nGrace Mwale said the report was false. Rosa Delgado/HPS")]
    public void An_acronym_closing_the_text_is_read_like_any_other(string text)
    {
        var doc = Seeds.Extract("acronym.txt", text);
        Assert.DoesNotContain(doc.Warnings, w => w.Contains("failed", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_article_is_handled_with_a_warning()
    {
        var doc = Seeds.Extract("empty.txt", "");
        Assert.Empty(doc.Statements);
        Assert.Empty(doc.Entities);
        Assert.Contains(doc.Warnings, w => w.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_without_quotes_still_yields_indirect_speech()
    {
        var doc = Seeds.Extract("plain.txt", "Donald Trump said on Friday that tariffs on steel would rise in March.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("person:donald-trump", s.SpeakerId);
        Assert.Equal(Stance.Said, s.Stance);
    }

    [Fact]
    public void Unbalanced_quotation_marks_are_reported_and_do_not_swallow_the_text()
    {
        var doc = Seeds.Extract("unbalanced.txt", "Emmanuel Macron said \"the plan is ready. Olaf Scholz denied that the plan was ready.\n");
        Assert.Contains(doc.Warnings, w => w.Contains("quotation mark", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:olaf-scholz" && s.Stance == Stance.Denied);
    }

    [Fact]
    public void Thousands_of_quotes_are_all_attributed()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            sb.Append("\"We will build road ").Append(i).Append(",\" Keir Starmer said. ");
        }

        var doc = Seeds.Extract("many-quotes.txt", sb.ToString());
        Assert.Equal(3000, doc.Statements.Count(s => s.SpeakerId == "person:keir-starmer"));
        Assert.All(doc.Statements, s => Assert.Equal(s.Evidence, sb.ToString(s.Start, s.End - s.Start)));
    }

    [Fact]
    public void Five_megabytes_on_one_line_is_handled_with_a_warning()
    {
        // The comma keeps it one sentence: without it each repetition starts one ("… doubted it Vladimir Putin said …").
        var sentence = "Vladimir Putin said the pipeline would open next year and analysts doubted it, ";
        var text = string.Concat(Enumerable.Repeat(sentence, 5_000_000 / sentence.Length + 1));
        var doc = Seeds.Extract("one-line.txt", text);
        Assert.Contains(doc.Warnings, w => w.Contains("cut", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Id == "person:vladimir-putin");
    }

    [Fact]
    public void Mixed_or_broken_encodings_are_flagged()
    {
        var doc = Seeds.Extract("mojibake.txt", "The minister Jos\u00c3\u00a9 P\u00c3\u00a9rez said the \ufffd deal was signed.");
        Assert.Contains(doc.Warnings, w => w.Contains("encoding", StringComparison.Ordinal));
    }
}
