using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Attributions common in wire copy, on invented sentences: a speaker with an apposition after the reported clause,
/// "was quoted (by X) as saying", and a charge one person makes that another denies in the same sentence.
/// </summary>
public sealed class WireConstructionTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("wire.txt", body);

    [Theory]
    [InlineData("The inspectors were paid by the port company, their lawyer, Rebecca Stein, said.")]
    [InlineData("The inspectors were paid by the port company, Rebecca Stein, their lawyer, said.")]
    [InlineData("The inspectors were paid by the port company, said Rebecca Stein, their lawyer.")]
    [InlineData("The inspectors were paid by the port company, said Rebecca Stein.")]
    public void A_speaker_set_off_by_a_description_after_the_reported_clause_said_it(string sentence)
    {
        var s = Extract(sentence).Require("person:rebecca-stein", Stance.Said, "inspectors were paid");
        Assert.Equal("The inspectors were paid by the port company", s.Claim);
    }

    [Fact]
    public void A_description_that_is_no_apposition_does_not_make_a_speaker()
    {
        // "the harbour, the busiest in the region," holds no person: nothing to attribute.
        var doc = Extract("The inspectors were paid by the port company, the harbour, the busiest in the region, said.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:rebecca-stein");
    }

    [Fact]
    public void Quoted_as_saying_is_the_quoted_persons_statement_relayed_by_the_outlet_that_quoted()
    {
        var doc = Extract("Port director Maria Okafor was quoted by the Harbour Gazette as saying the terminal would open in May.");
        var s = doc.Require("person:maria-okafor", Stance.Said, "terminal would open in May");
        Assert.Equal("The terminal would open in May", s.Claim);
        Assert.Contains(s.ReportedBy, id => id.Contains("harbour-gazette", StringComparison.Ordinal));
    }

    [Fact]
    public void Quoted_as_saying_without_an_outlet_is_still_the_persons_statement()
    {
        var s = Assert.Single(Extract("Port director Maria Okafor was quoted as saying the terminal would open in May.").Statements);
        Assert.Equal("person:maria-okafor", s.SpeakerId);
        Assert.Empty(s.ReportedBy);
    }

    [Theory]
    [InlineData("Union leader Tom Reyes claimed the cranes were unsafe, a charge port director Maria Okafor denied.")]
    [InlineData("Union leader Tom Reyes claimed the cranes were unsafe, an accusation that port director Maria Okafor has rejected.")]
    public void A_charge_that_another_speaker_denies_is_one_claim_said_by_one_and_denied_by_the_other(string sentence)
    {
        var doc = Extract(sentence);
        var said = doc.Require("person:tom-reyes", Stance.Said, "cranes were unsafe");
        var denied = doc.Require("person:maria-okafor", Stance.Denied, "cranes were unsafe");
        Assert.Equal("The cranes were unsafe", said.Claim);
        Assert.Equal(said.ClaimId, denied.ClaimId);
    }

    [Theory]
    [InlineData("Port director Maria Okafor said on Monday the terminal would open in May.")]
    [InlineData("Port director Maria Okafor said late Tuesday the terminal would open in May.")]
    [InlineData("Port director Maria Okafor said last week the terminal would open in May.")]
    [InlineData("Port director Maria Okafor said in a statement the terminal would open in May.")]
    public void A_time_or_channel_right_after_the_verb_is_no_part_of_the_claim(string sentence)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal("The terminal would open in May", s.Claim);
    }

    [Fact]
    public void A_day_that_opens_the_content_stays_in_it()
    {
        var s = Assert.Single(Extract("Port director Maria Okafor said Monday's vote on the terminal was a mistake.").Statements);
        Assert.StartsWith("Monday", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_case_word_may_qualify_the_title_of_a_speaker_after_the_clause()
    {
        var s = Assert.Single(Extract("The terminal will open in May, port director Maria Okafor insisted on Monday.").Statements);
        Assert.Equal("person:maria-okafor", s.SpeakerId);
        Assert.Equal("The terminal will open in May", s.Claim);
    }

    private const string Okafor = "Port director Maria Okafor runs the harbour.\n\n";

    [Theory]
    [InlineData("Asked whether the terminal had been sold, Okafor said: \"Absolutely not.\"", Stance.Denied)]
    [InlineData("Asked if the terminal had been sold, Okafor replied: \"No.\"", Stance.Denied)]
    [InlineData("Asked if the terminal had been sold, Okafor said no.", Stance.Denied)]
    [InlineData("Asked whether the terminal had been sold, Okafor said: \"Yes, in March.\"", Stance.Said)]
    public void A_yes_or_no_answer_is_about_the_question(string sentence, Stance stance)
    {
        var s = Assert.Single(Extract(Okafor + sentence).Statements);
        Assert.Equal("person:maria-okafor", s.SpeakerId);
        Assert.Equal(stance, s.Stance);
        Assert.Equal("The terminal had been sold", s.Claim);
    }

    [Fact]
    public void An_answer_that_is_no_yes_or_no_stands_as_it_is()
    {
        var s = Assert.Single(Extract(Okafor + "Asked whether the terminal would close, Okafor said the port would stay open all year.").Statements);
        Assert.Equal("The port would stay open all year", s.Claim);
    }

    [Theory]
    [InlineData("Asked if the terminal had been sold, Okafor said: \"No comment.\"")]
    [InlineData("\"No comment,\" Okafor said when asked about the terminal.")]
    public void No_comment_is_no_statement(string sentence) =>
        Assert.Empty(Extract(Okafor + sentence).Statements);

    [Theory]
    [InlineData("Port director Maria Okafor has denied reports she will resign.", "She will resign")]
    [InlineData("Port director Maria Okafor dismissed claims it had been sold.", "It had been sold")]
    public void A_framing_noun_before_a_clause_without_that_is_no_part_of_the_denied_claim(string sentence, string claim)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal(claim, s.Claim);
    }

    [Theory]
    [InlineData("Northwind Logistics rejected union claims over crane safety.", "Crane safety")]
    [InlineData("Northwind Logistics dismissed fresh media reports that it had sold the terminal.", "It had sold the terminal")]
    public void A_plural_framing_noun_in_the_object_of_a_denial_is_a_noun_and_its_modifiers_are_no_part_of_the_claim(string sentence, string claim)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal(claim, s.Claim);
    }

    [Fact]
    public void A_plural_verb_after_a_subject_still_speaks()
    {
        var doc = Extract("The dockers' union claims the cranes are unsafe, port director Maria Okafor said.");
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:maria-okafor");
    }

    [Theory]
    [InlineData("Okafor: \u2018We sold the terminal to a foreign buyer\u2019\n\nPort director Maria Okafor spoke on Monday.")]
    [InlineData("Harbour dispute\n\nPort director Maria Okafor spoke on Monday.\n\nOkafor: \u2018We sold the terminal to a foreign buyer.\u2019")]
    [InlineData("Harbour dispute\n\n\u2018We sold the terminal to a foreign buyer,\u2019 port director Maria Okafor said.")]
    public void British_single_quotes_are_quotations(string text)
    {
        var doc = Seeds.Extract("single.txt", text);
        var s = doc.Require("person:maria-okafor", Stance.Said, "sold the terminal to a foreign buyer");
        Assert.NotEqual("verb-subject", s.Rule);
    }

    [Theory]
    [InlineData("\u201CThe terminal will open in May,\u201D Maria Okafor, who runs the port, told reporters.")]
    [InlineData("\u201CThe terminal will open in May,\u201D Maria Okafor, whose agency leases the quay to Norvell Group, said on Monday.")]
    public void A_relative_aside_between_the_speaker_and_the_verb_keeps_the_quotation_hers(string sentence)
    {
        var s = Extract(sentence).Require("person:maria-okafor", Stance.Said, "terminal will open in May");
        Assert.Equal("quote-then-verb", s.Rule);
    }

    [Theory]
    [InlineData("According to Maria Okafor, the port director, the terminal will open in May.", "The terminal will open in May")]
    [InlineData("According to Maria Okafor, the port director is wrong about the terminal.", "The port director is wrong about the terminal")]
    public void According_to_a_source_and_its_apposition_the_content_follows_the_apposition(string sentence, string claim)
    {
        Assert.Equal(claim, Extract(sentence).Require("person:maria-okafor", Stance.Said, "terminal").Claim);
    }

    [Theory]
    [InlineData("On Sunday the terminal was closed to traffic, Maria Okafor said.")]
    [InlineData("In May, the terminal was closed to traffic, Maria Okafor said.")]
    public void A_time_phrase_opening_a_clause_before_its_speaker_does_not_hide_it(string sentence)
    {
        Assert.Equal("The terminal was closed to traffic", Extract(sentence).Require("person:maria-okafor", Stance.Said, "terminal").Claim);
    }

    [Fact]
    public void A_headline_without_articles_issuing_a_statement_denying_is_the_issuers_denial()
    {
        var doc = Seeds.Extract("dash.txt", "Norvell FC release official statement denying Tom Reyes deal with Harlow Rovers\n\nThe club met on Monday.");
        Assert.Equal("headline", doc.Require("institution:norvell-fc", Stance.Denied, "Tom Reyes deal").Rule);
    }

    [Theory]
    [InlineData("\u201CThe allegations about the transfer of Tom Reyes do not reflect the truth. We present this to the public.\u201D -Norvell FC official statement", "institution:norvell-fc")]
    [InlineData("\u201CThe claims about the sale of the port are false and evil\u201D \u2013 Maria Okafor", "person:maria-okafor")]
    public void A_quotation_credited_after_a_dash_is_the_named_speakers(string paragraph, string id)
    {
        var doc = Extract(paragraph + "\n\nThe club and the port met on Monday.");
        var s = doc.Require(id, Stance.Denied, "");
        Assert.Equal("dash-credit", s.Rule);
        Assert.DoesNotContain("\u2013", s.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_inside_a_paragraph_that_goes_on_credits_nothing()
    {
        var doc = Extract("\u201CThe claims about the sale of the port are false,\u201D \u2013 Maria Okafor is expected to repeat this at the hearing.");
        Assert.DoesNotContain(doc.Statements, s => s.Rule == "dash-credit");
    }

    [Theory]
    [InlineData("Norvell Group should \u201Cconsider\u201D selling the terminal to the town, Maria Okafor said.", Stance.Said, "consider")]
    [InlineData("A complaint filed against Norvell Group is \u201Ccompletely without merit,\u201D the company said in a filing.", Stance.Denied, "without merit")]
    public void Short_quoted_words_inside_a_clause_before_its_speaker_are_the_speakers(string sentence, Stance stance, string snippet)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(("clause-then-verb", stance), (s.Rule, s.Stance));
        Assert.Contains(snippet, s.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(NWS) \u2014 Norvell is ready for talks with the union, port director Maria Okafor told NWS on Wednesday, in comments that come as the strike enters its third week.")]
    [InlineData("Norvell is ready for talks with the union, port director Maria Okafor said on Wednesday, amid a strike that has closed the terminal.")]
    public void A_writers_adjunct_after_the_verbs_comma_leaves_the_clause_to_the_speaker(string sentence)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(("clause-then-verb", "person:maria-okafor"), (s.Rule, s.SpeakerId));
        Assert.StartsWith("Norvell is ready", s.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_quotation_inside_a_clause_before_a_speaker_is_not_the_speakers()
    {
        var doc = Extract("The union wrote that \u201Cthe terminal will be sold to a foreign buyer before the end of the year without any consultation,\u201D Maria Okafor said.");
        Assert.DoesNotContain(doc.Statements, s => s.Rule == "clause-then-verb");
    }

    [Fact]
    public void A_statement_reading_out_its_words_is_its_issuers()
    {
        var doc = Extract("Norvell Group issued a statement on Monday.\n\n\u201CWe wish to put it right that the letter about the terminal is a forgery,\u201D the statement read.");
        doc.Require("institution:norvell-group", Stance.Denied, "forgery");
    }

    [Fact]
    public void A_quotation_posted_on_an_account_is_the_posters()
    {
        var doc = Extract("The Harbour Authority was furious.\n\n\u201CThis press release about the terminal is fake,\u201D the Harbour Authority posted on its Twitter account.");
        doc.Require("institution:harbour-authority", Stance.Denied, "is fake");
    }

    [Fact]
    public void A_plural_possessive_closes_no_quotation_and_a_single_quotation_inside_a_double_one_is_part_of_it()
    {
        var doc = Extract("\u201CThe workers\u2019 union wants a \u2018full inquiry\u2019 into the terminal sale,\u201D port director Maria Okafor said.");
        var s = doc.Require("person:maria-okafor", Stance.Said, "full inquiry");
        Assert.Equal("quote-then-verb", s.Rule);
    }
    [Theory]
    [InlineData("Norvell Group issued a statement denying that the drug was unsafe.")]
    [InlineData("Norvell Group issued a statement through its president after the charges surfaced denying that the drug was unsafe.")]
    [InlineData("Norvell Group issued a press release on Feb. 20 denying that the drug was unsafe.")]
    [InlineData("Norvell Group issued a press release on Monday rejecting the agency's conclusion that the drug was unsafe.")]
    [InlineData("A spokeswoman for Norvell Group, which released a statement on Monday denying that the drug was unsafe, said the paper was its answer.")]
    public void A_gerund_after_a_document_the_subject_issued_is_the_subjects_own_statement(string sentence)
    {
        var s = Extract(sentence).Require("institution:norvell-group", Stance.Denied, "drug was unsafe");
        Assert.Equal("The drug was unsafe", s.Claim);
    }

    [Fact]
    public void A_gerund_after_someone_elses_report_is_not_the_subjects_statement()
    {
        // The report belongs to whoever wrote it; the group only dismissed it.
        var doc = Extract("Norvell Group dismissed as false a report claiming that the drug was unsafe.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:norvell-group" && s.Stance == Stance.Said);
    }

    [Theory]
    [InlineData("The mayor insisted he was not warned, despite former adviser Karl Venter claiming the mayor approved the plan.")]
    [InlineData("Shares fell sharply, with analyst Karl Venter saying the mayor approved the plan.")]
    public void A_name_before_a_speech_gerund_after_despite_or_with_is_the_gerunds_speaker(string sentence)
    {
        var s = Extract(sentence).Require("person:karl-venter", Stance.Said, "approved the plan");
        Assert.Equal("The mayor approved the plan", s.Claim);
    }

    [Fact]
    public void A_name_before_a_gerund_that_is_no_speech_says_nothing()
    {
        var doc = Extract("The mayor met Karl Venter, with Mira Castell watching the talks closely.");
        Assert.Empty(doc.Statements);
    }
    [Theory]
    [InlineData("Most voters do not believe Mayor Otto Brandt's claim that the harbour party was a work event.")]
    [InlineData("Most voters do not believe Mayor Otto Brandt’s claim the harbour party was a work event.")]
    [InlineData("Mayor Otto Brandt spoke on Monday. Most voters do not believe the mayor's assertion that the harbour party was a work event.")]
    public void A_claim_named_as_someones_is_that_persons_statement(string text)
    {
        var s = Extract(text).Require("person:otto-brandt", Stance.Said, "work event");
        Assert.Equal("The harbour party was a work event", s.Claim);
        Assert.Equal("possessive-claim", s.Rule);
    }

    [Fact]
    public void A_rejected_claim_is_said_by_its_owner_and_denied_by_who_rejects_it()
    {
        var doc = Extract("Norvell Group rejected Otto Brandt's claim that the drug was unsafe.");
        var said = doc.Require("person:otto-brandt", Stance.Said, "drug was unsafe");
        var denied = doc.Require("institution:norvell-group", Stance.Denied, "drug was unsafe");
        Assert.Equal(said.ClaimId, denied.ClaimId);
    }

    [Theory]
    [InlineData("Norvell Group rejected the Harbour Union claims that the drug was unsafe.", "institution:harbour-union")]
    [InlineData("Norvell Group rejected Harbour Union allegations that the drug was unsafe.", "institution:harbour-union")]
    public void A_name_before_a_claim_noun_is_the_claims_owner(string sentence, string owner)
    {
        var doc = Extract(sentence);
        var said = doc.Require(owner, Stance.Said, "drug was unsafe");
        var denied = doc.Require("institution:norvell-group", Stance.Denied, "drug was unsafe");
        Assert.Equal(said.ClaimId, denied.ClaimId);
    }

    [Fact]
    public void A_peoples_accusation_is_its_governments_and_its_pronoun_is_the_accused()
    {
        var doc = Extract("Pakistan on Tuesday denied Indian accusations that its troops had shelled a border post.");
        var said = doc.Require("institution:government-of-india", Stance.Said, "shelled a border post");
        var denied = doc.Require("institution:government-of-pakistan", Stance.Denied, "shelled a border post");
        Assert.Equal(said.ClaimId, denied.ClaimId);
        Assert.StartsWith("Pakistan", said.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Norvell Group rejected the media claims that the drug was unsafe.")]
    [InlineData("Norvell Group rejected the Harbour Union claims about the drug.")]
    public void A_claim_noun_after_a_plain_word_or_without_a_clause_names_no_owner(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Statements, s => s.Stance == Stance.Said);

    [Fact]
    public void A_denial_named_as_someones_denies_its_clause()
    {
        var s = Extract("Opposition leaders mocked Mayor Otto Brandt's denial that the port lost money.").Require("person:otto-brandt", Stance.Denied, "lost money");
        Assert.Equal("The port lost money", s.Claim);
    }

    [Theory]
    [InlineData("Otto Brandt's claim to the harbour land was rejected by the court.")]
    [InlineData("Otto Brandt's claims on Monday drew a sharp response.")]
    public void A_possessive_claim_without_a_clause_is_no_statement(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Statements, s => s.SpeakerId == "person:otto-brandt");
    }

    [Fact]
    public void A_later_verb_whose_subject_is_a_capitalised_title_does_not_continue_the_first_speaker()
    {
        // "the PM" names no one here; the denial is not the union leader's.
        var doc = Extract("Union leader Tom Reyes says the port is failing, after the PM denied knowing about the leak.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:tom-reyes" && s.Stance == Stance.Denied);
        doc.Require("person:tom-reyes", Stance.Said, "port is failing");
    }
    [Fact]
    public void Which_after_a_statement_denies_the_statements_clause()
    {
        var doc = Extract("Union leader Tom Reyes claimed the cranes were unsafe, which port director Maria Okafor denied.");
        var said = doc.Require("person:tom-reyes", Stance.Said, "cranes were unsafe");
        var denied = doc.Require("person:maria-okafor", Stance.Denied, "cranes were unsafe");
        Assert.Equal("The cranes were unsafe", said.Claim);
        Assert.Equal(said.ClaimId, denied.ClaimId);
        Assert.Equal("object-relative", denied.Rule);
    }

    [Theory]
    [InlineData("Port director Maria Okafor faces allegations that she took bribes from shippers, which she denies.")]
    [InlineData("Port director Maria Okafor faces allegations that she took bribes from shippers, which Okafor has strongly denied.")]
    public void Which_after_allegations_denies_their_that_clause(string sentence)
    {
        var s = Extract(sentence).Require("person:maria-okafor", Stance.Denied, "which");
        Assert.Equal("She took bribes from shippers", s.Claim);
    }

    [Fact]
    public void Which_after_a_noun_phrase_that_opens_the_sentence_denies_that_noun_phrase()
    {
        var s = Extract("The secret talks, which Mayor Tom Reyes has repeatedly denied, began in May.").Require("person:tom-reyes", Stance.Denied, "repeatedly denied");
        Assert.Equal("The secret talks", s.Claim);
    }

    [Fact]
    public void Which_after_an_object_denies_the_whole_clause()
    {
        var s = Extract("Maria Okafor met the mayor in secret, which she denies.").Require("person:maria-okafor", Stance.Denied, "which she denies");
        Assert.Equal("Maria Okafor met the mayor in secret", s.Claim);
    }

    [Fact]
    public void A_second_relative_of_the_same_noun_points_back_past_the_first()
    {
        var doc = Extract("According to Maria Okafor, those talks — which Mayor Tom Reyes had mentioned on several occasions, but which deputy mayor Ana Ruiz had repeatedly denied — have been aimed at settling the strike.");
        var s = doc.Require("person:ana-ruiz", Stance.Denied, "which deputy mayor");
        Assert.Equal("Those talks", s.Claim);
    }

    [Theory]
    [InlineData("The crisis, which Maria Okafor described as grave, deepened.")]
    [InlineData("Granma, which reported the strike, said the harbour was calm.")]
    public void A_relative_whose_verb_has_its_own_object_is_not_an_object_relative(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Statements, s => s.Rule == "object-relative");
    }
    [Theory]
    [InlineData("Mayor Otto Brandt allegedly said the terminal would be sold next year.")]
    [InlineData("Mayor Otto Brandt purportedly stated that the terminal would be sold next year.")]
    public void Words_the_writer_does_not_vouch_for_are_not_the_speakers_statement(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Statements, s => s.SpeakerId == "person:otto-brandt");
    }

    [Fact]
    public void The_piece_is_the_article_its_outlet_published()
    {
        var doc = Extract("The false story came from an article published by the Harbour Gazette. The piece suggested that the mayor had taken bribes.");
        var s = doc.Require("institution:harbour-gazette", Stance.Said, "taken bribes");
        Assert.Equal("The mayor had taken bribes", s.Claim);
    }
    [Theory]
    [InlineData("Port director Maria Okafor avoided the question, saying that she could not reveal who had bought the terminal.")]
    [InlineData("Port director Maria Okafor said she would not disclose the price of the terminal.")]
    public void A_refusal_to_reveal_reported_in_the_third_person_is_no_statement(string sentence)
    {
        Assert.Empty(Extract(sentence).Statements);
    }

    [Fact]
    public void A_negated_verb_that_is_no_refusal_to_speak_is_still_a_statement()
    {
        // (Its stance is the negation rules' business; here only that the statement is kept.)
        Assert.Contains(Extract("Port director Maria Okafor said she could not accept the offer for the terminal.").Statements, s => s.SpeakerId == "person:maria-okafor");
    }
    [Fact]
    public void A_paragraph_ending_in_a_speech_verb_and_a_colon_introduces_the_quoted_paragraphs_after_it()
    {
        var doc = Extract("Port director Maria Okafor said:\n\n\u201CThe terminal will open in May and the ferries will run every hour.\n\n" +
            "\u201CThe new cranes arrive from Rotterdam next week for the container berth.\u201D\n\nThe harbour board met on Monday and discussed the budget.");
        Assert.Equal("The terminal will open in May and the ferries will run every hour", doc.Require("person:maria-okafor", Stance.Said, "ferries").Claim);
        Assert.Equal("quoted-block", doc.Require("person:maria-okafor", Stance.Said, "cranes arrive").Rule);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("budget", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_run_with_no_attribution_of_its_own_is_the_previous_speakers()
    {
        var doc = Extract("Port director Maria Okafor dismissed the report about the terminal as fake.\n\n" +
            "\u201CThe port board wishes to debunk the publication in its totality as false.\n\n" +
            "\u201CThe new cranes arrive from Rotterdam next week for the container berth.\u201D\n\nThe harbour board met on Monday and discussed the budget.");
        doc.Require("person:maria-okafor", Stance.Said, "cranes arrive");
        doc.Require("person:maria-okafor", Stance.Said, "debunk the publication");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("budget", StringComparison.Ordinal));
    }

    [Fact]
    public void A_denial_verb_put_politely_denies_whoever_its_subject()
    {
        var doc = Extract("\u201CThe port board wishes to debunk the story about the terminal sale,\u201D port director Maria Okafor said.");
        Assert.Equal("The story about the terminal sale", doc.Require("person:maria-okafor", Stance.Denied, "debunk").Claim);
    }

    [Fact]
    public void The_statement_read_introduces_the_issuers_quoted_paragraphs()
    {
        var doc = Extract("In a statement released by Norvell Group on Monday, the company rejected the report.\n\nThe statement read:\n\n" +
            "\u201CReports published in the Harbour Gazette about the sale of the terminal are a complete fabrication.\u201D");
        doc.Require("institution:norvell-group", Stance.Denied, "complete fabrication");
    }

    [Fact]
    public void A_colon_after_no_speech_verb_introduces_nothing()
    {
        var doc = Extract("Port director Maria Okafor listed the terms as follows:\n\n\u201CThe terminal will open in May and the ferries will run every hour.\u201D");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor");
    }
    [Theory]
    [InlineData("The allegations are \"completely false\", Norvell Group said in a statement.")]
    [InlineData("The allegations are \u2018nonsense\u2019, Norvell Group said.")]
    public void A_quoted_verdict_closed_before_the_comma_still_ends_the_reported_clause(string sentence)
    {
        Assert.Equal("clause-then-verb", Extract(sentence).Require("institution:norvell-group", Stance.Denied, "allegations").Rule);
    }

    [Theory]
    [InlineData("Maria Okafor took to social media to deny the reports, writing that the terminal had not been sold.")]
    [InlineData("Maria Okafor denied the reports, stressing that the terminal had not been sold.")]
    public void The_that_clause_of_a_participle_is_not_the_denial_verbs_content(string sentence)
    {
        var doc = Extract(sentence);
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Denied && s.Claim.Contains("not", StringComparison.Ordinal));
        Assert.Equal("The terminal had been sold", doc.Require("person:maria-okafor", Stance.Denied, "terminal had not been sold").Claim);
    }
    [Theory]
    [InlineData("Port director Maria Okafor said the terminal would open in May, Reuters reported.")]
    [InlineData("Port director Maria Okafor said the terminal would open in May, Reuters reported on Monday.")]
    [InlineData("Port director Maria Okafor, speaking on Reuters TV, said the terminal would open in May.")]
    [InlineData("Port director Maria Okafor tells Reuters the terminal would open in May.")]
    public void An_outlet_that_relays_the_statement_is_its_intermediary_and_no_part_of_the_claim(string sentence)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal("person:maria-okafor", s.SpeakerId);
        Assert.Equal("The terminal would open in May", s.Claim);
        Assert.Contains(s.ReportedBy, id => id.StartsWith("institution:reuters", StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("Maria Okafor's office said in a statement that the terminal would open in May.")]
    [InlineData("Maria Okafor's lawyers said the terminal would open in May.")]
    public void Those_who_speak_for_someone_speak_as_that_someone(string sentence)
    {
        Assert.Equal("The terminal would open in May", Extract(sentence).Require("person:maria-okafor", Stance.Said, "terminal").Claim);
    }

    [Fact]
    public void A_named_spokesman_speaks_as_himself()
    {
        var s = Assert.Single(Extract("Maria Okafor's spokesman, Tom Reyes, said the terminal would open in May.").Statements);
        Assert.Equal("person:tom-reyes", s.SpeakerId);
    }
    [Fact]
    public void An_adverb_before_an_opening_participle_still_makes_it_an_introduction()
    {
        var s = Assert.Single(Extract("Strongly reacting to the story in Ruritania's The Harbour Gazette, port spokesperson Tom Reyes said it is \"completely concocted and baseless\".").Statements);
        Assert.Equal("person:tom-reyes", s.SpeakerId);
    }

    [Fact]
    public void A_single_closing_mark_with_a_comma_glued_after_it_closes_the_quotation()
    {
        var doc = Extract("Reacting to the Harbour Gazette story titled \u2018Port chief admits terminal sale was a bluff\u2019, port spokesperson Tom Reyes said it is \"completely concocted and baseless\".");
        Assert.Equal(Stance.Denied, doc.Require("person:tom-reyes", Stance.Denied, "concocted").Stance);
    }
    [Theory]
    [InlineData("\u201CThe terminal,\u201D Maria Okafor said, \u201Cwill open in May and will employ two hundred people.\u201D", "The terminal will open in May and will employ two hundred people")]
    [InlineData("\u201CThe terminal will open in May,\u201D Maria Okafor said, \u201Cand it will employ two hundred people.\u201D", "The terminal will open in May and it will employ two hundred people")]
    public void A_sentence_quoted_around_its_attribution_is_one_claim(string sentence, string claim)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal("person:maria-okafor", s.SpeakerId);
        Assert.Equal(claim, s.Claim);
    }

    [Fact]
    public void A_new_quoted_sentence_after_the_attribution_stays_a_claim_of_its_own()
    {
        var doc = Extract("\u201CThe terminal will open in May,\u201D Maria Okafor said. \u201CIt will employ two hundred people.\u201D");
        Assert.Equal(2, doc.Statements.Count(s => s.SpeakerId == "person:maria-okafor"));
    }
    [Theory]
    [InlineData("Maria Okafor has long maintained that the port is profitable.")]
    [InlineData("Maria Okafor was adamant that the port is profitable.")]
    [InlineData("Maria Okafor made it clear that the port is profitable.")]
    [InlineData("Maria Okafor made clear that the port is profitable.")]
    public void Insisting_in_other_words_is_a_statement(string sentence)
    {
        Assert.Equal("The port is profitable", Extract(sentence).Require("person:maria-okafor", Stance.Said, "profitable").Claim);
    }

    [Fact]
    public void A_report_that_makes_something_clear_names_no_speaker()
    {
        Assert.Empty(Extract("The harbour report made clear that the port is profitable.").Statements);
    }
    [Theory]
    [InlineData("Tom Reyes attacked the Harbour Board, which he called a \u201Cfailing club\u201D.", "Harbour Board is a failing club")]
    [InlineData("Tom Reyes attacked the Harbour Board, which he described as reckless.", "Harbour Board is reckless")]
    public void A_name_described_in_a_relative_is_what_the_speaker_said_it_is(string sentence, string claim)
    {
        Assert.Equal(claim, Extract(sentence).Require("person:tom-reyes", Stance.Said, "which he").Claim);
    }

    [Fact]
    public void Called_for_in_a_relative_describes_nothing()
    {
        Assert.Empty(Extract("Tom Reyes attacked the Harbour Board, which he called for on Monday.").Statements);
    }
    [Fact]
    public void A_named_lawyer_after_her_speaks_as_herself()
    {
        var doc = Extract("Maria Okafor spoke on Monday. Her lawyer, Rebecca Stein, said the terminal would open in May.");
        Assert.Equal("person:rebecca-stein", doc.Require("person:rebecca-stein", Stance.Said, "terminal").SpeakerId);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor");
    }
    [Fact]
    public void Posted_on_a_platform_that_is_a_statement()
    {
        Assert.Equal("The terminal would open in May", Extract("Maria Okafor posted on Facebook that the terminal would open in May.").Require("person:maria-okafor", Stance.Said, "terminal").Claim);
    }

    [Theory]
    [InlineData("Norvell Group posted a loss of two million dollars in May.")]
    [InlineData("Maria Okafor was posted to the harbour office in May.")]
    public void Posted_without_a_clause_is_no_statement(string sentence)
    {
        Assert.Empty(Extract(sentence).Statements);
    }
}
