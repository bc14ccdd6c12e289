using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction.Cleaning;

/// <summary>A headline that ends in a quoted word or phrase is still the headline (invented text).</summary>
public sealed class QuotedHeadlineTests
{
    private const string Lead = "Port director Maria Okafor has rejected a newspaper story about the sale of the terminal.";

    [Theory]
    [InlineData("Okafor calls terminal sale report 'pure fiction'")]
    [InlineData("Okafor calls terminal sale report \u201Cpure fiction\u201D")]
    [InlineData("Okafor calls terminal sale report \u2018a fantasy\u2019")]
    public void A_headline_ending_in_a_quotation_is_the_title(string headline)
    {
        var doc = Seeds.Extract("quoted.txt", headline + "\n\n" + Lead);
        Assert.Equal(headline, doc.Source.Title);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.StartsWith(headline, StringComparison.Ordinal) && s.Evidence.Contains("Port director", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_closing_a_quotation_after_its_full_stop_is_running_text()
    {
        var doc = Seeds.Extract("quoted.txt", "Harbour board denies sale of terminal\n\n" + Lead + "\n\nOkafor told reporters the sale story was \u201Cpure fiction.\u201D");
        Assert.Contains(doc.Statements, s => s.Evidence.Contains("pure fiction", StringComparison.Ordinal));
    }

    [Fact]
    public void A_last_paragraph_that_opens_a_quotation_and_is_cut_off_is_running_text()
    {
        var doc = Seeds.Extract("quoted.txt", "Harbour board denies sale of terminal\n\n" + Lead + "\n\nOkafor said she had looked into the report.\n\n" +
            "\u201CI have spoken to each of the three board members.\n\n\u201CThey have assured me that they did not sign any papers for the sal");
        Assert.Contains(doc.Statements, s => s.Evidence.Contains("spoken to each", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_that_opens_with_a_quotation_and_closes_it_is_still_the_title()
    {
        const string headline = "\u201CPure fiction\u201D says port director of terminal sale report";
        Assert.Equal(headline, Seeds.Extract("quoted.txt", headline + "\n\n" + Lead).Source.Title);
    }

    [Fact]
    public void A_last_line_cut_inside_a_sentence_is_running_text()
    {
        var doc = Seeds.Extract("quoted.txt", "Harbour board denies sale of terminal\n\n" + Lead + "\n\nShe later told reporters that the board had signed no papers for the sale of the terminal to anyo");
        Assert.Contains(doc.Statements, s => s.Evidence.Contains("told reporters", StringComparison.Ordinal) && s.Rule != "headline");
    }

    [Fact]
    public void A_last_line_of_capitalised_words_stays_a_heading()
    {
        var doc = Seeds.Extract("quoted.txt", "Harbour board denies sale of terminal\n\n" + Lead + "\n\nMore From Harbour News Port Director Says Terminal Sale Off");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("Sale Off", StringComparison.Ordinal));
    }
}
