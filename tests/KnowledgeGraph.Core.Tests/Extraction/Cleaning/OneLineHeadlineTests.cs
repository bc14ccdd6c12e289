using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction.Cleaning;

/// <summary>A headline delivered on the same line as what follows it is found by the address's slug (invented text).</summary>
public sealed class OneLineHeadlineTests
{
    private const string Lead = "Port director Maria Okafor said on Monday that the board had not sold the terminal to a foreign buyer and " +
        "that talks with the unions would go on through the spring, as the harbour prepares for a busy season of cruise ships " +
        "and container traffic, with more berths and longer hours for the crews.";

    [Fact]
    public void A_section_label_before_the_headline_is_not_part_of_the_title()
    {
        var doc = Seeds.Extract("label.txt", "URL: https://www.example.org/harbour-board-denies-sale-of-terminal\n\nBusiness Harbour Board Denies Sale of Terminal " + Lead);
        Assert.Equal("Harbour Board Denies Sale of Terminal", doc.Source.Title);
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:maria-okafor" && !s.Evidence.Contains("Terminal Port", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_run_into_a_short_caption_ends_where_the_slug_does()
    {
        var doc = Seeds.Extract("caption.txt", "URL: https://www.example.org/harbour-board-denies-sale-of-terminal-20260203.html\n\n" +
            "Harbour board denies sale of terminal Port director Maria Okafor at the quay on May 1 (Northport Photo/Tom Vale) " +
            "PORT ELLEN (NPA) - " + Lead);
        Assert.Equal("Harbour board denies sale of terminal", doc.Source.Title);
    }

    [Fact]
    public void One_slug_word_found_after_two_passed_over_reads_no_headline()
    {
        var doc = Seeds.Extract("slug.txt", "URL: https://www.example.org/article/sport-england-millbrook-idUKL3N0X\n\n" +
            "Feb 1 Northern Premier League team Millbrook Rovers have denied media reports that the manager was sacked.");
        Assert.Null(doc.Source.Title);
        Assert.Contains(doc.Statements, s => s.Stance == KnowledgeGraph.Model.Stance.Denied && s.Evidence.Contains("Millbrook Rovers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I've")]
    [InlineData("I")]
    [InlineData("I'm told")]
    public void The_pronoun_I_inside_a_long_line_starts_no_sentence(string pronoun)
    {
        var doc = Seeds.Extract("pronoun.txt", "Port director Maria Okafor said on Monday the board had kept every berth and that talks with the unions went on. " +
            "And this is the first time " + pronoun + " talked about the sale, but one of the things that people keep saying is that the board " +
            "sold the terminal to a foreign buyer in the spring, which is not the case at all, with more berths and longer hours for the crews this year.");
        Assert.Null(doc.Source.Title);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.StartsWith(pronoun, StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_trail_run_into_a_copy_of_the_headline_is_dropped()
    {
        var doc = Seeds.Extract("trail.txt", "URL: https://www.example.org/ebola/\n\nHome World News Norvia denies Ebola outbreak in country\n\n" +
            "Norvia denies Ebola outbreak in country\n\n" + Lead);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Home", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("Home World", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_with_a_different_ending_is_no_trail() =>
        Assert.Equal("Norvia denies Ebola outbreak in country", Seeds.Extract("trail.txt",
            "URL: https://www.example.org/ebola/\n\nNorvia denies Ebola outbreak in country\n\nEbola outbreak in country\n\n" + Lead).Source.Title);
}
