using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>The claim text investigators read: the article's words and case, stated positively, names resolved.</summary>
public sealed class ClaimTextTests
{
    [Fact]
    public void Not_only_inverting_its_copula_leaves_the_subject_after_it_as_the_claim()
    {
        var doc = Invented.Extract("notonly.txt", "\u201CNot only is the suggestion about the pier baseless and completely false, it is totally absurd,\u201D said Jane Okoro, the harbour board's spokeswoman.");
        var denial = doc.Require("person:jane-okoro", Stance.Denied, "Not only");
        Assert.StartsWith("The suggestion about the pier", denial.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Harbour director Tom Hale called the pier report a smear campaign.")]
    [InlineData("Harbour director Tom Hale branded the pier report an utter fabrication.")]
    public void A_verdict_after_the_object_leaves_its_article_out_of_the_claim(string sentence)
    {
        var doc = Invented.Extract("called.txt", "Harbour dispute\n\n" + sentence);
        Assert.Equal("The pier report", doc.Require("person:tom-hale", Stance.Denied, "pier report").Claim);
    }

    [Theory]
    [InlineData("Harbour director Tom Hale responded to the pier allegations and rejected them.", "The pier allegations")]
    [InlineData("Harbour director Tom Hale read the pier report and called it a smear campaign.", "The pier report")]
    public void A_pronoun_object_with_nothing_said_before_is_the_claim_named_earlier_in_the_sentence(string sentence, string claim)
    {
        var doc = Invented.Extract("called.txt", "Harbour dispute\n\n" + sentence);
        Assert.Equal(claim, doc.Require("person:tom-hale", Stance.Denied, "pier").Claim);
    }

    [Fact]
    public void A_pronoun_object_after_a_statement_still_points_back_to_it()
    {
        var doc = Invented.Extract("called.txt", "Harbour dispute\n\nThe Harbour Gazette said the pier was sold. Harbour director Tom Hale read the paper and rejected it.");
        Assert.Equal("The pier was sold", doc.Require("person:tom-hale", Stance.Denied, "rejected it").Claim);
    }

    [Fact]
    public void A_denied_claim_reads_positively_with_the_entity_names_and_the_article_case()
    {
        var doc = Seeds.Extract("claim-text.txt",
            "Carlos Fernández de Cossío denied that Havana is negotiating with Washington over Cuba's oil supply.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.StartsWith("Cuba is negotiating with", s.Claim, StringComparison.Ordinal);
        Assert.Contains("Cuba's oil supply", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pledge_is_said_as_written_and_the_speakers_own_country_stands_for_we_and_our()
    {
        var doc = Seeds.Extract("claim-we.txt",
            "Cuba's Ministry of Foreign Affairs said in a statement: \"We will not renounce our sovereignty.\"");

        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Said, s.Stance);
        Assert.Contains("will not renounce Cuba's sovereignty", s.Claim, StringComparison.Ordinal);
        Assert.True(char.IsUpper(s.Claim[0]), s.Claim);
    }

    [Theory]
    [InlineData("Port director Maria Okafor said the port will not be distracted by the dispute.", "will not be distracted")]
    [InlineData("Port director Maria Okafor said there will be no more fuel shipments to the island.", "will be no more fuel")]
    [InlineData("Port director Maria Okafor said: \u201CIf the port is not sold, we will reopen the terminal.\u201D", "If the port is not sold")]
    public void A_negation_the_stance_did_not_take_stays_in_the_claim(string sentence, string kept)
    {
        var s = Assert.Single(Seeds.Extract("claim-kept.txt", sentence).Statements);
        Assert.Equal(Stance.Said, s.Stance);
        Assert.Contains(kept, s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_said_negation_is_not_the_same_claim_as_its_positive()
    {
        var a = Seeds.Extract("a.txt", "Port director Maria Okafor said the port will not be distracted by the dispute.");
        var b = Seeds.Extract("b.txt", "Port director Maria Okafor said the port will be distracted by the dispute.");

        Assert.NotEqual(Assert.Single(a.Statements).ClaimId, Assert.Single(b.Statements).ClaimId);
    }

    [Theory]
    [InlineData("Port director Maria Okafor said the terminal does not pose a threat to the town.", "terminal does pose a threat")]
    [InlineData("Port director Maria Okafor said the terminal doesn\u2019t pose a threat to the town.", "terminal does pose a threat")]
    [InlineData("Port director Maria Okafor said the ships were not sent so that the island is not harmed.", "ships were sent so that the island is not harmed")]
    [InlineData("Port director Maria Okafor said: \u201CIf you ask me whether we have a deal today, we don\u2019t have one.\u201D", "we do have one")]
    [InlineData("Port director Maria Okafor said the town has no such plan for the terminal.", "town has such a plan for the terminal")]
    [InlineData("Port director Maria Okafor said the town has no such plans for the terminal.", "town has such plans for the terminal")]
    [InlineData("Port director Maria Okafor said no such order has been issued by the town.", "Such an order has been issued by the town")]
    public void A_denial_by_negation_drops_that_negation_only_and_keeps_the_verb_agreeing(string sentence, string claim)
    {
        var s = Assert.Single(Seeds.Extract("claim-do.txt", sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Contains(claim, s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verdict_of_falsehood_later_in_a_long_quotation_is_a_denial_of_its_own()
    {
        var doc = Invented.Extract("quote.txt", "\u201CThe attention of the port authority has been drawn to a story in a local daily. " +
            "The allegation that the director met the buyer is completely untrue,\u201D port director Maria Okafor said.");
        Assert.Equal("The director met the buyer", doc.Require("person:maria-okafor", Stance.Denied, "completely untrue").Claim);
        doc.Require("person:maria-okafor", Stance.Said, "drawn to a story");
    }

    [Fact]
    public void A_later_sentence_of_a_long_quotation_adds_a_denial_but_no_other_claim()
    {
        var doc = Invented.Extract("quote.txt", "\u201CThe attention of the port authority has been drawn to a story in a local daily. " +
            "The director did not meet the buyer. The director has worked at the port for twenty years,\u201D port director Maria Okafor said.");
        Assert.Equal(2, doc.Statements.Count);
        Assert.Equal(Stance.Said, doc.Statements[0].Stance);
        doc.Require("person:maria-okafor", Stance.Denied, "meet the buyer");
    }

    [Theory]
    [InlineData("Port director Maria Okafor said: \u201CIt's a terminal for the whole town.\u201D", "It's a terminal for the whole town")]
    [InlineData("Port director Maria Okafor said the town's plan was to sell the terminal.", "The town's plan was to sell the terminal")]
    public void A_glued_s_stays_on_its_word(string sentence, string claim) =>
        Assert.Equal(claim, Assert.Single(Invented.Extract("clitic.txt", sentence).Statements).Claim);

    [Theory]
    [InlineData("Port director Maria Okafor denied the report on Monday.", "The report on Monday")]
    [InlineData("Port director Maria Okafor dismissed reports on the terminal sale.", "The terminal sale")]
    public void A_report_on_a_day_is_not_a_report_about_the_day(string sentence, string claim) =>
        Assert.Equal(claim, Assert.Single(Invented.Extract("day.txt", sentence).Statements).Claim);

    [Fact]
    public void A_glued_s_does_not_change_the_claim_id()
    {
        var a = Invented.Extract("a.txt", "Port director Maria Okafor said the town's plan was to sell the terminal.");
        var b = Invented.Extract("b.txt", "Port director Maria Okafor said the town plan was to sell the terminal.");
        Assert.Equal(Assert.Single(a.Statements).ClaimId, Assert.Single(b.Statements).ClaimId);
    }

    [Theory]
    [InlineData("\u201CNothing in these reports about the cranes happened,\u201D port director Maria Okafor said.", Stance.Denied, "Something in these reports about the cranes happened")]
    [InlineData("\u201CNothing in these reports about the cranes ever happened,\u201D port director Maria Okafor said.", Stance.Denied, "Something in these reports about the cranes happened")]
    [InlineData("Port director Maria Okafor said she had never met the buyer and did not ever sign the sale.", Stance.Denied, "She had met the buyer and did not ever sign the sale")]
    [InlineData("Port director Maria Okafor said: \u201CThere is no-one leaving the harbour board.\u201D", Stance.Denied, "There is someone leaving the harbour board")]
    [InlineData("Port director Maria Okafor said: \u201CThere is no one leaving the harbour board.\u201D", Stance.Denied, "There is someone leaving the harbour board")]
    [InlineData("\u201CNone of them complained until the terminal opened,\u201D port director Maria Okafor said.", Stance.Denied, "Some of them complained until the terminal opened")]
    [InlineData("\u201CThe audit is nothing but a ploy to sell the terminal,\u201D port director Maria Okafor said.", Stance.Said, "The audit is nothing but a ploy to sell the terminal")]
    [InlineData("\u201CWe have nothing more to announce on the terminal sale,\u201D port director Maria Okafor said.", Stance.Said, "We have nothing more to announce on the terminal sale")]
    [InlineData("Port director Maria Okafor said nothing would change for the crane drivers.", Stance.Said, "Nothing would change for the crane drivers")]
    [InlineData("\u201CTom Reyes is neither an employee nor a spokesperson for the port,\u201D port director Maria Okafor said.", Stance.Denied, "Tom Reyes is an employee or a spokesperson for the port")]
    [InlineData("\u201CNeither the board nor its staff has discussed a sale,\u201D port director Maria Okafor said.", Stance.Denied, "The board or its staff has discussed a sale")]
    public void Nothing_nobody_and_no_one_as_a_subject_deny_with_a_positive_claim(string sentence, Stance stance, string claim)
    {
        var s = Assert.Single(Invented.Extract("nothing.txt", sentence).Statements);
        Assert.Equal((stance, claim), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Port director Maria Okafor said she hoped the terminal was not a haven for smugglers.", "The terminal was not a haven for smugglers")]
    [InlineData("Port director Maria Okafor said she saw no reason to resign from the harbour board.", "She saw no reason to resign from the harbour board")]
    [InlineData("Port director Maria Okafor alleged that the harbour board had not disclosed the cost of the cranes.", "The harbour board had not disclosed the cost of the cranes")]
    [InlineData("Port director Maria Okafor complained that the harbour board never paid the crane drivers.", "The harbour board never paid the crane drivers")]
    public void A_wish_or_a_view_with_a_negation_is_said_as_written(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("view.txt", sentence).Statements);
        Assert.Equal((Stance.Said, claim), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Port director Maria Okafor said the talks with the harbour board were not easy.", "The talks with the harbour board were not easy")]
    [InlineData("Port director Maria Okafor said the problem of silting is not new.", "The problem of silting is not new")]
    [InlineData("Port director Maria Okafor said the dredging budget isn't yet sufficient.", "The dredging budget isn't yet sufficient")]
    [InlineData("Port director Maria Okafor said nobody should be surprised by the closure.", "Nobody should be surprised by the closure")]
    [InlineData("Port director Maria Okafor said she would never use the term again.", "She would never use the term again")]
    [InlineData("Port director Maria Okafor said she did not expect the terminal to close.", "She did not expect the terminal to close")]
    [InlineData("Port director Maria Okafor said the board was not in a position to confirm the figures.", "The board was not in a position to confirm the figures")]
    public void A_judgement_or_a_pledge_with_a_negation_is_said(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("judgement.txt", sentence).Statements);
        Assert.Equal((Stance.Said, claim), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Port director Maria Okafor said the tender documents were not genuine.")]
    [InlineData("Port director Maria Okafor said the harbour board has never paid the dredging firm.")]
    [InlineData("Port director Maria Okafor said she would never resign from the harbour board.")]
    [InlineData("Port director Maria Okafor said the harbour board had not paid the dredging firm until the audit began.")]
    [InlineData("Port director Maria Okafor said the harbour board and the pilots are not yet in a dispute.")]
    public void A_refutation_with_a_negation_still_denies(string sentence)
    {
        var s = Assert.Single(Invented.Extract("refutation.txt", sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
    }

    [Theory]
    [InlineData("\u201CWe wish to put it right that the letter is a forgery,\u201D port director Maria Okafor said.", "The letter")]
    [InlineData("\u201CThe union says the terminal will close. That is not the case,\u201D port director Maria Okafor said.", "That is not the case")]
    [InlineData("\u201CI have checked into that and find it to be a spurious report,\u201D port director Maria Okafor said.", "I have checked into that and find it to be a spurious report")]
    [InlineData("Port director Maria Okafor said the sale story was \u201Ctotal rubbish\u201D.", "The sale story")]
    [InlineData("Port director Maria Okafor described the claims in the Ledger as \u201Cgross distortions\u201D.", "The claims in the Ledger")]
    [InlineData("Port director Maria Okafor described the report published by the Harbour Times as fake news.", "The report published by the Harbour Times")]
    [InlineData("Port director Maria Okafor called the reports of crane failures pure fabrication.", "Crane failures")]
    [InlineData("Port director Maria Okafor said: \u201CNothing could be further from the truth.\u201D", "Nothing could be further from the truth")]
    [InlineData("\u201CWe would like to strongly deny these reports about the terminal,\u201D port director Maria Okafor said.", "The terminal")]
    public void A_verdict_of_falsehood_denies_what_it_is_said_of(string sentence, string claim)
    {
        var s = Invented.Extract("verdict.txt", sentence).Require("person:maria-okafor", Stance.Denied, "");
        Assert.Equal(claim, s.Claim);
    }

    [Fact]
    public void No_truth_to_a_rumour_denies_the_rumours_clause()
    {
        var s = Assert.Single(Invented.Extract("truth.txt", "\u201CThere is no truth to the rumour that the terminal will close,\u201D port director Maria Okafor said.").Statements);
        Assert.Equal((Stance.Denied, "The terminal will close"), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Carlos Fernández de Cossío said the fuel tankers were stuck in Havana for a week.", "stuck in Havana for a week")]
    [InlineData("Carlos Fernández de Cossío said the Cuban government institution would publish the figures.", "The Cuban government institution")]
    public void A_capital_as_a_place_or_a_government_as_a_modifier_is_read_as_written(string sentence, string claim) =>
        Assert.Contains(claim, Assert.Single(Seeds.Extract("claim-place.txt", sentence).Statements).Claim, StringComparison.Ordinal);

    [Fact]
    public void Keeping_the_texts_words_does_not_change_the_claim_id()
    {
        var a = Seeds.Extract("a.txt", "Carlos Fernández de Cossío said the fuel tankers were stuck in Havana for a week.");
        var b = Seeds.Extract("b.txt", "Carlos Fernández de Cossío said the fuel tankers were stuck in Cuba for a week.");
        Assert.Equal(Assert.Single(a.Statements).ClaimId, Assert.Single(b.Statements).ClaimId);
    }

    [Fact]
    public void A_denied_claim_has_the_id_of_the_same_claim_said()
    {
        var a = Seeds.Extract("a.txt", "Marco Rubio said that Cuba poses a threat to the United States.");
        var b = Seeds.Extract("b.txt", "Carlos Fernández de Cossío said Cuba does not pose a threat to the United States.");

        Assert.Equal(Stance.Denied, Assert.Single(b.Statements).Stance);
        Assert.Equal(Assert.Single(a.Statements).ClaimId, Assert.Single(b.Statements).ClaimId);
    }

    [Fact]
    public void Not_yet_becomes_the_plain_positive()
    {
        var doc = Seeds.Extract("claim-yet.txt", "Carlos Fernández de Cossío said Cuba and the United States are not yet in a negotiation process.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Contains("are in a negotiation process", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_variants_still_share_one_claim_id_whatever_the_case_and_accents()
    {
        var a = Seeds.Extract("a.txt", "Marco Rubio said that Cuba is a threat to the United States.");
        var b = Seeds.Extract("b.txt", "MINREX denied that Cuba is a THREAT to the United States.");

        Assert.Equal(Assert.Single(a.Statements).ClaimId, Assert.Single(b.Statements).ClaimId);
    }

    [Theory]
    [InlineData("Port director Maria Okafor said the Cuban government had not paid the harbour fees.", "Cuba had paid the harbour fees")]
    [InlineData("The Brazilian government is considering suing the newspaper, port director Maria Okafor said.", "Brazil is considering suing the newspaper")]
    public void A_government_named_by_its_country_loses_the_article_before_it(string sentence, string claim)
    {
        var s = Assert.Single(Seeds.Extract("claim-the.txt", sentence).Statements);
        Assert.Equal(claim, s.Claim);
    }

    [Theory]
    [InlineData("Jane Roe denied reports the port was sold.", "The port was sold")]
    [InlineData("Jane Roe denied a claim two of the ferries had been damaged.", "Two of the ferries had been damaged")]
    [InlineData("Jane Roe denied rumours the mayor would resign.", "The mayor would resign")]
    public void A_claim_noun_before_a_clause_without_that_frames_the_clause(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("claims.txt", sentence).Statements);
        Assert.Equal((Stance.Denied, claim), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Jane Roe rejected the claims the minister has made.", "The claims the minister has made")]
    [InlineData("Jane Roe denied the report after it was published.", "The report after it was published")]
    public void A_relative_or_a_time_clause_after_the_claim_noun_stays_with_it(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("claims.txt", sentence).Statements);
        Assert.Equal(claim, s.Claim);
    }

    [Fact]
    public void An_acronym_in_brackets_after_its_name_is_not_read_twice()
    {
        var s = Assert.Single(Invented.Extract("acronym.txt",
            "Port director Ada Okafor said she had sent a complaint to the Harbour Regulatory Authority (HRA) on Monday.").Statements);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(s.Claim, "Harbour Regulatory Authority"));
    }

    [Theory]
    [InlineData("A hacker called Quarryman claimed to have a trove of harbour records.", "Quarryman has a trove of harbour records")]
    [InlineData("Port director Ada Okafor claims to be the rightful owner of the terminal.", "Ada Okafor is the rightful owner of the terminal")]
    public void What_someone_claims_to_be_or_have_is_their_claim_with_a_finite_verb(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("claimed.txt", sentence).Statements);
        Assert.Equal((Stance.Said, claim), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Port director Ada Okafor said that reports of the two terminals being sold are \"not true.\"", "The two terminals being sold")]
    [InlineData("Port director Ada Okafor said that claims of the pier being unsafe are false.", "The pier being unsafe")]
    public void A_gerund_being_inside_a_rejected_report_stays_in_the_claim(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("being.txt", sentence).Statements);
        Assert.Equal((Stance.Denied, claim), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Port director Ada Okafor replied: “That did not happen in the slightest.”", "That did happen")]
    [InlineData("Port director Ada Okafor said the talks were not in the least productive.", "The talks were productive")]
    [InlineData("Port director Ada Okafor said the cranes were not in the yard.", "The cranes were in the yard")]
    public void A_three_word_intensifier_of_a_negation_goes_with_it(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("slightest.txt", sentence).Statements);
        Assert.Equal((Stance.Denied, claim), (s.Stance, s.Claim));
    }
}
