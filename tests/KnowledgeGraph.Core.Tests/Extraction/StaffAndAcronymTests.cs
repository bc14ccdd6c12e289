using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Constructions met on fresh real articles, each written here as an invented sentence: an organisation's unnamed staff
/// as the whole subject ("Officials at the Harbour Authority said"), an acronym the article spells out for another name
/// than the news agency's ("Aam Aadmi Party (AAP)"), a describing word before the statement issued ("issued a curt
/// statement … denying"), and manner verbs after a quotation ("she scoffed", "she laughed").
/// </summary>
public sealed class StaffAndAcronymTests
{
    [Theory]
    [InlineData("Officials at the Harbour Authority said the port was sold.", "Harbour Authority")]
    [InlineData("On Monday, editors at the Harbour Ledger reported that the port was sold.", "Harbour Ledger")]
    public void Unnamed_staff_as_the_whole_subject_speak_for_their_organisation(string sentence, string organisation)
    {
        var doc = Invented.Extract("staff.txt", "Port sold\n\n" + sentence);
        var body = Assert.Single(doc.Entities, e => e.Name == organisation);
        doc.Require(body.Id, Stance.Said, "port was sold");
    }

    [Fact]
    public void Sources_at_an_organisation_do_not_speak_for_it()
    {
        var doc = Invented.Extract("sources.txt", "Port sold\n\nSources at the Harbour Authority said the port was sold.");
        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void An_acronym_spelled_out_for_another_name_is_not_the_agencys()
    {
        var doc = Invented.Extract("acronym.txt",
            "Firm refutes claims\n\nThe statement followed allegations from Aam Aadmi Party (AAP) on Thursday that the firm printed currency.\n\n" +
            "The AAP said the firm had been blacklisted.");
        var party = Assert.Single(doc.Entities, e => e.Name == "Aam Aadmi Party");
        doc.Require(party.Id, Stance.Said, "had been blacklisted");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Australian Associated Press");
    }

    [Theory]
    [InlineData("Australian Associated Press (AAP) reported the fire.", "AAP said three people died.", "Australian Associated Press")]
    [InlineData("The fire was reported by Associated Press (AP) on Monday.", "AP said three people died.", "Associated Press")]
    public void The_agency_spelled_out_keeps_its_acronym(string first, string second, string agencyName)
    {
        var doc = Invented.Extract("agency.txt", "Fire kills three\n\n" + first + "\n\n" + second);
        var agency = Assert.Single(doc.Entities, e => e.Name == agencyName);
        doc.Require(agency.Id, Stance.Said, "three people died");
    }

    [Fact]
    public void A_describing_word_before_the_statement_issued_keeps_the_denial()
    {
        var doc = Invented.Extract("curt.txt", "Minister denies claims\n\nGwede Mantashe issued a curt statement on Tuesday morning denying the claims.");
        var minister = Assert.Single(doc.Entities, e => e.Name == "Gwede Mantashe");
        doc.Require(minister.Id, Stance.Denied, "denying the claims");
    }

    [Theory]
    [InlineData("The Harbour Football Federation (HFF) have released a formal statement denying the accusations against its president.")]
    [InlineData("The Harbour Football Federation has released an official press statement denying the accusations against its president.")]
    [InlineData("The Harbour Football Federation issued a brief joint statement denying the accusations against its president.")]
    public void A_statement_described_by_words_the_lexicon_also_reads_as_determiners_keeps_the_denial(string sentence)
    {
        var doc = Invented.Extract("formal.txt", "Federation rejects claims\n\nThe league said nothing on Monday.\n\n" + sentence);
        var federation = Assert.Single(doc.Entities, e => e.Name == "Harbour Football Federation");
        doc.Require(federation.Id, Stance.Denied, "accusations against its president");
    }

    [Theory]
    [InlineData("completely void of any truth")]
    [InlineData("devoid of truth")]
    public void A_possessive_spokesperson_is_the_spokesperson_named_next_and_void_of_truth_denies(string verdict)
    {
        var doc = Invented.Extract("spokes.txt", "Minister denies trip sponsorship\n\n" +
            $"Allegations that Harbour Minister Tom Hale was sponsored to travel to Dubai are {verdict}, his spokesperson said on Tuesday.\n\n" +
            "In a statement, ministry spokesperson Sam Okoro said Hale and his family paid for the trip.");
        doc.Require("person:sam-okoro", Stance.Denied, "sponsored to travel to Dubai");
    }

    [Fact]
    public void The_regulator_is_the_commission_or_authority_the_article_named()
    {
        var doc = Invented.Extract("regulator.txt", "Regulator files report\n\nThe Harbour Aviation Commission (HAC) has denied that it leaked the data. " +
            "The regulator said it had filed a police report against the airline chief.");
        doc.Require("institution:harbour-aviation-commission", Stance.Said, "filed a police report");
    }

    [Fact]
    public void A_two_word_company_speaking_after_a_time_is_found_and_a_headlines_opening_word_before_firm_is_none()
    {
        var doc = Invented.Extract("firm.txt", "Banknote firm refutes claims\n\nNorvell Print on Friday refuted allegations that it printed fake notes for the ruling party.\n\n" +
            "The firm said it would take appropriate steps to protect its reputation.");
        doc.Require("institution:norvell-print", Stance.Denied, "printed fake notes");
        doc.Require("institution:norvell-print", Stance.Said, "appropriate steps");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Banknote");
    }

    [Theory]
    [InlineData("Prosecutors claim that the port chief's lawyers misled the court.")]
    [InlineData("Federal prosecutors said the port chief's lawyers misled the court.")]
    public void Prosecutors_are_the_one_prosecuting_office_the_article_names(string sentence)
    {
        var doc = Invented.Extract("prosecutors.txt", "Lawyers accused\n\nThe Harbour County State Attorney's Office has charged the port chief with fraud.\n\n" + sentence);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("misled the court", StringComparison.Ordinal));
        Assert.Equal(doc.Entities.Single(e => e.Name.StartsWith("Harbour County State Attorney", StringComparison.Ordinal)).Id, s.SpeakerId);
    }

