using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>Verdicts that deny, and negations that do not. Invented sentences.</summary>
public sealed class VerdictFrameTests
{
    [Theory]
    [InlineData("\"This story is nothing but a fabrication,\" Northgate Bank said.", Stance.Denied)]
    [InlineData("\"The report is nothing more than gossip,\" Northgate Bank said.", Stance.Denied)]
    [InlineData("\"The offer is nothing but a ploy to win votes,\" Northgate Bank said.", Stance.Said)]
    [InlineData("\"The merger is nothing less than a scandal for the region,\" Northgate Bank said.", Stance.Said)]
    public void Nothing_but_a_verdict_of_falsehood_denies(string sentence, Stance stance)
    {
        var s = Assert.Single(Invented.Extract("verdict.txt", sentence).Statements);
        Assert.Equal(stance, s.Stance);
    }

    [Theory]
    [InlineData("Councillor Jo Dunn has termed the report as 'false, groundless and misleading'.")]
    [InlineData("Councillor Jo Dunn called the report 'absurd'.")]
    [InlineData("Councillor Jo Dunn branded the report 'a pack of lies, from start to end'.")]
    public void A_verdict_in_single_quotation_marks_after_a_verb_of_calling_denies(string sentence)
    {
        var s = Assert.Single(Invented.Extract("verdict.txt", sentence).Statements);
        Assert.Equal(("person:jo-dunn", Stance.Denied), (s.SpeakerId, s.Stance));
    }

    [Theory]
    [InlineData("Councillor Jo Dunn said the mayor misled the council about the budget.", Stance.Said)]
    [InlineData("\"These mischievous reports seek to mislead the public,\" Councillor Jo Dunn said.", Stance.Denied)]
    [InlineData("\"The Harbour Gazette is deliberately trying to deceive its readers,\" Councillor Jo Dunn said.", Stance.Denied)]
    public void Only_a_report_or_an_outlet_accused_of_misleading_is_rejected(string sentence, Stance stance)
    {
        var s = Assert.Single(Invented.Extract("verdict.txt", sentence).Statements);
        Assert.Equal("person:jo-dunn", s.SpeakerId);
        Assert.Equal(stance, s.Stance);
    }

    [Theory]
    [InlineData("Governor Rita Sousa has vowed not to sell any more public land.")]
    [InlineData("Governor Rita Sousa promised that taxes would not rise this year.")]
    [InlineData("Governor Rita Sousa pledged never to close the hospital.")]
    [InlineData("Governor Rita Sousa had earlier said she wouldn't tolerate any abuse whatsoever.")]
    [InlineData("Governor Rita Sousa said the fees shouldn't rise this year.")]
    public void A_commitment_to_a_negation_is_said(string sentence)
    {
        var s = Assert.Single(Invented.Extract("verdict.txt", sentence).Statements);
        Assert.Equal(Stance.Said, s.Stance);
    }

