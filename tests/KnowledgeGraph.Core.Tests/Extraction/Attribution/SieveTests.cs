using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// One construction per sieve, on single invented sentences: the statement it yields (speaker, stance, the rule name
/// recorded on it) and a near miss it must leave alone.
/// </summary>
public sealed class SieveTests
{
    [Theory]
    [InlineData("verb-subject", "Port director Maria Okafor said on Monday that the new terminal would open in May.", "person:maria-okafor", Stance.Said, "terminal would open in May")]
    [InlineData("verb-subject", "Port director Maria Okafor denied that the terminal had been sold to a foreign buyer.", "person:maria-okafor", Stance.Denied, "sold to a foreign buyer")]
    [InlineData("quote-then-verb", "“The terminal will open in May,” port director Maria Okafor told reporters.", "person:maria-okafor", Stance.Said, "terminal will open in May")]
    [InlineData("according", "According to port director Maria Okafor, the terminal will open in May.", "person:maria-okafor", Stance.Said, "terminal will open in May")]
    [InlineData("according", "The terminal will open in May, according to port director Maria Okafor.", "person:maria-okafor", Stance.Said, "terminal will open in May")]
    [InlineData("colon-quote", "Port director Maria Okafor was blunt: “The terminal will open in May.”", "person:maria-okafor", Stance.Said, "terminal will open in May")]
    [InlineData("clause-then-verb", "The terminal will open in May despite the strike, Harbour Minister Maria Okafor told reporters.", "person:maria-okafor", Stance.Said, "terminal will open in May")]
    [InlineData("relative-clause", "The plan was backed by port director Maria Okafor, who said that the terminal would open in May.", "person:maria-okafor", Stance.Said, "terminal would open in May")]
    [InlineData("coordinated-verb", "Port director Maria Okafor said that the terminal would open in May and added that fees would not rise.", "person:maria-okafor", Stance.Said, "fees would not rise")]
    [InlineData("coordinated-verb", "Port director Maria Okafor said that the terminal would open in May, adding that the cranes were ready.", "person:maria-okafor", Stance.Said, "cranes were ready")]
    public void A_sieve_attributes_its_construction(string rule, string sentence, string speaker, Stance stance, string snippet)
    {
        var doc = Invented.Extract("sieve.txt", sentence);
        var statement = doc.Require(speaker, stance, snippet);
        Assert.Equal(rule, statement.Rule);
    }

    [Fact]
    public void A_quotation_that_follows_a_quoted_sentence_continues_its_speaker()
    {
        var doc = Invented.Extract("sieve.txt", "“The terminal will open in May,” port director Maria Okafor said. “The cranes arrived on schedule last week.”");
        Assert.Equal("quote-continuation", doc.Require("person:maria-okafor", Stance.Said, "cranes arrived on schedule").Rule);
    }

    [Fact]
    public void The_outlet_of_a_report_says_what_follows_that()
    {
        var doc = Invented.Extract("sieve.txt", "Port director Maria Okafor denied a Reuters report that the terminal had been sold.");
        Assert.Equal("outlet-report", doc.Require("institution:reuters", Stance.Said, "terminal had been sold").Rule);
        Assert.Equal("verb-subject", doc.Require("person:maria-okafor", Stance.Denied, "had been sold").Rule);
    }

    [Fact]
    public void A_passive_speech_verb_with_an_agent_is_the_agent_s_statement()
    {
        var doc = Invented.Extract("sieve.txt", "It was announced by the Treasury Department that the harbour fees would be frozen until June.");
        Assert.Equal("passive-agent", doc.Require("institution:us-department-of-the-treasury", Stance.Said, "fees would be frozen").Rule);
    }

    [Fact]
    public void Answers_of_a_transcript_and_an_open_quotation_are_paragraph_rules()
    {
        var transcript = Invented.Extract("qa.txt", "Port director Maria Okafor spoke to the Associated Press.\n\nQ: Will the terminal open?\n\n" +
            "A: The terminal will open in May. The cranes are ready.\n\nQ: And the fees?\n\nA: The fees will stay as they are this year.");
        Assert.Equal("transcript-answer", transcript.Require("person:maria-okafor", Stance.Said, "cranes are ready").Rule);

        var open = Invented.Extract("open.txt", "“The terminal will open in May and the cranes are already on the quay.\n\n" +
            "“The fees will stay as they are this year,” port director Maria Okafor said.");
        Assert.Equal("open-quotation", open.Require("person:maria-okafor", Stance.Said, "cranes are already on the quay").Rule);
    }

