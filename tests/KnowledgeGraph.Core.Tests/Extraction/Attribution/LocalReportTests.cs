using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Constructions of local and regional reporting: a statement announced by "stating:" whose quotation is closed with the
/// opening mark, a county's titled administrator, "the hospital authorities" for the hospital, and a place-and-colon
/// dateline ("New Delhi: …"). Invented paragraphs.
/// </summary>
public sealed class LocalReportTests
{
    [Fact]
    public void A_quotation_closed_with_the_opening_mark_after_a_stating_lead_in_is_the_statement()
    {
        var doc = Invented.Extract("county.txt", "Commissioner Jane Roe is under investigation for alleged misconduct.\n\n" +
            "Roe released a statement to Harbour News late Friday afternoon stating:\n\n" +
            "\u201cI have been advised that several employees have filed complaints. I vehemently deny engaging in any misconduct whatsoever. " +
            "I will continue to proudly do the hard work necessary to serve the people of the county.\u201c\n\nNo charges have been filed.");
        doc.Require("person:jane-roe", Stance.Denied, "vehemently deny");
        doc.Require("person:jane-roe", Stance.Said, "serve the people of the county");
    }

    [Fact]
    public void A_county_administrator_is_titled_not_named_so()
    {
        var doc = Invented.Extract("county.txt", "Harbour County Administrator Gary Bender said the report was finalized Thursday.");
        doc.Require("person:gary-bender", Stance.Said, "finalized Thursday");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Administrator", StringComparison.Ordinal));
    }

    [Fact]
    public void The_hospital_authorities_speak_for_the_hospital_not_the_government()
    {
        var doc = Invented.Extract("hospital.txt", "The Norvale hospital in Gurugram on Saturday denied negligence in the death of a boy.\n\n" +
            "The hospital authorities also said that the family of the boy in India was informed about the risks.");
        var hospital = doc.Entities.Single(e => e.Name.Contains("Norvale", StringComparison.Ordinal)).Id;
        doc.Require(hospital, Stance.Said, "family of the boy");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "institution:government-of-india");
    }

    [Fact]
    public void A_place_and_a_colon_opening_the_paragraph_is_a_dateline_not_the_subject()
    {
        var doc = Invented.Extract("cricket.txt", "New Delhi: The Harbour Cricket Board dismissed reports of a drinking party in the team hotel.");
        Assert.Contains(doc.Statements, x => x.Stance == Stance.Denied && x.SpeakerId.Contains("harbour-cricket-board", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "institution:government-of-india");
    }
    [Theory]
    [InlineData("Spokesman Tom Hale said on Monday: \u201cFor the record, the department wishes to reiterate that none of the allegations against the minister will stick.\u201d")]
    [InlineData("Spokesman Tom Hale said on Monday that the department wishes to reiterate that none of the allegations against the minister will stick.")]
    public void A_body_reiterating_in_its_own_voice_after_for_the_record_denies(string sentence)
    {
        var doc = Invented.Extract("county.txt", sentence);
        var found = doc.Require("person:tom-hale", Stance.Denied, "none of the allegations");
        Assert.StartsWith("The allegations against the minister", found.Claim, StringComparison.Ordinal);
    }
    [Fact]
    public void A_quotation_then_read_the_statement_is_the_statements_and_its_open_quotation_goes_on()
    {
        var doc = Invented.Extract("ministry.txt", "Later the foreign ministry in a statement said the government was dismayed by the reports.\n\n" +
            "\u201cIt is affirmed that there was no border crossing by any group from Norvale on that day,\u201d read the statement.\n\n" +
            "\u201cThe allegation is fabricated and highly derogatory to the reputation of the country.\n\n" +
            "\u201cAs on previous occasions, the narratives of the neighbour's officials differ.\u201d");
        var ministry = doc.Statements.First(x => x.Evidence.Contains("dismayed", StringComparison.Ordinal)).SpeakerId;
        doc.Require(ministry, Stance.Denied, "no border crossing");
        doc.Require(ministry, Stance.Denied, "allegation is fabricated");
    }
    [Fact]
    public void A_lawsuit_whose_filer_is_not_named_is_not_the_last_speakers()
    {
        var doc = Invented.Extract("jail.txt", "Sheriff Larry Sims said the claims were lies.\n\nThe suit says the woman was injured in her cell.\n\n" +
            "The woman's lawsuit claims the jail staff denied her medication.");
        doc.Require("person:larry-sims", Stance.Denied, "claims were lies");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:larry-sims" && x.Evidence.Contains("suit", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lawsuit_a_named_party_filed_is_still_theirs()
    {
        var doc = Invented.Extract("jail.txt", "Inmate Jane Roe filed a lawsuit against the county on Friday.\n\nThe lawsuit claims the jail staff denied her medication.");
        Assert.Contains(doc.Statements, x => x.Evidence.Contains("denied her medication", StringComparison.Ordinal) && x.SpeakerId == "person:jane-roe");
    }
    [Fact]
    public void A_statement_read_as_per_an_outlet_is_not_the_outlets()
    {
        var doc = Invented.Extract("mission.txt", "The Norvale High Commission in Kenya issued a statement on Monday.\n\n" +
            "\u201cThe High Commission is not irked by the frivolous allegations and will continue its work,\u201d read the statement as per Harbour News, " +
            "a media outlet in Lagos.");
        Assert.DoesNotContain(doc.Statements, x => doc.Entities.Single(e => e.Id == x.SpeakerId).Name.Contains("Harbour News", StringComparison.Ordinal));
    }
}