    [Theory]
    [InlineData("\"Obviously, we do not want sanctions against Norvell,\" Governor Rita Sousa said.", Stance.Said)]
    [InlineData("\"It doesn't bother me too much,\" Governor Rita Sousa said.", Stance.Said)]
    [InlineData("\"It does not matter,\" Governor Rita Sousa said.", Stance.Said)]
    [InlineData("\"It was inappropriate. It's not okay,\" Governor Rita Sousa said.", Stance.Said)]
    [InlineData("\"The port was not sold,\" Governor Rita Sousa said.", Stance.Denied)]
    public void A_wish_a_feeling_or_a_judgement_denied_is_said(string sentence, Stance stance)
    {
        var statements = Invented.Extract("verdict.txt", sentence).Statements;
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal(stance, s.Stance));
    }

    [Theory]
    [InlineData("Portvale University labeled the accusations as \"simply not true.\"")]
    [InlineData("Portvale University called the accusations \"not accurate.\"")]
    public void Labelling_a_claim_not_true_denies_it_without_the_as(string sentence)
    {
        var s = Assert.Single(Invented.Extract("verdict.txt", sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal("The accusations", s.Claim);
    }

    [Theory]
    [InlineData("Portvale Dockers Union has branded reports saying a deal had been reached to shut the depot in Norvell as \u201cmisleading.\u201d", "A deal had been reached to shut the depot in Norvell")]
    [InlineData("Portvale Dockers Union labelled claims that it agreed to the closure as early as May as false.", "It agreed to the closure")]
    public void Labelling_a_long_report_false_after_its_content_denies_the_content(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("verdict.txt", sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal(claim, s.Claim);
    }

    [Fact]
    public void Labelling_a_report_as_something_other_than_false_is_no_statement()
    {
        Assert.Empty(Invented.Extract("verdict.txt", "Portvale Dockers Union has branded reports saying a deal had been reached to shut the depot in Norvell as a matter for the members.").Statements);
    }

    [Theory]
    [InlineData("The Harbour Gazette said that the mayor did not pay the fee.", Stance.Said)]
    [InlineData("The Harbour Gazette noted that the mayor has not paid the fee.", Stance.Said)]
    [InlineData("The Harbour Gazette said its story was not fabricated.", Stance.Denied)]
    [InlineData("The Harbour Gazette said in a statement that it had not received any money from the mayor.", Stance.Denied)]
    public void An_outlet_telling_news_of_a_negative_fact_says_it_but_answering_for_itself_denies(string sentence, Stance stance)
    {
        var s = Assert.Single(Invented.Extract("verdict.txt", sentence).Statements);
        Assert.Equal(stance, s.Stance);
    }

    [Fact]
    public void A_denial_in_a_later_sentence_of_a_long_quotation_is_a_claim_of_its_own()
    {
        var doc = Invented.Extract("verdict.txt", "Norvell Tax Agency responded on Monday.\n\n" +
            "\"The work of the agency is to collect taxes owed by every port operator in the region. The agency reiterates that no such audit has taken place,\" the agency said.");
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Denied && s.Claim.Contains("audit has taken place", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Said && s.Claim.Contains("collect taxes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"I don't know what court this is that cannot see our suffering,\" port worker Leela Aher said.", Stance.Said)]
    [InlineData("Port director Maria Okafor said it was false that the minister did not know who owned the terminal.", Stance.Denied)]
    [InlineData("\"I don't even know where that website got the false information from,\" port worker Leela Aher said.", Stance.Denied)]
    [InlineData("\"I don't even know where that website got the information from,\" port worker Leela Aher said.", Stance.Said)]
    [InlineData("\"Whether there were soldiers at the port at the time or not, I don't know,\" port worker Leela Aher said.", Stance.Said)]
    [InlineData("\"The minister did not know,\" port worker Leela Aher said.", Stance.Denied)]
    public void Not_knowing_an_open_question_in_the_first_person_denies_nothing(string sentence, Stance stance)
    {
        var s = Assert.Single(Invented.Extract("verdict.txt", sentence).Statements);
        Assert.Equal(stance, s.Stance);
    }

    [Theory]
    [InlineData("Northgate Bank Dismisses Reports Of Mass Layoffs At The Terminal")]
    [InlineData("Northgate Bank Denies Claims Of A Secret Terminal Sale")]
    public void A_title_case_headline_denying_reports_is_a_denial(string headline)
    {
        var doc = Seeds.Extract("headline.txt", headline + "\n\nNorthgate Bank said on Monday that the terminal was not for sale.");
        var s = Assert.Single(doc.Statements, x => x.Rule == "headline");
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.DoesNotContain("Of ", s.Claim[..3], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Northgate Bank has moved swiftly to dismiss a new report that the bank is for sale.", Stance.Denied)]
    [InlineData("Northgate Bank was quick to deny reports that the bank is for sale.", Stance.Denied)]
    [InlineData("Northgate Bank issued a statement to refute claims that the bank is for sale.", Stance.Denied)]
    public void A_denial_in_an_infinitive_of_hurry_or_issue_is_the_subjects(string sentence, Stance stance)
    {
        var doc = Invented.Extract("hurry.txt", sentence);
        Assert.Equal(stance, doc.Require("institution:northgate-bank", stance, "for sale").Stance);
    }

    [Fact]
    public void Declining_to_deny_is_no_denial()
    {
        Assert.Empty(Invented.Extract("hurry.txt", "Northgate Bank declined to deny reports that the bank is for sale.").Statements);
    }

    [Theory]
    [InlineData("Minister Ada Okafor called the report \"an attempt to divert public attention from the real issue.\"", "The report is an attempt to divert public attention")]
    [InlineData("Minister Ada Okafor called it a \"brutal act of aggression against the harbour and its people.\"", "A brutal act of aggression")]
    [InlineData("Minister Ada Okafor called the book \"some trash from an author no one has ever heard of.\"", "The book is some trash from an author no one")]
    public void Calling_something_by_a_verdict_that_is_no_falsehood_says_the_verdict_of_it(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("call.txt", sentence).Statements);
        Assert.Equal(Stance.Said, s.Stance);
        Assert.StartsWith(claim, s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_after_a_comma_inside_a_closing_mark_is_a_statement_of_its_own()
    {
        var doc = Invented.Extract("call.txt", "Minister Ada Okafor dismissed the claims as \"baseless,\" calling them \"an attempt to divert public attention from the real issue.\"");
        Assert.Equal(Stance.Denied, doc.Require("person:ada-okafor", Stance.Denied, "baseless").Stance);
        Assert.DoesNotContain("calling", doc.Require("person:ada-okafor", Stance.Denied, "baseless").Evidence, StringComparison.Ordinal);
        doc.Require("person:ada-okafor", Stance.Said, "calling them");
    }

    [Theory]
    [InlineData("Portvale University described the allegations as \"malicious\".", "The allegations")]
    [InlineData("Portvale University branded the allegations \"mischievous\".", "The allegations")]
    [InlineData("Portvale University said the allegations were \"grossly exaggerated\".", "The allegations")]
    [InlineData("Portvale University branded the allegations as fake.", "The allegations")]
    [InlineData("Portvale University said the allegations \"could not be further from the truth\".", "The allegations")]
    public void A_claim_called_malicious_exaggerated_or_further_from_the_truth_is_denied_as_itself(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("verdict.txt", sentence).Statements);
        Assert.Equal((Stance.Denied, claim), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Dean Ama Boateng said she \"categorically\" did not meet the contractor.", "She did meet the contractor")]
    [InlineData("Dean Ama Boateng said the university absolutely did not pay the contractor.", "The university did pay the contractor")]
    [InlineData("Dean Ama Boateng said the university certainly never paid the contractor.", "The university paid the contractor")]
    public void The_emphasis_of_a_dropped_negation_goes_with_it(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("verdict.txt", sentence).Statements);
        Assert.Equal((Stance.Denied, claim), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("\"We wish to state categorically that the council has not sold the harbour,\" Portvale University said.", Stance.Denied, "The council has sold the harbour")]
    [InlineData("\"We would like to inform the public that the harbour will reopen on Monday,\" Portvale University said.", Stance.Said, "The harbour will reopen on Monday")]
    [InlineData("\"We assure our students that the campus remains open,\" Portvale University said.", Stance.Said, "The campus remains open")]
    public void A_first_person_frame_of_declaring_is_not_the_claim(string sentence, Stance stance, string claim)
    {
        var s = Assert.Single(Invented.Extract("declare.txt", sentence).Statements);
        Assert.Equal((stance, claim), (s.Stance, s.Claim));
    }

    [Fact]
    public void A_first_person_denial_verb_after_further_or_also_denies()
    {
        var s = Assert.Single(Invented.Extract("further.txt", "\"We further reject any allegation that the university owes money to the contractor,\" Portvale University said.").Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.StartsWith("The university owes", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dean Ama Boateng said the allegations were \"a figment of their imagination\".", Stance.Denied)]
    [InlineData("Dean Ama Boateng insisted she had done nothing wrong.", Stance.Denied)]
    [InlineData("Dean Ama Boateng said the report was \"wrong\".", Stance.Denied)]
    [InlineData("Dean Ama Boateng said it was wrong to blame the porters.", Stance.Said)]
    [InlineData("Dean Ama Boateng said the porters were wrong to strike.", Stance.Said)]
    public void A_figment_nothing_wrong_and_a_report_called_wrong_deny(string sentence, Stance stance) =>
        Assert.Equal(stance, Assert.Single(Invented.Extract("verdict.txt", sentence).Statements).Stance);

    [Theory]
    [InlineData("Dean Ama Boateng blamed the union for spreading lies that the campus had been sold.", 1)]
    [InlineData("Dean Ama Boateng blamed the union for spreading false claims that the campus had been sold.", 1)]
    public void Blaming_someone_for_spreading_a_falsehood_denies_its_clause(string sentence, int denials)
    {
        var doc = Invented.Extract("blame.txt", sentence);
        Assert.Equal(denials, doc.Statements.Count);
        Assert.All(doc.Statements, s => Assert.Equal((Stance.Denied, "The campus had been sold"), (s.Stance, s.Claim)));
    }

    /// <summary>Blaming with no falsehood is an accusation of the speaker's own (see BlamedForOrOnTests): said, denying nothing.</summary>
    [Fact]
    public void Blaming_the_rain_for_a_delay_is_said()
    {
        var doc = Invented.Extract("blame.txt", "Dean Ama Boateng blamed the rain for the delay.");
        Assert.Equal(Stance.Said, Assert.Single(doc.Statements).Stance);
    }

    [Theory]
    [InlineData("Councillor Jo Dunn said the allegation that she had kicked the door was ‘made up’.", Stance.Denied)]
    [InlineData("Councillor Jo Dunn said the allegation was made up.", Stance.Denied)]
    [InlineData("Councillor Jo Dunn said the panel was made up of former judges.", Stance.Said)]
    [InlineData("Councillor Jo Dunn said she made up her mind on Monday.", Stance.Said)]
    public void Made_up_is_a_verdict_but_made_up_of_is_not(string sentence, Stance stance)
    {
        var s = Assert.Single(Invented.Extract("made-up.txt", sentence).Statements);
        Assert.Equal(stance, s.Stance);
    }

    [Theory]
    [InlineData("“Politics is dirty, I just had no idea how dirty it could be,” Councillor Jo Dunn said.", Stance.Said)]
    [InlineData("“We have no idea what happened to the money,” Councillor Jo Dunn said.", Stance.Said)]
    [InlineData("“I had no knowledge of the payments,” Councillor Jo Dunn said.", Stance.Denied)]
    public void Having_no_idea_how_or_what_is_said_not_denied(string sentence, Stance stance)
    {
        var s = Assert.Single(Invented.Extract("no-idea.txt", sentence).Statements);
        Assert.Equal(stance, s.Stance);
    }

    [Theory]
    [InlineData("“I’m sorry I didn’t deliver as much as the coach expected of me,” Councillor Jo Dunn said.", Stance.Said)]
    [InlineData("“We regret that the new line was not ready in time for the match,” Councillor Jo Dunn said.", Stance.Said)]
    [InlineData("“I’m told the new line was not ready in time for the match, which is untrue,” Councillor Jo Dunn said.", Stance.Denied)]
    public void A_negation_owned_up_to_in_regret_is_said(string sentence, Stance stance)
    {
        var s = Assert.Single(Invented.Extract("regret.txt", sentence).Statements);
        Assert.Equal(stance, s.Stance);
    }

    [Theory]
    [InlineData("The Harbour Board has described as false, malicious and without basis a publication alleging that the port was sold to a foreign buyer.")]
    [InlineData("The Harbour Board has dismissed as untrue and without any merit a report claiming that the port was sold to a foreign buyer.")]
    public void A_list_of_verdicts_before_the_object_denies_what_the_object_alleges(string sentence)
    {
        var s = Assert.Single(Invented.Extract("verdict-first.txt", sentence).Statements);
        Assert.Equal((Stance.Denied, "The port was sold to a foreign buyer"), (s.Stance, s.Claim));
    }

    [Fact]
    public void An_as_phrase_that_is_no_verdict_still_opens_with_an_introduction()
    {
        var s = Assert.Single(Invented.Extract("as-intro.txt", "The Harbour Board said, as expected, the port was sold to a foreign buyer.").Statements);
        Assert.Equal((Stance.Said, "The port was sold to a foreign buyer"), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("“Completely untrue,” Councillor Jo Dunn said.")]
    [InlineData("Councillor Jo Dunn tweeted: “FAKE NEWS – A TOTAL POLITICAL WITCH HUNT!”")]
    public void A_bare_verdict_denies_what_someone_else_was_just_reported_to_have_said(string sentence)
    {
        var doc = Invented.Extract("bare-verdict.txt", "The Harbour Ledger reported that Jo Dunn had secretly met the port's buyers on Sunday.\n\n" + sentence);
        var s = doc.Require("person:jo-dunn", Stance.Denied, sentence.Contains("tweeted", StringComparison.Ordinal) ? "FAKE NEWS" : "Completely untrue");
        Assert.Equal("Jo Dunn had secretly met the port's buyers on Sunday", s.Claim);
    }

    [Fact]
    public void A_verdict_with_its_own_object_keeps_it()
    {
        var doc = Invented.Extract("bare-verdict.txt", "The Harbour Ledger reported that Jo Dunn had secretly met the port's buyers on Sunday.\n\n" +
            "“The harbour figures are completely untrue,” Councillor Jo Dunn said.");
        Assert.Equal("The harbour figures", doc.Require("person:jo-dunn", Stance.Denied, "harbour figures").Claim);
    }

    [Theory]
    [InlineData("The Harbour Police Service stated on Wednesday that these accusations lacked merit.")]
    [InlineData("The Harbour Police Service said the claims lack any basis.")]
    [InlineData("The Harbour Police Service said the report in the Harbour Ledger \u201Clacks any factual basis\u201D.")]
    public void Claims_that_lack_merit_or_basis_are_denied(string sentence) =>
        Invented.Extract("verdict.txt", sentence).Require("institution:harbour-police-service", Stance.Denied, "lack");

    [Fact]
    public void A_team_that_lacks_evidence_is_no_verdict_on_a_claim() =>
        Assert.DoesNotContain(Invented.Extract("verdict.txt", "The Harbour Police Service said the team lacked evidence to charge him.").Statements,
            s => s.Stance == Stance.Denied);

    [Theory]
    [InlineData("\"This report is a series of speculations, or in short, nonsense,\" Art Quill said.")]
    public void A_report_called_speculations_is_denied(string sentence) =>
        Assert.Equal(Stance.Denied, Assert.Single(Invented.Extract("verdict.txt", sentence).Statements).Stance);

    [Fact]
    public void A_demand_rejected_is_refused_not_denied() =>
        Assert.DoesNotContain(Invented.Extract("verdict.txt", "President Tomas Reyes on Sunday rejected a demand by the port workers to close the harbour.").Statements,
            s => s.Stance == Stance.Denied);

    [Fact]
    public void Reports_called_speculative_are_denied() =>
        Invented.Extract("verdict.txt", "Norvell Ltd. chairman Tom Reyes has clarified that all reports of a stake sale to Harbour Capital are 'speculative'.")
            .Require("person:tom-reyes", Stance.Denied, "stake sale");

    [Theory]
    [InlineData("“Complete lies,” port director Tom Reyes said.")]
    [InlineData("Port director Tom Reyes wrote: “FAKE NEWS – A TOTAL POLITICAL WITCH HUNT!”")]
    [InlineData("“Sadly Another Nonsense Article,” tweeted port director Tom Reyes.")]
    [InlineData("“Yet another fake story,” port director Tom Reyes said.")]
    public void A_verdict_with_no_verb_is_a_denial(string sentence) =>
        Assert.Equal(Stance.Denied, Assert.Single(Invented.Extract("verdict.txt", sentence).Statements).Stance);

    [Theory]
    [InlineData("“Sadly another article about the harbour,” port director Tom Reyes said.")]
    [InlineData("“Another good story for the harbour,” port director Tom Reyes said.")]
    public void A_published_work_without_a_verdict_is_no_denial(string sentence) =>
        Assert.DoesNotContain(Invented.Extract("verdict.txt", sentence).Statements, s => s.Stance == Stance.Denied);

    [Fact]
    public void A_short_quotation_with_no_verdict_is_said() =>
        Assert.Equal(Stance.Said, Assert.Single(Invented.Extract("verdict.txt", "“Good news for the harbour,” port director Tom Reyes said.").Statements).Stance);

    [Fact]
    public void Saying_someone_lied_denies_what_they_said()
    {
        var doc = Invented.Extract("verdict.txt", "Former mayor Tom Reyes testified on Thursday.\n\n“He lied,” the ex-mayor said of key prosecution witness Jonas Okafor.");
        Assert.Equal(Stance.Denied, doc.Require("person:tom-reyes", Stance.Denied, "lied").Stance);
    }

    [Theory]
    [InlineData("\u201cNo one will dictate what we do at the harbour,\u201d Northgate Bank said.", Stance.Said)]
    [InlineData("\u201cNo one was hurt in the fire at the harbour,\u201d Northgate Bank said.", Stance.Denied)]
    public void No_one_with_a_modal_is_a_pledge_and_without_one_a_negated_fact(string sentence, Stance stance) =>
        Assert.Equal(stance, Assert.Single(Invented.Extract("verdict.txt", sentence).Statements).Stance);

    [Fact]
    public void A_quotation_mark_between_the_modal_and_its_negation_keeps_the_pledge() =>
        Assert.Equal(Stance.Said, Assert.Single(Invented.Extract("verdict.txt",
            "Such posts about the harbour will \"not go unanswered,\" Northgate Bank said on Monday.").Statements).Stance);
}
