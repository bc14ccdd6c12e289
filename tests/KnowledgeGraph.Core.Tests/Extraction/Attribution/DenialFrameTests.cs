using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Denial frames on invented sentences: a verdict after "as" or after "called" is why something is denied, not part of
/// the claim; a short quotation inside "there is no truth in reports that …"; "A and not B" says A and denies B.
/// </summary>
public sealed class DenialFrameTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("denial.txt", body);

    [Theory]
    [InlineData("Tom Reyes dismissed the report as \"a fairy tale\".", "The report")]
    [InlineData("Tom Reyes described the allegations as \"baseless and malicious\".", "The allegations")]
    [InlineData("Tom Reyes described the allegations that he took bribes as \"baseless and malicious\".", "He took bribes")]
    [InlineData("Norvell Group called the allegations false and baseless.", "The allegations")]
    public void The_verdict_is_why_the_object_is_denied_not_part_of_the_claim(string sentence, string claim)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal(claim, s.Claim);
    }

    [Fact]
    public void A_quoted_list_of_verdicts_before_the_object_denies_the_object()
    {
        var s = Assert.Single(Extract("Tom Reyes has described as \u201Cbaseless, libellous and scurrilous\u201D a publication by the Harbour Gazette.").Statements);
        Assert.Equal((Stance.Denied, "A publication by the Harbour Gazette"), (s.Stance, s.Claim));
    }

    [Fact]
    public void A_quotation_after_titled_and_a_colon_is_a_works_title_no_ones_words()
    {
        var doc = Extract("Tom Reyes has described as \u201Cbaseless\u201D a publication by the Harbour Gazette titled: \u2018The Inside Story of the Port\u2019.");
        Assert.DoesNotContain(doc.Statements, s => s.Claim.Contains("Inside Story", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Norvell Group has rubbished the news report that said the port was sold to a foreign buyer.")]
    [InlineData("Norvell Group denied a report which claimed the port was sold to a foreign buyer.")]
    [InlineData("Norvell Group denied a report published in a local daily on Saturday that said the port was sold to a foreign buyer.")]
    [InlineData("Norvell Group rejected a newspaper story saying that the port was sold to a foreign buyer.")]
    public void A_denied_report_is_denied_for_what_it_said(string sentence)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal("The port was sold to a foreign buyer", s.Claim);
    }

    [Fact]
    public void A_named_outlets_report_is_denied_by_the_subject_and_said_by_the_outlet()
    {
        var doc = Extract("Norvell Group denied a Harbour Times report which claimed the port was sold to a foreign buyer.");
        Assert.Equal("The port was sold to a foreign buyer", doc.Require("institution:norvell-group", Stance.Denied, "port was sold").Claim);
        doc.Require("institution:harbour-times", Stance.Said, "port was sold");
        Assert.Equal(2, doc.Statements.Count);
    }

    [Theory]
    [InlineData("Norvell Group says Tom Reyes sold the port to a foreign buyer. Reyes denied it.")]
    [InlineData("Norvell Group says Tom Reyes sold the port to a foreign buyer.\n\nReyes denied this on Monday.")]
    [InlineData("Norvell Group says Tom Reyes sold the port to a foreign buyer. Reyes denied that.")]
    public void Denying_it_denies_what_the_sentence_before_said(string body)
    {
        var doc = Extract(body);
        var s = doc.Require("person:tom-reyes", Stance.Denied, "Reyes denied");
        Assert.Equal("Tom Reyes sold the port to a foreign buyer", s.Claim);
        Assert.Equal(doc.Require("institution:norvell-group", Stance.Said, "sold the port").ClaimId, s.ClaimId);
    }

    [Fact]
    public void Denying_it_with_no_statement_before_is_no_statement()
    {
        Assert.Empty(Extract("The port was sold to a foreign buyer last year. Tom Reyes denied it.").Statements);
    }

    [Fact]
    public void A_relative_that_after_the_denied_object_does_not_start_the_claim()
    {
        var s = Assert.Single(Extract("Tom Reyes has denied allegations of fraud that have been brought against him at the port.").Statements);
        Assert.StartsWith("Fraud", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_that_denied_something_keeps_the_whole_object()
    {
        var s = Assert.Single(Extract("Norvell Group rejected a report that denied the port was sold to a foreign buyer.").Statements);
        Assert.NotEqual("The port was sold to a foreign buyer", s.Claim);
    }

    [Theory]
    [InlineData("Norvell Group called the meeting productive.")]
    [InlineData("Norvell Group called for an inquiry into the harbour accounts.")]
    public void Called_without_a_verdict_of_falsehood_is_no_statement(string sentence)
    {
        Assert.Empty(Extract(sentence).Statements);
    }

    [Fact]
    public void A_short_quotation_inside_a_no_truth_frame_is_stepped_over()
    {
        var s = Extract("Tom Reyes said there was \"no truth whatsoever\" in the reports that he would resign.").Require("person:tom-reyes", Stance.Denied, "no truth");
        Assert.Equal("He would resign", s.Claim);
    }

    [Theory]
    [InlineData("Tom Reyes insisted the move was \"independent\" and not a result of pressure from the mayor.", "The move was independent", "The move was a result of pressure from the mayor")]
    [InlineData("Tom Reyes said the sale was legal and not a favour to the mayor.", "The sale was legal", "The sale was a favour to the mayor")]
    public void A_and_not_B_says_A_and_denies_B_with_its_subject(string sentence, string said, string denied)
    {
        var doc = Extract(sentence);
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Said && s.Claim == said);
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Denied && s.Claim == denied);
        Assert.DoesNotContain(doc.Statements, s => s.Claim.Contains(" not ", StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("Maria Okafor rubbished claims that the port had been sold.")]
    [InlineData("Maria Okafor played down reports that the port had been sold.")]
    [InlineData("Maria Okafor brushed aside suggestions that the port had been sold.")]
    [InlineData("Maria Okafor shot down rumours that the port had been sold.")]
    [InlineData("Maria Okafor scotched rumours that the port had been sold.")]
    [InlineData("Maria Okafor downplayed reports that the port had been sold.")]
    [InlineData("Maria Okafor contested the claim that the port had been sold.")]
    [InlineData("Maria Okafor hit back at claims that the port had been sold.")]
    [InlineData("Maria Okafor poured cold water on reports that the port had been sold.")]
    [InlineData("Maria Okafor has shot down tabloid reports suggesting the port had been sold.")]
    [InlineData("Maria Okafor hit back at rumours claiming the port had been sold.")]
    public void Verbs_and_phrasal_verbs_of_rejection_deny_the_framed_clause(string sentence)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal("The port had been sold", s.Claim);
    }

    [Theory]
    [InlineData("Maria Okafor played down the wing in the harbour cup final.")]
    [InlineData("The army shot down a drone over the harbour on Monday.")]
    [InlineData("Maria Okafor poured cold water on the harbour plan on Monday.")]
    [InlineData("The army shot down a drone saying nothing about the harbour.")]
    public void The_same_verbs_without_a_framed_clause_say_nothing(string sentence)
    {
        Assert.Empty(Extract(sentence).Statements);
    }

    [Fact]
    public void A_relative_that_inside_the_content_does_not_start_it()
    {
        var s = Assert.Single(Extract("Maria Okafor said the army stopped a drone that had crossed the border.").Statements);
        Assert.Equal("The army stopped a drone that had crossed the border", s.Claim);
    }
    [Theory]
    [InlineData("Tom Reyes denied reports suggesting the mayor cheated on the budget.")]
    [InlineData("Tom Reyes denied claims alleging that the mayor cheated on the budget.")]
    public void A_reports_participle_is_framing_too(string sentence)
    {
        Assert.Equal("The mayor cheated on the budget", Assert.Single(Extract(sentence).Statements).Claim);
    }

    [Theory]
    [InlineData("\u201CWe categorically deny these allegations,\u201D Norvell Group said in a statement.", "institution:norvell-group", "These allegations")]
    [InlineData("\u201CWe strongly reject the claim that the terminal was sold,\u201D Norvell Group said.", "institution:norvell-group", "The terminal was sold")]
    [InlineData("\u201CI can categorically deny that the terminal was sold,\u201D Norvell Group chairman Ian Dube said.", "person:ian-dube", "The terminal was sold")]
    [InlineData("\u201CWe hereby deny that any worker was injured,\u201D Norvell Group said.", "institution:norvell-group", "Any worker was injured")]
    [InlineData("\u201CToday we have denied all charges,\u201D Norvell Group's lawyer Ian Dube said.", "person:ian-dube", "All charges")]
    [InlineData("\u201CWe had rejected the offer before the vote,\u201D Norvell Group said.", "institution:norvell-group", "The offer before the vote")]
    public void A_first_person_denial_inside_the_quotation_denies(string sentence, string speaker, string claim)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(speaker, s.SpeakerId);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal(claim, s.Claim);
    }

    [Theory]
    [InlineData("Dismissing claims that the port had been sold, Maria Okafor said the harbour stayed public.", "The port had been sold")]
    [InlineData("Dispelling the impression that the vaccine was expired, Maria Okafor said the harbour deaths had other causes.", "The vaccine was expired")]
    [InlineData("Rejecting reports that the port had been sold, Maria Okafor told reporters the harbour stayed public.", "The port had been sold")]
    public void A_participle_of_denial_opening_the_sentence_is_the_main_subjects_denial(string sentence, string claim)
    {
        var doc = Extract(sentence);
        var denial = Assert.Single(doc.Statements, s => s.Stance == Stance.Denied);
        Assert.Equal(("person:maria-okafor", claim), (denial.SpeakerId, denial.Claim));
        doc.Require("person:maria-okafor", Stance.Said, "harbour");
    }

    [Theory]
    [InlineData("(NWS) \u2014 Dismissing reports that it overcharged passengers in Norvell, the regional airline Skyvale accused the complainants of rowdy behavior.")]
    [InlineData("NORVELL (NWS) \u2014 Dismissing reports that it overcharged passengers in Norvell, the regional airline Skyvale accused the complainants of rowdy behavior.")]
    [InlineData("Dismissing reports that it overcharged passengers in Norvell, the regional airline Skyvale accused the complainants of rowdy behavior.")]
    public void A_fronted_participle_after_a_credit_and_a_described_subject_is_the_subjects_denial(string sentence)
    {
        var doc = Extract("Skyvale Airlines met the passengers on Monday.\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Dismissing");
        var denial = Assert.Single(doc.Statements, s => s.Stance == Stance.Denied);
        Assert.Equal(("It overcharged passengers in Norvell", "Dismissing"), (denial.Claim, denial.Evidence[..10]));
        Assert.Equal(denial.SpeakerId, doc.Require(denial.SpeakerId, Stance.Said, "rowdy behavior").SpeakerId);
    }

    [Theory]
    [InlineData("Skyvale accused the complainants of rowdy behavior that caused a delay.", "The complainants of rowdy behavior that caused a delay")]
    [InlineData("Skyvale accused the mayor of claiming that the port was sold.", "The port was sold")]
    public void A_that_after_the_charge_of_an_accusation_is_the_charges_relative(string sentence, string claim)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal((Stance.Said, claim), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Denying the claims would be a mistake, Maria Okafor said.")]
    [InlineData("Rejecting the plan, the council voted to close the harbour.")]
    public void A_participle_with_no_claim_or_no_speaking_subject_after_it_denies_nothing(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Statements, s => s.Stance == Stance.Denied && s.Evidence.StartsWith("Denying", StringComparison.Ordinal) || s.Evidence.StartsWith("Rejecting", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Harlow Football Club met on Monday. Claims from The Sun have been categorically rebuffed by the club in a statement.")]
    [InlineData("Harlow Football Club met on Monday. The claims were rebuffed by Harlow Football Club in a statement.")]
    public void A_passive_denial_by_a_description_or_with_an_adjunct_after_the_agent_is_the_agents(string body)
    {
        var denial = Assert.Single(Extract(body).Statements);
        Assert.Equal(("institution:harlow-football-club", Stance.Denied), (denial.SpeakerId, denial.Stance));
    }

    [Fact]
    public void A_request_turned_down_by_a_description_is_no_denial()
    {
        var doc = Extract("Harlow Football Club met on Monday. Its application was rejected by the club in a letter.");
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Denied);
    }

    [Theory]
    [InlineData("Port director Maria Okafor has pleaded not guilty to seven charges of fraud.")]
    [InlineData("Port director Maria Okafor pleaded not guilty on Monday to seven charges of fraud.")]
    public void A_plea_of_not_guilty_denies_the_charges(string sentence)
    {
        var doc = Invented.Extract("plea.txt", sentence);
        var s = doc.Require("person:maria-okafor", Stance.Denied, "charges of fraud");
        Assert.DoesNotContain("not guilty", s.Claim, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Port director Maria Okafor pleaded for calm after the strike.")]
    [InlineData("Port director Maria Okafor pleaded guilty to seven charges of fraud.")]
    [InlineData("Port director Maria Okafor pleaded with the union to end the strike.")]
    public void Pleading_for_with_or_guilty_is_no_statement(string sentence)
    {
        Assert.Empty(Invented.Extract("plea.txt", sentence).Statements);
    }

    [Theory]
    [InlineData("Port director Maria Okafor addressed the claim on Twitter, calling it \u201cfake news.\u201d", "claim")]
    [InlineData("Port director Maria Okafor took to Facebook over the allegations, calling them \u201cbaseless.\u201d", "allegations")]
    public void Calling_it_false_after_a_verb_that_is_no_speech_denies_the_claim_before_the_comma(string sentence, string noun)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(("person:maria-okafor", Stance.Denied), (s.SpeakerId, s.Stance));
        Assert.Contains(noun, s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Calling_it_false_after_a_denial_adds_no_second_statement()
    {
        var s = Assert.Single(Extract("Port director Maria Okafor dismissed the report, calling it \u201cfake news.\u201d").Statements);
        Assert.Equal(Stance.Denied, s.Stance);
    }

    [Theory]
    [InlineData("Port director Maria Okafor has trashed tabloid reports that the port was sold.", "port was sold")]
    [InlineData("Harbour Ministry trashes media report on port sale", "port sale")]
    public void Trashing_a_report_denies_it(string sentence, string snippet)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Contains(snippet, s.Claim, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Trashing_a_thing_is_no_statement()
    {
        Assert.Empty(Extract("Port director Maria Okafor trashed the car on Monday.").Statements);
    }

    [Theory]
    [InlineData("Port director Maria Okafor expressed alarm at the sale, characterizing the accusations as a fabrication.")]
    [InlineData("Port director Maria Okafor characterised the report as baseless.")]
    public void Characterizing_a_claim_as_false_denies_it(string sentence)
    {
        var doc = Extract(sentence);
        var s = doc.Statements.Single(x => x.Stance == Stance.Denied);
        Assert.Equal("person:maria-okafor", s.SpeakerId);
        Assert.DoesNotContain("fabrication", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u201cThese are some of the wildest allegations I have ever heard,\u201d port director Maria Okafor said.", Stance.Denied)]
    [InlineData("\u201cThis is one of the biggest lies ever told about the port,\u201d port director Maria Okafor said.", Stance.Denied)]
    [InlineData("\u201cThis is one of the best ports in the world,\u201d port director Maria Okafor said.", Stance.Said)]
    public void One_of_the_and_some_of_the_before_a_verdict_keep_it(string sentence, Stance stance)
    {
        Assert.Equal(stance, Assert.Single(Extract(sentence).Statements).Stance);
    }

    [Theory]
    [InlineData("\u201cThere's no fact to that,\u201d port director Maria Okafor wrote in response.")]
    [InlineData("\u201cThere is no truth in it,\u201d port director Maria Okafor said.")]
    public void A_bare_denial_of_that_denies_what_the_other_side_said_last(string denial)
    {
        var doc = Extract("Port row\n\nThe Harbour Times reported that the port was sold to a foreign buyer.\n\n" + denial);
        var s = doc.Require("person:maria-okafor", Stance.Denied, "Okafor");
        Assert.Equal("The port was sold to a foreign buyer", s.Claim);
    }

    [Fact]
    public void A_bare_denial_far_from_any_claim_adds_nothing()
    {
        var doc = Extract("Port row\n\nThe Harbour Times reported that the port was sold to a foreign buyer.\n\nThe weather was fine.\n\nThe ships came in.\n\n" +
            "The cranes were repaired.\n\n\u201cThere's no fact to that,\u201d port director Maria Okafor said.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor");
    }

    [Theory]
    [InlineData("Port director Maria Okafor accused the Harbour Times of publishing misleading and fake news in a special report.", "Harbour Times")]
    [InlineData("Port director Maria Okafor accused the union of spreading lies about the port.", "union")]
    public void Accusing_someone_of_spreading_falsehood_rejects_what_they_published(string sentence, string claim)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.EndsWith(claim, s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Port director Maria Okafor accused the Harbour Times of fabricating its recent story on the port.", "Its recent story on the port")]
    [InlineData("Port director Maria Okafor accused the union of making up the figures.", "The figures")]
    [InlineData("Port director Maria Okafor accused the Harbour Times of doctoring the video.", "The video")]
    public void Accusing_someone_of_inventing_a_work_rejects_the_work(string sentence, string claim)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal((Stance.Denied, claim), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Former budget officer Maria Okafor accused the city manager of falsifying information, deleting emails and intimidation.")]
    [InlineData("Former budget officer Maria Okafor accused the city manager of faking his qualifications and bullying staff.")]
    public void Accusing_someone_of_misconduct_is_a_statement_of_its_own(string sentence) =>
        Assert.Equal(Stance.Said, Assert.Single(Extract(sentence).Statements).Stance);

    [Fact]
    public void Accusing_someone_of_acting_under_a_false_pretext_rejects_it() =>
        Assert.Equal(Stance.Denied, Assert.Single(Extract("Port director Maria Okafor accused the union of acting under \u201ca false pretext\u201d.").Statements).Stance);

    [Theory]
    [InlineData("Port director Maria Okafor has described the inquiry against her as a \u201cpolitical witch-hunt\u201d led by the union.", "The inquiry against her")]
    [InlineData("Port director Maria Okafor joked that \u201creports of my death have been greatly exaggerated\u201d.", "My death")]
    [InlineData("Port director Maria Okafor said that reports of the sale might have been false.", "The sale")]
    public void A_verdict_after_auxiliaries_or_a_witch_hunt_denies(string sentence, string claim)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal((Stance.Denied, claim), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Port director Maria Okafor spoke on Monday.\n\nThe union\u2019s claims that the port was sold were described by Okafor as \u201cridiculous\u201d.")]
    [InlineData("Port director Maria Okafor spoke on Monday.\n\nThe union\u2019s claims that the port was sold were described by the director as \u201cridiculous\u201d.")]
    [InlineData("Port director Maria Okafor spoke on Monday.\n\nThe union\u2019s claims that the port was sold were later rejected by the director.")]
    public void A_passive_verdict_by_a_named_or_described_agent_is_the_agents_denial(string text)
    {
        var doc = Extract(text);
        var denial = doc.Require("person:maria-okafor", Stance.Denied, "port was sold");
        Assert.Equal("The port was sold", denial.Claim);
        Assert.DoesNotContain(doc.Statements, s => s.Claim.EndsWith("were", StringComparison.Ordinal) || s.Claim.Contains("described", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The allegations were dismissed today by the Director of the Harbour Intelligence Agency (HIA), Tom Reyes, at a briefing.", "person:tom-reyes")]
    [InlineData("The claims were rejected by the head of the union, Tom Reyes.", "person:tom-reyes")]
    public void The_name_set_off_after_a_passive_agents_description_denies(string sentence, string speaker) =>
        Extract(sentence).Require(speaker, Stance.Denied, "were");

    [Fact]
    public void A_passive_agents_description_is_never_a_person_named_only_later()
    {
        var doc = Extract("The allegations were dismissed by the director.\n\nPort director Maria Okafor opened the terminal on Monday.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor");
    }

    [Fact]
    public void A_passive_description_that_is_no_verdict_denies_nothing() =>
        Assert.DoesNotContain(Extract("Port director Maria Okafor spoke on Monday.\n\nThe union\u2019s claims were described by Okafor as a serious matter.").Statements,
            s => s.Stance == Stance.Denied);

    [Theory]
    [InlineData("Port director Maria Okafor said: \u201cHe is using distorted figures to hide the cuts to pensions.\u201d", Stance.Said)]
    [InlineData("Port director Maria Okafor said certain people are spreading malicious comments online to slander the port.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the union is putting out such \u201clies\u201d because it lost the vote.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said: \u201cAnyone who publishes these claims is repeating a falsehood.\u201d", Stance.Denied)]
    [InlineData("\u201cThe union is making absolutely false and fabricated statements,\u201d port director Maria Okafor told reporters.", Stance.Denied)]
    [InlineData("\u201cThe union is making statements about the false claims,\u201d port director Maria Okafor told reporters.", Stance.Said)]
    public void A_progressive_verb_is_no_verdict_unless_it_spreads_falsehood_or_its_subject_names_the_claims(string sentence, Stance stance) =>
        Assert.Equal(stance, Assert.Single(Extract(sentence).Statements).Stance);

    [Theory]
    [InlineData("The Harbour Authority has come to dispel as fake rumour a video alleging that the port was sold.", "port was sold")]
    [InlineData("A spokesperson for the Harbour Authority was quick to dispel these claims that the port was sold.", "port was sold")]
    [InlineData("The Harbour Authority moved to spurn a complaint that the port was sold.", "port was sold")]
    public void Dispel_and_spurn_in_their_base_form_deny(string sentence, string snippet) =>
        Assert.Equal(Stance.Denied, Assert.Single(Extract(sentence).Statements, s => s.Evidence.Contains(snippet, StringComparison.Ordinal)).Stance);

    [Theory]
    [InlineData("\u201cSuch repeated, baseless, and fabricated allegations can be assessed in the framework of their campaign,\u201d port director Maria Okafor said.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said malicious rumours are being spread to discredit the port.", Stance.Denied)]
    [InlineData("\u201cThe reports have hurt the port,\u201d port director Maria Okafor said.", Stance.Said)]
    [InlineData("\u201cThe reports about false papers have hurt the port,\u201d port director Maria Okafor said.", Stance.Said)]
    public void Claims_the_subject_calls_false_are_rejected(string sentence, Stance stance) =>
        Assert.Equal(stance, Assert.Single(Extract(sentence).Statements).Stance);

    [Fact]
    public void Accusing_someone_of_an_act_stays_said()
    {
        Assert.Equal(Stance.Said, Assert.Single(Extract("Port director Maria Okafor accused the union of blocking the port.").Statements).Stance);
    }

    [Theory]
    [InlineData("\u201cThis news report is replete with outright falsehoods,\u201d port director Maria Okafor said.")]
    [InlineData("\u201cThe article is full of lies,\u201d port director Maria Okafor said.")]
    [InlineData("\u201cThe story is riddled with inaccuracies,\u201d port director Maria Okafor said.")]
    public void Replete_with_or_full_of_falsehood_is_a_verdict(string sentence)
    {
        Assert.Equal(Stance.Denied, Assert.Single(Extract(sentence).Statements).Stance);
    }

    [Fact]
    public void Full_of_ships_is_no_verdict()
    {
        Assert.Equal(Stance.Said, Assert.Single(Extract("\u201cThe port is full of ships,\u201d port director Maria Okafor said.").Statements).Stance);
    }

    [Fact]
    public void Crushing_rumours_denies_them_and_crushing_a_thing_is_no_statement()
    {
        var s = Assert.Single(Extract("Port director Maria Okafor crushed the rumours that the port was sold.").Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Empty(Extract("Port director Maria Okafor crushed the can on Monday.").Statements);
    }

    [Fact]
    public void A_question_opening_a_quotation_is_no_claim_and_the_answer_after_it_is()
    {
        var doc = Extract("Port director Maria Okafor said, \u201cThe Harbour Times report? Zero basis - no sale, no buyer.\u201d");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.DoesNotContain("report", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Later_sentences_after_an_opening_question_stay_claims()
    {
        var doc = Extract("\u201cWho has complained? I am yet to hear anyone complain. The moment we have a formal claim we deal with it,\u201d port director Maria Okafor said.");
        Assert.DoesNotContain(doc.Statements, s => s.Claim.Contains("Who has complained", StringComparison.Ordinal));
        Assert.Contains(doc.Statements, s => s.Claim.Contains("formal claim", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\u201cIt has come to the knowledge of the port, the circulation of a fabricated message indicating 11 ships had sunk at the quay,\u201d port director Maria Okafor said.", "11 ships had sunk")]
    [InlineData("\u201cWe reject the baseless claims that the port was sold to a foreign buyer,\u201d port director Maria Okafor said.", "port was sold")]
    [InlineData("Port director Maria Okafor said: \u201cThe attention of the port has been drawn to a false and malicious viral post on social media alleging that the cranes were sold to smugglers.\u201d", "cranes were sold to smugglers")]
    public void What_a_report_called_false_says_is_denied(string sentence, string claim)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Contains(claim, s.Claim, StringComparison.Ordinal);
        Assert.DoesNotContain("fabricated", s.Claim, StringComparison.Ordinal);
        Assert.DoesNotContain("baseless", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_false_statement_that_was_engineered_keeps_the_statement_as_the_claim()
    {
        var s = Assert.Single(Extract("\u201cI vehemently deny this slanderous and false statement that was engineered,\u201d port director Maria Okafor said.").Statements);
        Assert.Contains("statement", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Port director Maria Okafor ruled out the possibility of any damage to the terminal.", "Any damage to the terminal")]
    [InlineData("Port director Maria Okafor on Monday ruled out a sale of the terminal.", "A sale of the terminal")]
    public void Ruling_something_out_denies_it(string sentence, string claim)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(("person:maria-okafor", Stance.Denied, claim), (s.SpeakerId, s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Striker Tom Reyes has been ruled out of the cup final with a knee injury.")]
    [InlineData("Port director Maria Okafor has not ruled out a sale of the terminal.")]
    [InlineData("The harbour rules out of season were changed on Monday.")]
    public void A_player_ruled_out_or_an_option_not_ruled_out_denies_nothing(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Statements, s => s.Stance == Stance.Denied);

    [Fact]
    public void Ruled_out_inside_a_denied_clause_is_the_clauses_content()
    {
        var doc = Extract("Norvell Group denied that port director Maria Okafor ruled out a sale of the terminal.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("institution:norvell-group", Stance.Denied), (s.SpeakerId, s.Stance));
    }

    [Theory]
    [InlineData("Port director Maria Okafor said the documentary contains \"a pack of lies\".", "The documentary")]
    [InlineData("Port director Maria Okafor said the report was based on untrue information.", "The report")]
    [InlineData("Port director Maria Okafor said the accusations were made up.", "The accusations")]
    [InlineData("Port director Maria Okafor said the allegations were created out of nothing.", "The allegations")]
    public void A_report_resting_on_falsehood_or_made_up_is_denied(string sentence, string claim)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal((Stance.Denied, claim), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Port director Maria Okafor said the report contains figures from 2020.")]
    [InlineData("Port director Maria Okafor said the plan was made up of three parts.")]
    [InlineData("Port director Maria Okafor said the crane was based on a German design.")]
    public void Containing_or_resting_on_plain_things_is_said(string sentence) =>
        Assert.Equal(Stance.Said, Assert.Single(Extract(sentence).Statements).Stance);

    [Fact]
    public void What_an_outlet_is_the_source_of_is_said_whole_even_when_it_calls_something_false()
    {
        var s = Assert.Single(Extract("According to a report by the Harbour Ledger, two officials said the mayor's statements were based on false figures.").Statements);
        Assert.Equal(Stance.Said, s.Stance);
        Assert.EndsWith("were based on false figures", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Port director Maria Okafor does however reject the claim that the terminal was sold.")]
    [InlineData("Port director Maria Okafor, though, rejected the claim that the terminal was sold.")]
    [InlineData("Port director Maria Okafor nonetheless rejected the claim that the terminal was sold.")]
    public void A_connective_adverb_before_the_verb_keeps_the_denial(string sentence)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal(("person:maria-okafor", Stance.Denied, "The terminal was sold"), (s.SpeakerId, s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Art historian Jane Roe claimed the painting, bought at a private sale, was an \"unpleasant\" forgery.", Stance.Said)]
    [InlineData("Port director Maria Okafor said the letter was a forgery.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said the report was forged.", Stance.Denied)]
    public void A_forgery_is_denied_only_of_a_report_or_a_document(string sentence, Stance stance) =>
        Assert.Equal(stance, Assert.Single(Extract(sentence).Statements).Stance);

    [Theory]
    [InlineData("Port director Maria Okafor said those remarks were wide of the mark.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said the report was off the mark.", Stance.Denied)]
    [InlineData("Port director Maria Okafor said the shot was wide of the goal.", Stance.Said)]
    public void Wide_of_the_mark_is_a_verdict_of_falsehood(string sentence, Stance stance) =>
        Assert.Equal(stance, Assert.Single(Extract(sentence).Statements).Stance);

    [Fact]
    public void A_league_before_club_is_no_speaker_the_club_is()
    {
        var doc = Seeds.Extract("league.txt", "Rovers deny bid\n\nKingsford Rovers FC said on Monday they had made no bid for the striker.\n\n" +
            "The Harbour Premier League played on Sunday.\n\nBut the Harbour Premier League club insists those remarks are wide of the mark.");
        var s = Assert.Single(doc.Statements, st => st.Evidence.Contains("wide of the mark", StringComparison.Ordinal));
        Assert.Equal(("institution:kingsford-rovers-fc", Stance.Denied), (s.SpeakerId, s.Stance));
    }

    [Theory]
    [InlineData("Port director Maria Okafor has lashed at reports claiming the terminal was sold.", "The terminal was sold")]
    [InlineData("Port director Maria Okafor lashed out at claims that the terminal was sold.", "The terminal was sold")]
    public void Lashing_at_reports_denies_them(string sentence, string claim)
    {
        var s = Assert.Single(Extract(sentence).Statements);
        Assert.Equal((Stance.Denied, claim), (s.Stance, s.Claim));
    }

    [Theory]
    [InlineData("Port director Maria Okafor lashed out at the board on Monday.")]
    [InlineData("The harbour thief was given 40 lashes.")]
    public void Lashing_at_people_or_lashes_deny_nothing(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Statements, s => s.Stance == Stance.Denied);

    [Fact]
    public void A_speech_verb_after_who_and_a_plain_noun_is_not_the_sentences_subjects()
    {
        var doc = Seeds.Extract("who.txt", "Harbour Board refutes story of pilot who predicted crane collapse\n\nThe Harbour Board said on Monday the cranes were safe.");
        var headline = Assert.Single(doc.Statements, s => s.Rule == "headline");
        Assert.Equal(Stance.Denied, headline.Stance);
    }

    [Fact]
    public void Belying_a_report_denies_it()
    {
        var doc = Extract("Police Maj. Tom Quimby belied messages spreading online that a student had been abducted from the harbour school.");
        Assert.Equal("A student had been abducted from the harbour school", doc.Require("person:tom-quimby", Stance.Denied, "abducted").Claim);
    }

    [Fact]
    public void A_manner_that_belies_a_feeling_is_no_statement()
    {
        Assert.DoesNotContain(Extract("Tom Quimby spoke to the harbour board on Monday. His calm manner belied the tension in the room.").Statements,
            s => s.Stance == Stance.Denied);
    }

    [Fact]
    public void A_negation_inside_a_quoted_title_is_no_denial()
    {
        var s = Assert.Single(Extract("Tom Ford told Politico that both men voted for \u201CNone Of The Above for President.\u201D").Statements);
        Assert.Equal(Stance.Said, s.Stance);
        Assert.Equal("Both men voted for None Of The Above for President", s.Claim);
    }

    [Fact]
    public void A_quoted_negation_opening_its_own_sentence_still_denies()
    {
        var s = Assert.Single(Extract("Tom Ford said \u201CThey did not vote, and No One can say otherwise.\u201D").Statements);
        Assert.Equal(Stance.Denied, s.Stance);
    }

    [Theory]
    [InlineData("In a statement, Maria Okafor denied Daniel Ekwueme had asked her to intervene in the terminal sale.", "Daniel Ekwueme had asked her")]
    [InlineData("Maria Okafor denied that the board members had claimed or even accused Mr Ekwueme of taking bribes.", "board members had claimed")]
    public void What_a_denial_says_someone_said_is_what_it_denies_not_their_statement(string sentence, string content)
    {
        var doc = Invented.Extract("denial.txt", sentence);
        var s = doc.Require("person:maria-okafor", Stance.Denied, content);
        Assert.Single(doc.Statements);
    }

    [Theory]
    [InlineData("\"I was surprised by the question and I vehemently denied the allegation,\" Maria Okafor said.")]
    [InlineData("\"I was surprised by the question and we denied the claim at once,\" Maria Okafor said.")]
    public void A_first_person_denial_joined_to_a_quotations_first_clause_denies(string sentence)
    {
        var doc = Extract(sentence);
        doc.Require("person:maria-okafor", Stance.Denied, "denied");
        var said = doc.Require("person:maria-okafor", Stance.Said, "surprised by the question");
        Assert.DoesNotContain("denied", said.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_object_described_as_a_verdict_is_denied()
    {
        var doc = Extract("Harbour coach Maria Okafor has described allegations her side fixed aspects of a match against Northport at Kingsford in 2016 as \"outrageous\".");
        var s = doc.Require("person:maria-okafor", Stance.Denied, "fixed aspects");
        Assert.DoesNotContain("outrageous", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Calling_a_report_nothing_but_insinuation_denies_it()
    {
        var doc = Extract("\"It is quite clear that this is nothing but insinuation by the media,\" Maria Okafor said of the report.");
        doc.Require("person:maria-okafor", Stance.Denied, "insinuation");
    }

    [Theory]
    [InlineData("\"Reports of a sale of the terminal in a section of the media is, hereby, denied,\" port spokesperson Maria Okafor said.")]
    [InlineData("\"The allegations of a sale of the terminal are categorically rejected,\" port spokesperson Maria Okafor said.")]
    public void Reports_denied_in_the_passive_in_a_quotation_are_denied(string sentence)
    {
        var s = Extract(sentence).Require("person:maria-okafor", Stance.Denied, "sale of the terminal");
        Assert.DoesNotContain("hereby", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_someone_else_denied_told_in_the_passive_are_said()
    {
        var doc = Extract("Port spokesperson Maria Okafor said the reports of a sale of the terminal were denied.");
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Denied);
    }

    [Fact]
    public void A_person_dismissed_inside_a_denied_claim_is_no_passive_denial_by_the_agent()
    {
        var doc = Extract("Harlow Rovers said the squad would train on Sunday.\n\n" +
            "But Rovers spokesman Tommy Marsh took to social media to deny claims that Gerrard Okafor has already been dismissed by the club, branding the reports ‘complete lies’.");
        Assert.All(doc.Statements, s => Assert.NotEqual("passive-denial", s.Rule));
        var s = doc.Require("person:tommy-marsh", Stance.Denied, "has already been dismissed by the club");
        Assert.Contains("dismissed by the club", s.Claim, StringComparison.Ordinal);
        doc.Require("person:tommy-marsh", Stance.Denied, "The reports");
    }

    [Fact]
    public void Claims_dismissed_by_a_named_agent_are_still_its_denial() =>
        Extract("The claims that the harbour had been sold were dismissed by port director Maria Okafor.")
            .Require("person:maria-okafor", Stance.Denied, "The claims");

    [Theory]
    [InlineData("Tom Reyes said of the rival firm: “They have no money. They are in a big deal of trouble.”", "have no money")]
    [InlineData("Harbour FC coach Tom Reyes said he had no interest in working overseas again.", "interest in working overseas")]
    public void What_a_third_person_has_not_is_said_not_denied(string sentence, string claim)
    {
        var s = Extract(sentence).Require("person:tom-reyes", Stance.Said, claim);
        Assert.Equal(Stance.Said, s.Stance);
    }

    [Fact]
    public void What_we_have_not_still_refutes() =>
        Extract("Northgate Bank said: “We have no plans to sell the harbour terminal.”").Require("institution:northgate-bank", Stance.Denied, "plans to sell");

    [Fact]
    public void What_a_long_quotation_confirms_is_not_so_is_denied()
    {
        var s = Assert.Single(Extract("“We immediately investigated reports regarding some Northgate accounts including the harbour payroll and can confirm that no Northgate site or service was compromised,” Northgate Bank told the Harbour Times.").Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Contains("site or service was compromised", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("“The Ministry also wishes to state that at no time did the commissioner issue any statement on the deaths,” the Harbour Ministry said.")]
    [InlineData("“We also wish to state that at no time did the commissioner issue any statement on the deaths,” the Harbour Ministry said.")]
    public void A_body_that_wishes_to_state_a_negation_denies(string sentence) =>
        Assert.Equal(Stance.Denied, Assert.Single(Extract(sentence).Statements).Stance);

    [Fact]
    public void A_wish_that_something_is_not_so_is_still_said() =>
        Assert.Equal(Stance.Said, Assert.Single(Extract("Tom Reyes said he hoped the harbour was not a haven for smugglers.").Statements).Stance);
}
