using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Verdicts of falsehood that stand apart from the verb or hide inside a word: the verdict closing a long object of
/// "called", a compound ("well-fabricated"), "mere allegations", "nothing but a fabrication", the verb "negate"; and
/// speakers set off with a title ("Col. Jane Okoro, a spokeswoman, told reporters") or followed by a full date.
/// Invented sentences.
/// </summary>
public sealed class VerdictReachTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("verdict.txt", "Harbour dispute goes on\n\nMayor Tom Hale spoke on Monday about the harbour.\n\n" + sentence);

    [Theory]
    [InlineData("Hale on Friday called the opposition's new report about the so-called \"tunnel\" supposedly dug under the harbour by the port board \"well-fabricated story\" and nonsense.")]
    [InlineData("Hale on Friday called the opposition's new report about the tunnel supposedly dug under the harbour by the port board a fabrication.")]
    public void A_verdict_closing_a_long_object_of_called_denies_it(string sentence) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, "called the opposition's new report");

    [Fact]
    public void A_called_meeting_that_goes_on_to_its_purpose_is_no_verdict()
    {
        var doc = Extract("Hale called the harbour board's members together on Friday to discuss the misinformation.");
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Fact]
    public void A_compound_ending_in_a_falsehood_word_is_a_verdict()
    {
        var doc = Extract("Hale called the report \"well-fabricated\".");
        doc.Require("person:tom-hale", Stance.Denied, "called the report");
    }

    [Fact]
    public void A_compound_that_negates_the_falsehood_is_none()
    {
        var doc = Extract("Hale said the harbour board had joined an anti-fake campaign.");
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Theory]
    [InlineData("Hale slammed the investigation as mere allegations.")]
    [InlineData("Hale said the reports were mere speculation and mere rumours.")]
    public void Mere_allegations_are_a_verdict(string sentence)
    {
        var doc = Extract(sentence);
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:tom-hale" && x.Stance == Stance.Denied);
    }

    [Fact]
    public void Allegations_without_mere_are_no_verdict()
    {
        var doc = Extract("Hale slammed the investigation as allegations.");
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Theory]
    [InlineData("According to the Norland Harbour Board, all documents in the dossier are nothing but \"a high-quality, well-fabricated story,\" aimed at drawing views.")]
    [InlineData("The Norland Harbour Board said all documents in the dossier are nothing but gossip.")]
    public void Nothing_but_a_falsehood_denies_and_the_but_opens_no_clause(string sentence)
    {
        var found = Assert.Single(Extract(sentence).Statements, x => x.Evidence.Contains("nothing but", StringComparison.Ordinal));
        Assert.Equal(Stance.Denied, found.Stance);
        Assert.DoesNotContain("nothing", found.Claim, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_but_after_other_words_still_ends_the_claim()
    {
        var doc = Extract("The Norland Harbour Board said the documents were old but the dossier was new.");
        var said = Assert.Single(doc.Statements, x => x.Evidence.Contains("documents were old", StringComparison.Ordinal));
        Assert.DoesNotContain("dossier", said.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u201CRecently, the Gazette's reports on the harbour's reopening schedule are not factual,\u201D the Norland Harbour Board said.")]
    [InlineData("\u201CIn the past, the Gazette's reports on the harbour are mostly not factual,\u201D the Norland Harbour Board said.")]
    public void Not_factual_is_a_verdict(string sentence)
    {
        var found = Assert.Single(Extract(sentence).Statements, x => x.Evidence.Contains("factual", StringComparison.Ordinal));
        Assert.Equal(Stance.Denied, found.Stance);
    }

    [Theory]
    [InlineData("The Norland Harbour Board condemned what it called \u201Cfictitious reporting\u201D that alarms the public.")]
    [InlineData("Hale denounced what he described as lies about the harbour.")]
    public void Condemning_what_one_calls_false_denies_it(string sentence)
    {
        var found = Assert.Single(Extract(sentence).Statements, x => x.Evidence.Contains("what", StringComparison.Ordinal));
        Assert.Equal(Stance.Denied, found.Stance);
    }

    [Fact]
    public void Condemning_what_one_calls_reckless_is_no_denial()
    {
        var doc = Extract("The Norland Harbour Board condemned what it called \u201Creckless reporting\u201D that alarms the public.");
        var found = Assert.Single(doc.Statements, x => x.Evidence.Contains("what", StringComparison.Ordinal));
        Assert.Equal(Stance.Said, found.Stance);
    }

    [Theory]
    [InlineData("Hale protested his innocence yesterday, saying he had never seen the harbour accounts.", "protested his innocence")]
    [InlineData("Hale has maintained his innocence throughout the trial.", "maintained his innocence")]
    public void Asserting_ones_innocence_denies(string sentence, string snippet) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, snippet);

    [Fact]
    public void Protesting_something_else_denies_nothing()
    {
        var doc = Extract("Hale protested his treatment by the harbour board yesterday.");
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Theory]
    [InlineData("Hale replied on Monday, \"No I'm not. #rumours #nottrue\"")]
    [InlineData("Hale replied on Monday, \"No I'm not. (quitting the harbour board)\"")]
    public void Hashtags_or_an_aside_after_an_answer_are_no_claim(string sentence)
    {
        var doc = Extract(sentence);
        var answer = Assert.Single(doc.Statements, x => x.SpeakerId == "person:tom-hale");
        Assert.Equal(Stance.Denied, answer.Stance);
    }

    [Fact]
    public void A_later_sentence_of_words_is_still_a_claim()
    {
        var doc = Extract("Hale replied on Monday, \"No I'm not. The harbour board will decide the fees in May.\"");
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:tom-hale" && x.Claim.Contains("fees", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hale ruled out any summary dismissal of the harbour master during the season.")]
    [InlineData("Hale also outlined the limits of any deal, ruling out political and economic reforms.")]
    public void Ruling_out_an_act_is_a_red_line_said(string sentence)
    {
        var found = Assert.Single(Extract(sentence).Statements, x => x.SpeakerId == "person:tom-hale" && x.Evidence.Contains("rul", StringComparison.Ordinal));
        Assert.Equal(Stance.Said, found.Stance);
    }

    [Theory]
    [InlineData("Hale ruled out the possibility of any collateral damage to the harbour.")]
    [InlineData("Hale ruled out reports that the harbour would close.")]
    [InlineData("Hale ruled out retirement after the cup defeat.")]
    public void Ruling_out_a_possibility_a_report_or_ones_own_exit_denies_it(string sentence) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, "ruled out");

    [Theory]
    [InlineData("Hale said at the time that the port board had not invested enough in the harbour.")]
    [InlineData("Hale said the port board is not doing nearly enough for the harbour.")]
    [InlineData("Hale said the pilots didn't seem to be working for each other in the storm.")]
    public void A_shortfall_charged_or_an_impression_is_said(string sentence)
    {
        var found = Assert.Single(Extract(sentence).Statements, x => x.Evidence.Contains("port board", StringComparison.Ordinal) || x.Evidence.Contains("pilots", StringComparison.Ordinal));
        Assert.Equal(Stance.Said, found.Stance);
    }

    [Fact]
    public void A_plain_negation_of_a_fact_still_denies()
    {
        var doc = Extract("Hale said the port board had not invested in the harbour.");
        doc.Require("person:tom-hale", Stance.Denied, "had not invested");
    }

    [Theory]
    [InlineData("\u201CDo not let the harbour board bully you into selling the pier,\u201D Hale said.")]
    [InlineData("\u201CDon't believe the harbour board's figures,\u201D Hale said.")]
    public void A_negated_imperative_is_an_appeal_said(string sentence)
    {
        var found = Assert.Single(Extract(sentence).Statements, x => x.SpeakerId == "person:tom-hale" && x.Evidence.Contains("harbour board", StringComparison.Ordinal));
        Assert.Equal(Stance.Said, found.Stance);
    }

    [Theory]
    [InlineData("\u201CDon't know who made it up. The pier was never sold,\u201D Hale said.", "made it up")]
    [InlineData("\u201CDo not be fooled, the pier was never sold,\u201D Hale said.", "never sold")]
    public void Dont_know_or_do_not_be_keep_the_denial(string sentence, string snippet) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, snippet);

    [Fact]
    public void An_aside_between_dashes_does_not_hide_the_negation_after_it()
    {
        var doc = Extract("Hale said the harbour board \u2013 as its chairman, its treasurer and its two auditors had all told the inquiry in March \u2013 had not sold the pier.");
        doc.Require("person:tom-hale", Stance.Denied, "had not sold the pier");
    }

    [Fact]
    public void A_release_advising_the_public_that_no_statement_was_issued_denies()
    {
        var doc = Extract("\u201CWe wish to advise members of the public that the former mayor has issued no statement on the harbour sale,\u201D the Norland Harbour Board said.");
        var denial = Assert.Single(doc.Statements, x => x.Evidence.Contains("no statement", StringComparison.Ordinal));
        Assert.Equal(Stance.Denied, denial.Stance);
        Assert.DoesNotContain("advise", denial.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Regretting_to_inform_frames_what_is_told()
    {
        var doc = Extract("\u201CWe regret to inform the public that the pier will close in May,\u201D the Norland Harbour Board said.");
        var said = Assert.Single(doc.Statements, x => x.Evidence.Contains("pier will close", StringComparison.Ordinal));
        Assert.StartsWith("The pier will close", said.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u201CThe pier will close in May,\u201D a statement issued by the Norland Harbour Board, and copied to the Daily Ledger, in Northport said.")]
    [InlineData("\u201CThe pier will close in May,\u201D a statement issued by the Norland Harbour Board, and copied to the Daily Ledger, said.")]
    public void A_participle_clause_between_the_quotation_and_the_verb_keeps_the_subject(string sentence)
    {
        var doc = Extract(sentence);
        var board = Assert.Single(doc.Entities, e => e.Name == "Norland Harbour Board");
        doc.Require(board.Id, Stance.Said, "pier will close");
    }

    [Fact]
    public void A_fronted_denial_after_a_colon_dateline_is_the_subjects_and_the_reports_publisher_carries_nothing()
    {
        var doc = Invented.Extract("dateline.txt", "NAIROBI: Rejecting a report published by the Daily Ledger on the harbour sale, the Norland Harbour Board said the story was part of a smear campaign.");
        var board = Assert.Single(doc.Entities, e => e.Name == "Norland Harbour Board");
        var denial = doc.Require(board.Id, Stance.Denied, "Rejecting a report");
        Assert.Empty(denial.ReportedBy);
        Assert.All(doc.Statements, x => Assert.Empty(x.ReportedBy));
    }

    [Fact]
    public void An_interview_published_by_an_outlet_still_names_its_carrier()
    {
        var doc = Extract("In an interview published by the Daily Ledger, Hale said the pier was sold.");
        var said = doc.Require("person:tom-hale", Stance.Said, "pier was sold");
        Assert.Single(said.ReportedBy);
    }

    [Theory]
    [InlineData("Hale said it was not a coincidence that the harbour board had been accused by three pilots.")]
    [InlineData("Hale said the exchange with the board was \"not important\".")]
    [InlineData("Hale said the timing of the harbour report was not coincidental.")]
    public void A_negated_assessment_is_said(string sentence)
    {
        var found = Assert.Single(Extract(sentence).Statements, x => x.SpeakerId == "person:tom-hale" && x.Evidence.Contains("not", StringComparison.Ordinal));
        Assert.Equal(Stance.Said, found.Stance);
    }

    [Fact]
    public void A_quoted_not_true_is_still_a_verdict()
    {
        var doc = Extract("Hale said the harbour report was \"not true\".");
        doc.Require("person:tom-hale", Stance.Denied, "not true");
    }

    [Theory]
    [InlineData("Hale said the harbour board's complaints were trivial fantasies.")]
    [InlineData("Hale said the stories about the pier were smears and forgeries.")]
    public void Plural_falsehood_nouns_are_verdicts(string sentence)
    {
        var found = Assert.Single(Extract(sentence).Statements, x => x.SpeakerId == "person:tom-hale" && x.Evidence.Contains("were", StringComparison.Ordinal));
        Assert.Equal(Stance.Denied, found.Stance);
    }

    [Fact]
    public void Negating_a_claim_denies_it()
    {
        var doc = Extract("Hale issued a statement on Tuesday negating the opposition's claim that the channel was closed.");
        var denial = doc.Require("person:tom-hale", Stance.Denied, "negating");
        Assert.Contains("channel was closed", denial.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The leaked memo isn't an authentic harbour document, Col. Jane Okoro, a harbour spokeswoman, told reporters.")]
    [InlineData("The leaked memo isn't an authentic harbour document, Dr. Jane Okoro, a harbour spokeswoman, said.")]
    public void A_title_before_a_speaker_set_off_by_commas_keeps_the_speaker(string sentence) =>
        Extract(sentence).Require("person:jane-okoro", Stance.Denied, "leaked memo");

    [Fact]
    public void A_full_date_after_an_inverted_speaker_keeps_the_speaker()
    {
        var doc = Extract("Harbour pilot Sam Reed is being held at his home as a measure \u201Cto ensure that there is no breach of peace,\u201D said port spokeswoman Jane Okoro on Thursday, Oct. 15, 2015.");
        var said = doc.Require("person:jane-okoro", Stance.Said, "is being held");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:sam-reed");
        Assert.Contains("held at his home", said.Claim, StringComparison.Ordinal);
    }
}
