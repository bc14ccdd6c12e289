using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>A speaker who quotes someone else's denial asserts that report; one who quotes itself denies. Invented sentences.</summary>
public sealed class ReportedSpeechTests
{
    [Fact]
    public void Quoting_a_third_partys_past_denial_is_a_said_report_of_it()
    {
        var doc = Invented.Extract("reported.txt",
            "The Harbour Gazette claimed that \"the Nigerian Transport Minister has categorically denied and said that there was no sale\" at the terminal.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Said, s.Stance);
        Assert.Contains("denied", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void An_issuer_quoting_itself_in_the_present_denies()
    {
        var doc = Invented.Extract("reported.txt", "The Lagos Port Authority issued a note on Monday.\n\n" +
            "\"The Authority categorically rejects the false reports that the terminal was sold,\" the note says.");
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Denied && s.Claim.Contains("terminal was sold", StringComparison.Ordinal));
    }

    [Fact]
    public void An_outlet_that_published_a_report_says_what_follows_that()
    {
        var doc = Invented.Extract("reported.txt", "Earlier in the week the Miami Herald published a similar report that fifty dockers were laid off.");
        var herald = Assert.Single(doc.Entities, e => e.Name.Contains("Miami Herald", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, s => s.SpeakerId == herald.Id && s.Claim.Contains("dockers were laid off", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Miami Herald ran a story this morning that fifty dockers were laid off.")]
    [InlineData("It was alleged in the Miami Herald that fifty dockers were laid off.")]
    [InlineData("The Miami Herald was the first to report that fifty dockers were laid off.")]
    public void An_outlet_that_ran_alleged_or_first_reported_a_story_says_what_follows_that(string sentence)
    {
        var doc = Invented.Extract("reported.txt", sentence);
        var herald = Assert.Single(doc.Entities, e => e.Name.Contains("Miami Herald", StringComparison.Ordinal));
        var s = Assert.Single(doc.Statements);
        Assert.Equal((herald.Id, Stance.Said), (s.SpeakerId, s.Stance));
        Assert.StartsWith("Fifty dockers were laid off", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_in_a_named_outlet_said_is_the_outlets_statement()
    {
        var doc = Invented.Extract("reported.txt", "The report in the Miami Herald said that fifty dockers were laid off.");
        var herald = Assert.Single(doc.Entities, e => e.Name.Contains("Miami Herald", StringComparison.Ordinal));
        doc.Require(herald.Id, Stance.Said, "dockers were laid off");
    }

    [Theory]
    [InlineData("The report, published by the Miami Herald, claimed that fifty dockers were laid off.", "institution:miami-herald")]
    [InlineData("The report, published by the Wexford Ledger on Monday, claimed that fifty dockers were laid off.", "institution:wexford-ledger")]
    [InlineData("The report in the Daily Planet claimed that fifty dockers were laid off.", "institution:daily-planet")]
    [InlineData("The report in the Sunday Independent claimed that fifty dockers were laid off.", "institution:sunday-independent")]
    public void A_report_published_by_or_in_an_outlet_between_commas_or_not_is_the_outlets(string sentence, string outlet)
    {
        var doc = Invented.Extract("reported.txt", "Acme Terminals denied the claims on Tuesday.\n\n" + sentence + " It also claimed that the terminal manager had resigned.");
        doc.Require(outlet, Stance.Said, "dockers were laid off");
        doc.Require(outlet, Stance.Said, "manager had resigned"); // "it" is the report, not the company that spoke before
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != outlet && s.Claim.Contains("manager", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The rumour began with an article published by the Miami Herald on Monday.\n\nThe piece suggested that the Lagos Port Authority had declared the terminal a loss.", "Lagos Port Authority had declared")]
    [InlineData("The Miami Herald reported that Mayor Ada Okafor said the terminal would close.", "Ada Okafor said the terminal")]
    public void What_an_outlet_reports_someone_said_is_the_outlets_claim(string text, string content)
    {
        // The dev README: "If an outlet reports that a person said something, the claim is the outlet's, not the person's."
        var doc = Invented.Extract("reported.txt", text);
        var herald = Assert.Single(doc.Entities, e => e.Name.Contains("Miami Herald", StringComparison.Ordinal));
        var s = Assert.Single(doc.Statements);
        Assert.Equal((herald.Id, Stance.Said), (s.SpeakerId, s.Stance));
        Assert.Contains(content, s.Claim, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_source_cited_between_commas_is_not_part_of_the_report()
    {
        var s = Assert.Single(Invented.Extract("reported.txt", "The Miami Herald reported on Monday, citing two port officials, that fifty dockers were laid off.").Statements);
        Assert.StartsWith("Fifty dockers were laid off", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outlet_reporting_a_negative_fact_says_it()
    {
        var s = Assert.Single(Invented.Extract("reported.txt", "The Miami Herald reported that the port had not been sold.").Statements);
        Assert.Equal(Stance.Said, s.Stance);
        Assert.Contains("not been sold", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outlet_defending_its_story_still_denies()
    {
        var s = Assert.Single(Invented.Extract("reported.txt", "The Miami Herald said its story was not fabricated.").Statements);
        Assert.Equal(Stance.Denied, s.Stance);
    }

    [Theory]
    [InlineData("As reported by the Miami Herald, fifty dockers were laid off.")]
    [InlineData("As first reported in the Miami Herald on Monday, fifty dockers were laid off.")]
    public void As_reported_by_an_outlet_opens_the_outlets_claim(string sentence)
    {
        var doc = Invented.Extract("reported.txt", sentence);
        var herald = Assert.Single(doc.Entities, e => e.Name.Contains("Miami Herald", StringComparison.Ordinal));
        doc.Require(herald.Id, Stance.Said, "dockers were laid off");
    }

    [Fact]
    public void As_reported_earlier_names_no_one()
    {
        Assert.Empty(Invented.Extract("reported.txt", "As reported earlier, fifty dockers were laid off.").Statements);
    }

    [Fact]
    public void A_quotation_the_newspaper_quoted_someone_as_saying_is_theirs_through_it()
    {
        var doc = Invented.Extract("reported.txt", "Port director Ada Okafor spoke to the Miami Herald on Monday.\n\n" +
            "\u201cThe terminal will stay open,\u201d the newspaper quoted Okafor as saying.");
        var okafor = Assert.Single(doc.Entities, e => e.Name == "Ada Okafor");
        var herald = Assert.Single(doc.Entities, e => e.Name.Contains("Miami Herald", StringComparison.Ordinal));
        var s = doc.Require(okafor.Id, Stance.Said, "terminal will stay open");
        Assert.Contains(herald.Id, s.ReportedBy);
    }

    [Fact]
    public void An_article_by_a_writer_which_states_something_is_the_outlets()
    {
        var doc = Invented.Extract("reported.txt",
            "The club has seen an article in today's Miami Herald by Ian McGarry which states that Coach Femi Bello has rejected an offer.");
        var herald = Assert.Single(doc.Entities, e => e.Name.Contains("Miami Herald", StringComparison.Ordinal));
        var s = doc.Require(herald.Id, Stance.Said, "Femi Bello has rejected an offer");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId.Contains("mcgarry", StringComparison.Ordinal));
        Assert.Single(doc.Statements);
    }

    [Fact]
    public void A_negation_after_a_long_apposition_of_the_subject_still_denies()
    {
        var s = Assert.Single(Invented.Extract("apposition.txt",
            "Port director Ada Okafor told the Miami Herald on Monday that those alleged talks, first reported by the Harbour Gazette on Friday based on two sources who declined to be identified, did not take place.").Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Contains("did take place", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negation_inside_the_apposition_alone_denies_nothing()
    {
        var s = Assert.Single(Invented.Extract("apposition.txt", "Port director Ada Okafor said those talks, which officials did not confirm on Friday, took place in May.").Statements);
        Assert.Equal(Stance.Said, s.Stance);
    }

    [Fact]
    public void A_statement_sent_to_a_paper_and_signed_by_an_officer_is_the_officers()
    {
        var doc = Invented.Extract("signed.txt", "The Harbour Commission rejected the claims on Monday.\n\n" +
            "A statement made available to the Miami Herald on Monday, and signed by the Chief Press Secretary to the Commission, Femi Bello, stated that the allegation was unfounded.");
        var bello = Assert.Single(doc.Entities, e => e.Name == "Femi Bello");
        doc.Require(bello.Id, Stance.Denied, "stated that the allegation was unfounded");
    }

    [Theory]
    [InlineData("It will be recalled that the dockers' campaign had made a similar allegation, saying that port officials were meeting in secret.")]
    [InlineData("It was gathered that some port officials said the meetings were held in secret.")]
    public void The_writers_own_frame_gives_its_it_to_no_one(string sentence)
    {
        var doc = Invented.Extract("framed.txt", "The Harbour Commission rejected the claims on Monday.\n\n" + sentence);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_asserting_what_an_official_revealed_still_carries_the_officials_words()
    {
        var doc = Invented.Extract("reported.txt", "Ada Okafor asserts that Femi Bello revealed the terminal would close.");
        var bello = Assert.Single(doc.Entities, e => e.Name == "Femi Bello");
        doc.Require(bello.Id, Stance.Said, "terminal would close"); // a person who carries it is no outlet: the official's words
        Assert.Single(doc.Statements);
    }

    [Theory]
    [InlineData("A statement signed by the ministry's Director of Press and Public Relations, Mr Tom Reyes, on Wednesday in Lagos, said the notice was fake.")]
    [InlineData("A statement issued today by Ministry Spokesperson Tom Reyes states that the notice was fake.")]
    public void A_statement_signed_or_issued_by_a_named_officer_is_the_officers(string sentence) =>
        Invented.Extract("reported.txt", "The Federal Ministry of Transport has urged travellers to ignore the notice.\n\n" + sentence).Require("person:tom-reyes", Stance.Denied, "notice was fake");

    [Fact]
    public void A_statement_issued_by_an_office_stays_the_offices()
    {
        var doc = Invented.Extract("reported.txt", "Port director Tom Reyes spoke on Monday.\n\nA statement issued by the Harbour Authority on Tuesday said the notice was fake.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:tom-reyes" && s.Evidence.Contains("notice was fake", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_name_before_a_press_release_is_the_organisation_it_is_from()
    {
        var doc = Invented.Extract("reported.txt", "Tom Reyes spoke on Monday.\n\nA Zorvex press release issued Monday said that the album was delayed.");
        var zorvex = Assert.Single(doc.Entities, e => e.Name == "Zorvex");
        Assert.Equal(EntityKind.Institution, zorvex.Kind);
        doc.Require(zorvex.Id, Stance.Said, "album was delayed");
    }

    [Fact]
    public void Not_an_outlet_in_an_impersonal_passive_is_no_source() =>
        Assert.Empty(Invented.Extract("reported.txt", "It was alleged in Lagos that fifty dockers were laid off.").Statements);

    [Theory]
    [InlineData("The Wexford Ledger reported that fifty dockers were laid off at the terminal.", "institution:wexford-ledger")]
    [InlineData("Fifty dockers were laid off at the terminal, according to the Harbour Times.", "institution:harbour-times")]
    [InlineData("Zorvana Daily reported that fifty dockers were laid off at the terminal.", "institution:zorvana-daily")]
    public void An_outlet_no_gazetteer_knows_carries_its_own_report(string sentence, string outlet)
    {
        var doc = Invented.Extract("reported.txt", sentence);
        var s = doc.Require(outlet, Stance.Said, "dockers were laid off");
        Assert.Equal([outlet], s.ReportedBy);
        Assert.Equal(EntityKind.Institution, Assert.Single(doc.Entities, e => e.Id == outlet).Kind);
    }

    [Fact]
    public void An_outlet_credited_at_the_end_relayed_every_statement_of_the_sentence()
    {
        var doc = Invented.Extract("relay.txt", "Norvell Group rejected claims that it bribed port officials, calling them groundless, TASS reports.");
        Assert.Contains("institution:tass", doc.Require("institution:norvell-group", Stance.Denied, "bribed port officials").ReportedBy);
    }

    [Theory]
    [InlineData("LAGOS (Reuters) - Norvell Group denied the report.\n\nA company spokesman told Reuters the port was not for sale.", "institution:reuters")]
    [InlineData("Lagos, Feb 5 (EFE).- Norvell Group denied the report.\n\nA company spokesman told EFE the port was not for sale.", "institution:efe")]
    public void The_agency_of_the_dateline_wrote_the_text_and_is_no_intermediary(string text, string agency)
    {
        var doc = Seeds.Extract("dateline.txt", text);
        Assert.DoesNotContain(agency, doc.Require("institution:norvell-group", Stance.Denied, "not for sale").ReportedBy);
    }

    [Theory]
    [InlineData("Port director Maria Okafor, according to the Wexford Ledger, said: \u201CThese allegations about the terminal are untrue.\u201D", Stance.Denied)]
    [InlineData("Port director Maria Okafor, according to the Wexford Ledger, told staff that the terminal would stay open.", Stance.Said)]
    public void According_to_an_outlet_between_a_speaker_and_her_verb_is_the_outlet_relaying_her(string sentence, Stance stance)
    {
        var doc = Invented.Extract("relay.txt", sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("person:maria-okafor", stance), (s.SpeakerId, s.Stance));
        Assert.Equal(["institution:wexford-ledger"], s.ReportedBy);
    }

    [Theory]
    [InlineData("Tom Reyes elaborated in the Wexford Ledger story: \u201CWe never sold the port to a foreign buyer.\u201D")]
    [InlineData("Tom Reyes wrote in the Wexford Ledger that the port was never sold to a foreign buyer.")]
    public void Words_written_in_an_outlets_piece_reached_us_through_it(string sentence)
    {
        Assert.Contains("institution:wexford-ledger", Invented.Extract("relay.txt", sentence).Require("person:tom-reyes", Stance.Denied, "foreign buyer").ReportedBy);
    }

    [Fact]
    public void Speaking_in_an_institution_is_no_intermediary()
    {
        Assert.Empty(Invented.Extract("relay.txt", "Tom Reyes said in the Harbour Council that the port was never sold.").Require("person:tom-reyes", Stance.Denied, "never sold").ReportedBy);
    }

    [Fact]
    public void Someone_in_a_capital_telling_an_outlet_is_no_interview_of_its_government()
    {
        var doc = Seeds.Extract("capital.txt", "Harbour raid\n\nThe Cuban government quickly denied any raid on the port had taken place.\n\n" +
            "Watchmen at the building in Havana also told Reuters there had been no raid.");
        Assert.DoesNotContain("institution:reuters", doc.Require("institution:government-of-cuba", Stance.Denied, "raid").ReportedBy);
    }

    [Fact]
    public void Telling_a_places_outlet_does_not_make_the_place_the_intermediary()
    {
        var doc = Invented.Extract("relay.txt", "Tom Reyes told Limerick's Live 95 that the port was not for sale.");
        Assert.DoesNotContain(doc.Require("person:tom-reyes", Stance.Denied, "not for sale").ReportedBy, id => id.Contains("limerick", StringComparison.Ordinal));
    }

    [Fact]
    public void Reacting_to_a_story_in_an_outlet_is_not_speaking_through_it()
    {
        var doc = Invented.Extract("relay.txt", "Strongly reacting to the story in the Wexford Ledger, Tom Reyes said it is \u201Ccompletely concocted and baseless\u201D.");
        Assert.Empty(doc.Require("person:tom-reyes", Stance.Denied, "baseless").ReportedBy);
    }

    [Fact]
    public void A_straight_quotation_after_a_full_stop_opens_its_sentence_and_keeps_its_attribution()
    {
        var doc = Invented.Extract("relay.txt", "Norvell Group denied the report. \"It is completely untrue,\" a spokeswoman for Norvell Group told Reuters.");
        var s = doc.Require("institution:norvell-group", Stance.Denied, "a spokeswoman for");
        Assert.Equal("quote-then-verb", s.Rule);
        Assert.Equal(["institution:reuters"], s.ReportedBy);
    }

    [Fact]
    public void An_office_that_reports_is_not_its_own_intermediary()
    {
        var doc = Invented.Extract("reported.txt", "The Harbour Police Department reported that fifty dockers were arrested at the terminal.");
        Assert.Empty(doc.Require("institution:harbour-police-department", Stance.Said, "dockers were arrested").ReportedBy);
    }

    [Fact]
    public void An_unnamed_source_is_nobody_even_after_a_named_one()
    {
        var doc = Invented.Extract("reported.txt", "According to the Harbour Times, the terminal will close in May.\n\n" +
            "According to a source close to the company, fifty dockers were laid off.");
        Assert.DoesNotContain(doc.Statements, s => s.Claim.Contains("dockers", StringComparison.Ordinal));
    }

    [Fact]
    public void Someone_who_is_no_outlet_publishing_a_report_is_not_read_as_one()
    {
        var doc = Invented.Extract("reported.txt", "Earlier in the week Maria Okafor published a similar report that fifty dockers were laid off.");
        Assert.Empty(doc.Statements);
    }

    [Theory]
    [InlineData("Maria Okafor told reporters the report was wrong about the terminal.", "The report was wrong about the terminal")]
    [InlineData("Maria Okafor told a news conference on Monday the strike would end soon.", "The strike would end soon")]
    [InlineData("Maria Okafor told Reuters she would stay at the port.", "She would stay at the port")]
    public void What_was_told_starts_after_the_listener(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("told.txt", sentence).Statements);
        Assert.Equal(claim, s.Claim);
    }

    [Theory]
    [InlineData("Maria Okafor said the company would not sell the terminal.")]
    [InlineData("Maria Okafor said the union should not strike again.")]
    public void A_negated_would_should_or_must_is_a_pledge_or_a_demand_not_a_denial(string sentence)
    {
        var s = Assert.Single(Invented.Extract("modal.txt", sentence).Statements);
        Assert.Equal(Stance.Said, s.Stance);
        Assert.Contains("not", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Maria Okafor said she had not read the audit of the terminal.")]
    [InlineData("Maria Okafor said she has not seen the report on the terminal.")]
    public void Not_having_read_or_seen_a_document_is_said_not_denied(string sentence)
    {
        var s = Assert.Single(Invented.Extract("knowing.txt", sentence).Statements);
        Assert.Equal(Stance.Said, s.Stance);
    }

    [Theory]
    [InlineData("Northwind said in an email it had not been formally notified by the Commission but would cooperate.")]
    [InlineData("Maria Okafor said the port has not yet been notified of any inquiry.")]
    [InlineData("Maria Okafor said they have not received any formal complaint about the terminal.")]
    [InlineData("Maria Okafor said the port had not received a notice from the regulator.")]
    [InlineData("Maria Okafor said the police have not received an official report of any kidnapping at the port.")]
    [InlineData("Maria Okafor said she has not been contacted by the police or been informed of any inquiry.")]
    [InlineData("Maria Okafor said the port had not heard from either the regulator or the union.")]
    public void Not_having_been_notified_or_received_a_notice_is_said_not_denied(string sentence)
    {
        var s = Assert.Single(Invented.Extract("knowing.txt", sentence).Statements);
        Assert.Equal(Stance.Said, s.Stance);
        Assert.Contains("not", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Maria Okafor said she had not received any money from the company.")]
    [InlineData("Maria Okafor said the port had not notified the union of the sale.")]
    [InlineData("Maria Okafor said she had not been approached by any other port.")]
    public void Not_receiving_money_or_not_notifying_others_still_denies(string sentence)
    {
        var s = Assert.Single(Invented.Extract("knowing.txt", sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
    }

    [Theory]
    [InlineData("Maria Okafor said she had never even seen the money in question.")]
    [InlineData("Maria Okafor said she did not know about the payments for the terminal.")]
    public void Not_having_seen_or_known_a_thing_still_denies(string sentence)
    {
        var s = Assert.Single(Invented.Extract("knowing.txt", sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
    }

    [Fact]
    public void A_negated_past_fact_is_still_denied()
    {
        var s = Assert.Single(Invented.Extract("modal.txt", "Maria Okafor said the company had not sold the terminal.").Statements);
        Assert.Equal(Stance.Denied, s.Stance);
    }

    [Theory]
    [InlineData("Okafor said that the agency had confirmed a second case at the terminal.", "agency had confirmed a second case at the terminal")]
    [InlineData("Okafor explained that the family had already debunked the rumour about the terminal.", "family had already debunked the rumour")]
    [InlineData("Okafor claimed that the dockers told the inspectors what to write about the terminal.", "dockers told the inspectors what to write")]
    public void A_speech_verb_inside_the_content_that_makes_no_statement_stays_in_it(string sentence, string claim)
    {
        var doc = Invented.Extract("inner.txt", "Port director Ada Okafor spoke on Monday.\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal("person:ada-okafor", s.SpeakerId);
        Assert.Contains(claim, s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_after_a_clause_boundary_keeps_cutting_the_content()
    {
        var doc = Invented.Extract("inner.txt", "Port director Ada Okafor spoke on Monday.\n\n" +
            "Okafor denied the report about the terminal, as the agency announced a review of its cranes.");
        var s = Assert.Single(doc.Statements);
        Assert.DoesNotContain("cranes", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_is_the_outlets_named_before_it_not_the_last_speakers()
    {
        var doc = Invented.Extract("piece.txt", "The rumour came from an article published by the Harbour Gazette on Monday.\n\n" +
            "Port director Ada Okafor called it nonsense.\n\nThe piece suggested that the terminal had been sold to a rival.");
        Assert.Contains(doc.Statements, s => s.SpeakerId == "institution:harbour-gazette" && s.Claim.Contains("sold to a rival", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:ada-okafor" && s.Claim.Contains("sold to a rival", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_no_known_outlet_published_is_nobodys()
    {
        var doc = Invented.Extract("piece.txt", "Halcor Chemicals said there was no basis to a Channel 9 report about the spill.\n\n" +
            "The report claimed Halcor had agreed to pay two million dollars to residents.");
        Assert.DoesNotContain(doc.Statements, s => s.Claim.Contains("two million", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speech_verb_inside_a_denied_report_is_part_of_what_was_denied()
    {
        var doc = Invented.Extract("piece.txt", "Interior minister Chaudhry Nisar spoke on Monday.\n\n" +
            "Nisar rejected the TV report that said the interior minister had remarked in the cabinet that he stood by the prime minister.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.EndsWith("remarked in the cabinet that he stood by the prime minister", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_run_that_ends_unattributed_is_the_speakers_before_it()
    {
        var doc = Invented.Extract("run.txt", "Army spokesman Felix Otieno said the report was \u201Ca total fabrication\u201D.\n\n" +
            "\u201CThe so-called report on the border is a fabrication that exposes the author's ignorance. Our troops have never crossed into Kenya.\n\n" +
            "The army has 40,000 soldiers.");
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:felix-otieno" && s.Stance == Stance.Denied && s.Claim.Contains("crossed into Kenya", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The couple had split up last month, The Sun claimed.", "The Sun")]
    [InlineData("Radar Online reported the couple had split up last month.", "Radar Online")]
    [InlineData("Sky Sports claimed the couple had split up last month.", "Sky Sports")]
    [InlineData("The couple had split up last month, according to the Sun.", "The Sun")]
    [InlineData("The couple had split up last month, The Australian reported.", "The Australian")]
    public void An_outlet_named_with_its_article_or_by_an_outlet_word_is_an_outlet_and_its_own_intermediary(string sentence, string outlet)
    {
        var doc = Invented.Extract("outlet.txt", sentence);
        var e = Assert.Single(doc.Entities, x => x.Name == outlet);
        Assert.Equal(EntityKind.Institution, e.Kind);
        Assert.Equal([e.Id], doc.Require(e.Id, Stance.Said, "split up").ReportedBy);
    }

    [Fact]
    public void Sun_alone_is_not_the_paper()
    {
        var doc = Invented.Extract("outlet.txt", "Port director Ada Okafor said Sun Yat-sen had visited the harbour in 1911.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "The Sun");
    }

    [Fact]
    public void A_peoples_name_before_a_noun_is_no_newspaper()
    {
        var doc = Invented.Extract("outlet.txt", "The Australian singer denied that the couple had split up last month.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "The Australian");
    }

    [Fact]
    public void An_outlet_named_with_the_article_is_not_doubled_in_the_claim()
    {
        var doc = Invented.Extract("outlet.txt", "Port director Ada Okafor wrote that the incident took place at the offices of The Spectator magazine in London.");
        Assert.DoesNotContain("The The", Assert.Single(doc.Statements).Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Harbour Times reported that the sailor died after his records could not be retrieved in time.")]
    [InlineData("The Harbour Times reported that the ship sank before the crew could not reach it.")]
    public void A_negation_inside_an_after_or_before_clause_denies_nothing(string sentence)
    {
        var s = Assert.Single(Invented.Extract("after.txt", sentence).Statements);
        Assert.Equal(Stance.Said, s.Stance);
        Assert.Contains("not", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negation_before_an_after_clause_still_denies()
    {
        var s = Assert.Single(Invented.Extract("after.txt", "Maria Okafor said the port had not been sold after all.").Statements);
        Assert.Equal(Stance.Denied, s.Stance);
    }

    [Theory]
    [InlineData("Maria Okafor said: \u201cI don't know anything about that, I'm afraid.\u201d")]
    [InlineData("Maria Okafor noted that \u201cthe port does not know anything [about this person].\u201d")]
    public void Knowing_nothing_about_what_was_asked_is_said(string sentence)
    {
        Assert.Equal(Stance.Said, Assert.Single(Invented.Extract("knowing.txt", sentence).Statements).Stance);
    }

    [Theory]
    [InlineData("Maria Okafor said: \u201cThis may not be a case of swine flu at all.\u201d")]
    [InlineData("Maria Okafor said the crane might not be repaired before May.")]
    [InlineData("Maria Okafor said: \u201cWe didn't want to take a chance with the cranes.\u201d")]
    public void A_hedge_or_a_wish_in_the_negative_is_said(string sentence)
    {
        Assert.Equal(Stance.Said, Assert.Single(Invented.Extract("hedge.txt", sentence).Statements).Stance);
    }

    [Theory]
    [InlineData("\u201cAll these allegations have nothing to do with reality,\u201d Maria Okafor said.", Stance.Denied)]
    [InlineData("Maria Okafor said Femi Bello had nothing to do with the scheduling of the announcement.", Stance.Denied)]
    [InlineData("Maria Okafor said she told him to have nothing to do with the dockers' union.", Stance.Said)]
    public void Having_nothing_to_do_with_something_disowns_a_link(string sentence, Stance stance)
    {
        Assert.Equal(stance, Assert.Single(Invented.Extract("link.txt", sentence).Statements).Stance);
    }

    [Fact]
    public void A_quotation_opening_with_a_denial_makes_its_next_sentence_a_claim_too()
    {
        var doc = Invented.Extract("opening.txt",
            "\u201cAll these allegations about the harbour have nothing to do with reality. The commission will continue to perform its duties,\u201d Maria Okafor said.");
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Denied && s.Claim.Contains("allegations", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Said && s.Claim.Contains("continue to perform", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_opening_that_is_said_keeps_the_quotation_one_claim()
    {
        var doc = Invented.Extract("opening.txt",
            "\u201cThe commission has always worked closely with the harbour authority on every one of these questions. It will continue to do so,\u201d Maria Okafor said.");
        Assert.Single(doc.Statements);
    }

    [Theory]
    [InlineData("Port minister Femi Bello clarified that some media outlets had incorrectly reported that the premier had called him to apologize.", "premier had called him")]
    [InlineData("Port minister Femi Bello said the newspaper falsely claimed that the terminal had been sold.", "terminal had been sold")]
    public void What_media_incorrectly_reported_is_denied(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("falsely.txt", sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Contains(claim, s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Complaining_that_a_company_falsely_said_something_is_an_accusation()
    {
        var doc = Invented.Extract("falsely.txt", "The Harbour Dockers Union complained that Northwind Holdings falsely said that the cranes were safe.");
        Assert.NotEmpty(doc.Statements);
        Assert.All(doc.Statements, s => Assert.Equal(Stance.Said, s.Stance));
    }

    [Fact]
    public void An_outlet_credited_with_a_description_after_it_relayed_the_statement()
    {
        var doc = Invented.Extract("relay.txt", "Maria Okafor said the ferry had left early, KHOU, a CBS affiliate in Houston, reported.\n\n\"It was chaos,\" Okafor told KHOU.");
        var s = doc.Require("person:maria-okafor", Stance.Said, "ferry had left early");
        Assert.Equal(["institution:khou"], s.ReportedBy);
        Assert.DoesNotContain("KHOU", s.Claim, StringComparison.Ordinal);
    }
}
