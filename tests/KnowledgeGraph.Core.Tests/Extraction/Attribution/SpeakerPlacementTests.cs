using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Where the speaker stands: an outlet that "reported him as saying:", a participle after a comma (the main clause's, not
/// the name's before it), a title holding its post's place ("Ambassador to Cuba"), and "inter alia" before the verb.
/// Invented sentences.
/// </summary>
public sealed class SpeakerPlacementTests
{
    [Theory]
    [InlineData("The clarification came after Hale spoke to Reuters yesterday, which reported him as saying: \u201CIf the port cannot make money, we will not keep the port.\u201D")]
    [InlineData("Reuters quoted him as saying: \u201CIf the port cannot make money, we will not keep the port.\u201D")]
    public void An_outlet_that_reported_him_as_saying_relays_his_words(string sentence)
    {
        var doc = Invented.Extract("relay.txt", "Port future in doubt\n\nHarbour chief executive Tom Hale spoke on Monday about the port.\n\n" + sentence);
        var s = doc.Require("person:tom-hale", Stance.Said, "cannot make money");
        Assert.Equal(["institution:reuters"], s.ReportedBy);
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "institution:reuters");
    }

    [Fact]
    public void A_participle_after_a_comma_belongs_to_the_main_clause_not_the_name_before_it()
    {
        var doc = Invented.Extract("participle.txt",
            "Oslo rejects reports\n\nNorway has rejected media reports about a statement attributed to Saudi Foreign Minister Jan Kolar, clarifying that the minister had not made such remarks.");
        var s = doc.Require("institution:government-of-norway", Stance.Denied, "clarifying that");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:jan-kolar");
    }

    [Fact]
    public void A_title_may_hold_the_place_of_its_post_before_the_name()
    {
        var doc = Invented.Extract("title.txt",
            "Envoy on the blockade\n\nThe United States has imposed a blockade on the island under an absurd pretext, Russian Ambassador to Cuba Viktor Koronelli said.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("Viktor Koronelli", Assert.Single(doc.Entities, e => e.Id == s.SpeakerId).Name);
    }

    [Theory]
    [InlineData("Northwind Limited has vide its letter inter-alia stated,\"We deny the media reports about a sale of the port.\"")]
    [InlineData("Northwind Limited has inter alia stated, \"We deny the media reports about a sale of the port.\"")]
    public void Inter_alia_before_the_verb_leaves_the_subject_speaking(string sentence)
    {
        var doc = Invented.Extract("alia.txt", "Clarification by Northwind Limited\n\n" + sentence);
        var s = doc.Require("institution:northwind-limited", Stance.Denied, "deny the media reports");
        Assert.Contains("sale of the port", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_after_the_verb_may_carry_a_description_with_a_relative_clause()
    {
        var doc = Invented.Extract("after.txt",
            "Hospital sues family\n\nThe family accused the hospital of negligence.\n\nThat accusation was false and malicious, said John Cotton, a Las Vegas-based attorney who represents the hospital.");
        doc.Require("person:john-cotton", Stance.Denied, "false and malicious");
    }

    [Fact]
    public void The_names_in_a_relative_clause_after_an_unresolved_description_do_not_speak()
    {
        var doc = Invented.Extract("relative.txt",
            "Singer answers rumours\n\nDana Kirby has said she is not moving to Paris.\n\nThe singer, who is dating model Tom Hale, appeared on a late-night show and dismissed the rumours.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:tom-hale");
    }

    [Fact]
    public void A_firm_named_like_a_building_is_the_firm_when_introduced_as_one()
    {
        var doc = Invented.Extract("firm.txt",
            "App charts\n\nThe app was the top free download on Tuesday, according to the app data firm Sensor Tower.");
        var firm = Assert.Single(doc.Entities, e => e.Name == "Sensor Tower");
        Assert.Equal(EntityKind.Institution, firm.Kind);
        doc.Require(firm.Id, Stance.Said, "top free download");
    }

    [Fact]
    public void A_barrister_named_after_the_clause_speaks_it()
    {
        var doc = Invented.Extract("barrister.txt",
            "Lawyer did not mislead court\n\nA judge's claim that defence lawyer Tom Hale misled the Court of Appeal is \"entirely wrong\", barrister Jane Roe says.");
        doc.Require("person:jane-roe", Stance.Denied, "entirely wrong");
    }

    [Fact]
    public void A_description_after_the_closing_verb_speaks_the_clause_before()
    {
        var doc = Invented.Extract("inverted.txt",
            "Minister denies remark\n\nSports Minister Tom Hale spoke to reporters on Monday.\n\nThe President did not make any such remark, said the Minister.");
        doc.Require("person:tom-hale", Stance.Denied, "did not make any such remark");
    }

    [Fact]
    public void A_closing_verb_with_a_description_takes_over_the_clause_that_reports_another()
    {
        var doc = Invented.Extract("inverted.txt",
            "Minister denies remark\n\nSports Minister Tom Hale spoke to reporters on Monday.\n\n" +
            "Cabinet Spokesperson Jane Roe has also stated that the President did not make any such remark to her, said the Minister.");
        doc.Require("person:tom-hale", Stance.Denied, "did not make any such remark");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:jane-roe");
    }

    [Theory]
    [InlineData("The claim was backed by Jane Roe of the Harbour Authority, who said that no ship had sunk in the bay.")]
    [InlineData("The claim was backed by General Jane Roe of the 3rd Harbour Command who told the radio station that no ship had sunk in the bay.")]
    public void Who_after_a_person_of_an_organisation_is_the_person(string sentence)
    {
        var doc = Invented.Extract("who.txt", "Ship sinking denied\n\n" + sentence);
        doc.Require("person:jane-roe", Stance.Denied, "no ship had sunk");
    }

    [Fact]
    public void Which_after_an_organisation_is_the_organisation()
    {
        var doc = Invented.Extract("who.txt", "Ship sinking denied\n\nThe claim came from the Harbour Authority, which said that no ship had sunk in the bay.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId.StartsWith("person:", StringComparison.Ordinal));
        Assert.Single(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Fact]
    public void A_time_phrase_between_a_name_after_after_and_its_verb_keeps_the_name_the_subject()
    {
        var doc = Invented.Extract("time.txt",
            "Premier row\n\nThe Harbour Workers Union said the premier had misled the council.\n\n" +
            "It comes after commentator Jane Roe this week also accused the premier of breaking his promise on the harbour.");
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:jane-roe" && x.Evidence.Contains("accused the premier", StringComparison.Ordinal));
    }
}