    [Fact]
    public void Answers_under_a_role_label_are_the_person_named_before_the_transcript()
    {
        var doc = Invented.Extract("doorstop.txt", "Maria Okafor faces questions on the port\n\nTranscript of doorstop interview, Harbourton\n\n" +
            "JOURNALIST: Director, will the terminal close?\n\nDIRECTOR: The report in the Harbour Times today is completely untrue.\n\n" +
            "JOURNALIST: Were you overruled?\n\nDIRECTOR: The fees will stay as they are this year.");
        Assert.Equal("transcript-answer", doc.Require("person:maria-okafor", Stance.Said, "fees will stay").Rule);
        doc.Require("person:maria-okafor", Stance.Denied, "Harbour Times");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("overruled", StringComparison.Ordinal));
    }

    [Fact]
    public void Answers_under_a_name_label_are_that_persons_and_a_second_unnamed_voice_is_no_one()
    {
        var doc = Invented.Extract("hearing.txt", "Port director Maria Okafor and union leader Tom Reyes spoke to reporters.\n\n" +
            "REPORTER: Will the terminal close?\n\nREYES: The terminal will close in May.\n\nOKAFOR: The fees will stay as they are.\n\n" +
            "REPORTER: And the cranes?\n\nREYES: The cranes were sold last year.\n\nOKAFOR: The cranes are still on the quay.\n\n" +
            "CHAIRMAN: Order, please. The hearing is adjourned.\n\nCHAIRMAN: The committee will meet again in June.");
        doc.Require("person:tom-reyes", Stance.Said, "cranes were sold");
        doc.Require("person:maria-okafor", Stance.Said, "still on the quay");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("meet again", StringComparison.Ordinal));
    }

    [Fact]
    public void A_briefing_with_mixed_case_name_and_reporter_labels_is_a_transcript_whose_answers_run_on()
    {
        var doc = Invented.Extract("briefing.txt", "Ministry Spokesperson Maria Okafor's Regular Press Conference on July 6\n\n" +
            "Harbour Daily reporter: A senator said the terminal was sold. What is your comment?\n\n" +
            "Maria Okafor: The senator's statement is completely inconsistent with the facts.\n\n" +
            "The terminal was never offered for sale. The board met in May and kept it.\n\n" +
            "Coast Radio Reporter: And the cranes?\n\nMaria Okafor: The cranes are still on the quay.");
        doc.Require("person:maria-okafor", Stance.Denied, "inconsistent with the facts");
        Assert.Equal("transcript-answer", doc.Require("person:maria-okafor", Stance.Said, "board met in May").Rule);
        doc.Require("person:maria-okafor", Stance.Said, "still on the quay");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("What is your comment", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_after_the_last_answer_that_attributes_to_someone_else_ends_the_answer()
    {
        var doc = Invented.Extract("briefing.txt", "Harbour Daily reporter: Was the terminal sold?\n\nMaria Okafor: It was never sold.\n\n" +
            "Harbour Daily reporter: And the cranes?\n\nMaria Okafor: The cranes are still on the quay.\n\n" +
            "Hours later, the Port Authority told the Harbour Daily in a written reply that the cranes had been moved.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor" && s.Evidence.Contains("moved", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_label_no_entity_carries_is_no_one_not_the_person_named_last()
    {
        var doc = Invented.Extract("briefing.txt", "Port Briefing\n\nQUESTION: The mayor, Tom Reyes, said the terminal was sold. Is that true?\n\n" +
            "OKAFOR: That is a false narrative we fight every day.\n\nQUESTION: And the cranes?\n\nOKAFOR: The cranes are still on the quay.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:tom-reyes" && s.Evidence.Contains("cranes", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_without_an_interviewers_questions_are_no_transcript()
    {
        var doc = Invented.Extract("labels.txt", "Port director Maria Okafor spoke on Monday.\n\nNOTE: The terminal will close in May.\n\n" +
            "UPDATE: The fees will stay as they are.\n\nNOTE: The cranes were sold last year.\n\nUPDATE: The quay is closed.");
        Assert.DoesNotContain(doc.Statements, s => s.Rule == "transcript-answer");
    }

    [Theory]
    [InlineData("The director's claims about the terminal were repeated in the report.")] // a speech word used as a noun
    [InlineData("The terminal, described as the largest in the region, will open in May.")] // a participle of an ordinary noun
    [InlineData("Port director Maria Okafor has never commented on the sale.")] // no statement was made
    [InlineData("Port director Maria Okafor would not say whether the terminal would open in May.")] // a refusal to speak
    [InlineData("“Will the terminal open in May?” a reporter asked.")] // a question from an unnamed reporter
    public void Near_misses_yield_no_statement(string sentence)
    {
        var doc = Invented.Extract("sieve.txt", sentence);
        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void A_source_after_according_to_at_the_end_relays_the_sentence_s_statement()
    {
        var doc = Invented.Extract("sieve.txt", "Port director Maria Okafor insisted that the terminal would open in May, according to the Associated Press.");
        var statement = doc.Require("person:maria-okafor", Stance.Said, "terminal would open in May");
        Assert.Equal("verb-subject", statement.Rule);
        Assert.Contains("institution:ap", statement.ReportedBy);
    }

    [Fact]
    public void A_weak_verb_inside_a_that_clause_is_content_not_a_second_statement()
    {
        var doc = Invented.Extract("sieve.txt", "Port director Maria Okafor insisted that the union maintains its own safety rules.");
        var statement = Assert.Single(doc.Statements);
        Assert.Equal("person:maria-okafor", statement.SpeakerId);
        Assert.Contains("maintains its own safety rules", statement.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_that_clause_belongs_to_the_verb_it_follows_not_to_the_first_verb()
    {
        var doc = Invented.Extract("sieve.txt", "Port director Maria Okafor said the terminal would open in May and added that fees would not rise.");
        Assert.Equal("verb-subject", doc.Require("person:maria-okafor", Stance.Said, "terminal would open in May").Rule);
        Assert.Equal("coordinated-verb", doc.Require("person:maria-okafor", Stance.Said, "fees would not rise").Rule);
    }

    [Fact]
    public void A_headline_states_its_subject_s_statement()
    {
        var doc = Seeds.Extract("headline.txt", "Harbour Board Denies Sale of Terminal to Foreign Buyer\n\nThe board met on Monday to discuss the budget.");
        var statement = doc.Require("institution:harbour-board", Stance.Denied, "Denies Sale of Terminal");
        Assert.Equal("headline", statement.Rule);
    }

    [Theory]
    [InlineData("No plan to sell the terminal to a foreign buyer: Harbour Board", Stance.Said, "Harbour Board")]
    [InlineData("Harbour Board: terminal will reopen in May", Stance.Said, "terminal will reopen")]
    [InlineData("Terminal sale report \u2018untrue\u2019, \u2018baseless\u2019: Harbour Board", Stance.Denied, "Terminal sale report")]
    [InlineData("No plan to sell the terminal to a foreign buyer - Harbour Board", Stance.Said, "- Harbour Board")]
    [InlineData("Terminal sale report false \u2013 Harbour Board", Stance.Denied, "\u2013 Harbour Board")]
    public void A_headline_credited_by_a_colon_is_the_named_side_s_statement(string headline, Stance stance, string snippet)
    {
        var doc = Seeds.Extract("headline.txt", headline + "\n\nThe Harbour Board met on Monday to discuss the budget.");
        var statement = Assert.Single(doc.Statements);
        Assert.Equal(("institution:harbour-board", "headline"), (statement.SpeakerId, statement.Rule));
        Assert.Contains(snippet, statement.Evidence, StringComparison.Ordinal);
        if (stance == Stance.Denied)
        {
            Assert.Equal((Stance.Denied, "Terminal sale report"), (statement.Stance, statement.Claim));
        }
    }

    [Theory]
    [InlineData("Harbour: the terminal will reopen in May")]
    [InlineData("Harbour Board: Fake")]
    [InlineData("Update: Harbour Board meets on Monday: budget on the table")]
    [InlineData("Harbour Board - the terminal will reopen in May")]
    [InlineData("Harbour Board chairman at the terminal in May \u2014 Reuters")]
    [InlineData("Harbour Board: How a Terminal Sale Rumour Can Start")] // a feature's title about the name
    public void A_colon_headline_without_one_named_speaker_side_and_a_statement_is_none(string headline)
    {
        var doc = Seeds.Extract("headline.txt", headline + "\n\nThe Harbour Board met on Monday to discuss the budget.");
        Assert.DoesNotContain(doc.Statements, s => s.Rule == "headline");
    }

    [Fact]
    public void A_they_opening_what_a_person_said_makes_the_denial_the_persons()
    {
        var doc = Invented.Extract("they.txt", "The Harbour Board met on Monday and Norvell Group sent a letter.\n\n" +
            "Board secretary Maria Okafor further said that they strongly reject such false reports about the terminal.");
        var s = doc.Require("person:maria-okafor", Stance.Denied, "false reports");
        Assert.DoesNotContain(doc.Statements, st => st.SpeakerId != "person:maria-okafor");
        Assert.Empty(s.ReportedBy);
    }

    [Theory]
    [InlineData("Museum denies fake painting claim", "The Harbour Museum of Art said it had no reason to doubt the painting.", "institution:harbour-museum-of-art")]
    [InlineData("Ministry dismisses fake report on port sale", "The Federal Ministry of Harbours said on Monday the port was not for sale.", "institution:federal-ministry-of-harbours")]
    [InlineData("Club deny manager link", "Kingsford Rovers Football Club said on Monday the report was untrue.", "institution:kingsford-rovers-football-club")]
    public void A_headlines_organisation_noun_is_the_organisation_the_lead_names_with_it(string headline, string lead, string speaker)
    {
        var doc = Seeds.Extract("headline-org.txt", headline + "\n\n" + lead);
        var s = Assert.Single(doc.Statements, st => st.Rule == "headline");
        Assert.Equal((speaker, Stance.Denied), (s.SpeakerId, s.Stance));
    }

    [Fact]
    public void A_museum_is_an_organisation_and_the_museum_is_it()
    {
        var doc = Invented.Extract("museum.txt", "The Harbour Museum of Art said on Monday the painting was genuine.\n\nThe museum said the frame had been replaced.");
        var museum = Assert.Single(doc.Entities, e => e.Name == "Harbour Museum of Art");
        Assert.Equal(EntityKind.Institution, museum.Kind);
        doc.Require(museum.Id, Stance.Said, "frame had been replaced");
    }

    [Fact]
    public void An_indefinite_organisation_in_the_lead_is_the_one_named_next_and_the_hospital_a_medical_centre()
    {
        var doc = Seeds.Extract("lead-org.txt", "Hospital denies negligence\n\n" +
            "An Ohio hospital is denying a family's allegations of medical negligence over a kidney transplant.\n\n" +
            "The Harbour Valley Medical Center said in court filings that a nurse made an error.\n\n" +
            "The hospital has said the organ was thrown out by accident.");
        const string centre = "institution:harbour-valley-medical-center";
        doc.Require(centre, Stance.Denied, "medical negligence");
        doc.Require(centre, Stance.Said, "thrown out by accident");
    }

    [Fact]
    public void An_indefinite_organisation_is_never_the_one_named_before()
    {
        var doc = Invented.Extract("lead-org.txt", "Norvell Hospital is denying a family's allegations of medical negligence.\n\n" +
            "An Ohio company is denying reports that it sold the port.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("sold the port", StringComparison.Ordinal));
    }

    [Fact]
    public void An_outlet_quoting_someone_as_denying_relays_the_denial_of_the_one_the_proxy_speaks_for()
    {
        var doc = Invented.Extract("quotes.txt", "Maria Okafor is not leaving the port, her Australian press representative has said.\n\n" +
            "But the Harbour Ledger quotes Okafor's Australian publicist as denying the Courier's story.\n\n" +
            "The Harbour Ledger also quoted Okafor as claiming that the terminal would open in May.");
        doc.Require("person:maria-okafor", Stance.Denied, "not leaving");
        var relayed = doc.Require("person:maria-okafor", Stance.Denied, "Courier's story");
        Assert.Equal(["institution:harbour-ledger"], relayed.ReportedBy);
        Assert.Equal(["institution:harbour-ledger"], doc.Require("person:maria-okafor", Stance.Said, "open in May").ReportedBy);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:harbour-ledger");
    }
}