    [Fact]
    public void Prosecutors_are_no_one_when_the_article_names_two_prosecuting_offices()
    {
        var doc = Invented.Extract("prosecutors.txt", "Lawyers accused\n\nThe Harbour County State Attorney's Office and the Northwind County District Attorney's Office charged the port chief.\n\n" +
            "Prosecutors claim that the port chief's lawyers misled the court.");
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.Contains("misled the court", StringComparison.Ordinal));
    }

    [Fact]
    public void The_attorney_for_a_persons_accuser_does_not_speak_for_that_person()
    {
        var doc = Invented.Extract("proxy.txt", "The attorney for Tom Bryant's accuser on Tuesday denied claims his client had sex with another man.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:tom-bryant");
        var lawyer = Invented.Extract("proxy.txt", "The lawyer for Tom Bryant denied claims his client had sex with another man.");
        lawyer.Require("person:tom-bryant", Stance.Denied, "his client had sex");
    }

    [Fact]
    public void The_speaker_is_the_person_the_article_gave_that_office()
    {
        var doc = Invented.Extract("speaker.txt", "Speaker denies charge\n\nAssembly Speaker Tom Velan on Wednesday dismissed as baseless the charge that he had helped the accused.\n\n" +
            "The Speaker also said that the trips abroad were official.");
        doc.Require("person:tom-velan", Stance.Said, "trips abroad were official");
    }

    [Theory]
    [InlineData("\"I got a lot of attention,\" she scoffed.")]
    [InlineData("\"I got a lot of attention,\" she laughed.")]
    public void A_manner_verb_after_a_quotation_reports_it(string sentence)
    {
        var doc = Invented.Extract("manner.txt", "Actress laughs off rumours\n\nDakota Roe spoke to a talk show on Monday.\n\n" + sentence);
        var roe = Assert.Single(doc.Entities, e => e.Name == "Dakota Roe");
        doc.Require(roe.Id, Stance.Said, "a lot of attention");
    }
}
