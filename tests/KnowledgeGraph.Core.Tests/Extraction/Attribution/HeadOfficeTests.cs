using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "the president's office denied …", "the Chilean president's office said …", "the presidential office said …", "Mr
/// Verner's office says …" of a president the article names with his country ("Chilean President Tom Verner"): the office
/// of a head of state or government speaks for that government, as "the Presidency" does; another office ("the Speaker's
/// office") is its own. Invented sentences.
/// </summary>
public sealed class HeadOfficeTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("headoffice.txt", "Chilean President Tom Verner faces a vote on Monday.\n\n" + sentence);

    [Theory]
    [InlineData("The president's office denied that any cash was paid into the campaign.")]
    [InlineData("The Chilean president's office denied that any cash was paid into the campaign.")]
    [InlineData("The presidential office denied that any cash was paid into the campaign.")]
    [InlineData("Mr Verner's office denied that any cash was paid into the campaign.")]
    public void The_office_of_the_head_of_government_speaks_for_the_government(string sentence)
    {
        var doc = Extract(sentence);
        doc.Require("institution:government-of-chile", Stance.Denied, "office denied");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:tom-verner");
    }

    [Theory]
    [InlineData("President Tom Verner of Chile", "institution:government-of-chile")]
    [InlineData("President Tom Verner of the United States", "institution:government-of-united-states")]
    public void The_country_after_a_presidents_name_is_his(string named, string government)
    {
        var doc = Invented.Extract("headoffice.txt", named + " faces a vote on Monday.\n\nMr Verner's office denied that any cash was paid into the campaign.");
        doc.Require(government, Stance.Denied, "office denied");
    }

    [Fact]
    public void Another_office_is_not_the_government() =>
        Assert.DoesNotContain(Extract("The Speaker's office said the trips were official.").Statements, s => s.SpeakerId == "institution:government-of-chile");

    [Fact]
    public void A_head_of_government_without_a_country_keeps_his_office()
    {
        var doc = Invented.Extract("headoffice.txt", "Prime Minister Dan Avery's office rejected reports of a cabinet reshuffle.");
        Assert.Single(doc.Statements, s => s.SpeakerId == "person:dan-avery");
    }
}
