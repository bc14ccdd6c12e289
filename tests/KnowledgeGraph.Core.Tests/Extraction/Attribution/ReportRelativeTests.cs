using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// A report that does its own saying in a relative clause, on invented sentences: "a story appearing on the BBC that
/// alleges that …" is the outlet's statement of what follows its verb, and a denial of it denies that, not "alleges
/// that …"; a question put right after its quotation ("“…?” posed Mutua"); an outlet whose name ends in "Media" or
/// "News" that "reports" a bare clause; and a person's "said in a statement" owning a later "the statement said".
/// </summary>
public sealed class ReportRelativeTests
{
    [Fact]
    public void Reports_set_off_by_a_comma_before_which_are_nobodys_the_article_names()
    {
        var doc = Invented.Extract("relative.txt", "Singer Maria Okafor, who is also one of the big stars in Nollywood, has slammed reports, which stated that she turned down the film.");
        doc.Require("person:maria-okafor", Stance.Denied, "slammed reports");
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Said && x.Evidence.Contains("turned down", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_set_off_by_a_comma_before_which_is_the_outlets_named_before()
    {
        var doc = Invented.Extract("relative.txt", "The Daily Ledger ran a story on the harbour on Monday.\n\nThe board rejected the report, which states that the pier was sold.");
        var ledger = Assert.Single(doc.Entities, e => e.Name == "Daily Ledger");
        doc.Require(ledger.Id, Stance.Said, "pier was sold");
    }

    private static ExtractedDocument Extract(string body) => Invented.Extract("report-relative.txt", body);

    [Theory]
    [InlineData("Alfred Mutua rejected a story appearing on the BBC that alleges that the group held meetings at the pier.")]
    [InlineData("Alfred Mutua rejected a BBC story that alleges that the group held meetings at the pier.")]
    [InlineData("Alfred Mutua rejected a story published by the BBC that claims the group held meetings at the pier.")]
    public void A_reports_own_verb_of_saying_is_no_part_of_what_it_said(string sentence)
    {
        var doc = Extract(sentence);
        Assert.Equal("The group held meetings at the pier", doc.Require("institution:bbc", Stance.Said, "held meetings").Claim);
        Assert.Equal("The group held meetings at the pier", doc.Require("person:alfred-mutua", Stance.Denied, "held meetings").Claim);
    }

    [Fact]
    public void A_relative_that_attributes_something_to_someone_is_not_skipped_as_saying()
    {
        var doc = Extract("The agency denied the allegation that attributed to it a report on a call between the ministers.");
        Assert.DoesNotContain(doc.Statements, s => s.Claim.StartsWith("To it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_posed_right_after_its_quotation_is_the_askers()
    {
        var doc = Extract("Alfred Mutua spoke on Monday. \"Why did the BBC air the story without seeking comment from the government?\" posed Mutua.");
        doc.Require("person:alfred-mutua", Stance.Said, "seeking comment");
    }

    [Fact]
    public void Posing_for_photographs_is_no_statement()
    {
        var doc = Extract("The minister posed for photographs with the harbour board on Monday.");
        Assert.Empty(doc.Statements);
    }

    [Theory]
    [InlineData("Fairfax Media reports the prime minister scheduled a visit to the pier on Tuesday morning.", "institution:fairfax-media")]
    [InlineData("Harbour News reports that the prime minister scheduled a visit to the pier on Tuesday morning.", "institution:harbour-news")]
    public void An_outlet_named_with_media_or_news_reports_what_follows(string sentence, string outlet)
    {
        Extract(sentence).Require(outlet, Stance.Said, "scheduled a visit to the pier");
    }

    [Fact]
    public void Media_reports_are_still_a_noun()
    {
        var doc = Extract("Media reports about the pier were false, the harbour board said on Monday.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:media");
    }

    [Fact]
    public void A_statement_a_person_made_is_theirs_when_it_speaks_again()
    {
        var doc = Extract("Fairfax Media reports the prime minister scheduled a visit to the pier. Mayor Rita Holm said in a statement that the " +
            "meeting was private. \"All travel is within the rules,\" the statement said.");
        doc.Require("person:rita-holm", Stance.Said, "All travel is within the rules");
    }

    [Theory]
    [InlineData("The newspaper had earlier reported that Quimby Motors aimed to produce 4.6 million cars.")]
    [InlineData("The newspaper has earlier reported that Quimby Motors aimed to produce 4.6 million cars.")]
    public void A_report_made_earlier_in_the_perfect_is_a_statement(string sentence)
    {
        var doc = Extract("The Harbour Gazette confirmed it had received the complaint from Quimby Motors. " + sentence);
        doc.Require("institution:harbour-gazette", Stance.Said, "aimed to produce 4.6 million cars");
    }
}
