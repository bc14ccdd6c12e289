using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>Constructions the blind held-out articles exposed (transcripts, reverse attribution, passive, scoped interviews).</summary>
public sealed class HeldOutConstructionTests
{
    [Fact]
    public void Speaker_after_the_reported_clause_is_the_speaker()
    {
        var doc = Seeds.Extract("reverse.txt", "HAVANA (EFE) - The island has enough diesel for ten days, Deputy Foreign Minister Carlos Fernández de Cossío told EFE on Friday.");
        var s = doc.Require("person:carlos-fernandez-de-cossio", Stance.Said, "enough diesel for ten days");
        Assert.DoesNotContain("institution:efe", s.ReportedBy); // the agency of the dateline wrote the text: never its intermediary
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "institution:government-of-cuba");
    }

    [Fact]
    public void Answers_in_a_question_and_answer_transcript_belong_to_the_interviewee()
    {
        var doc = Seeds.Extract("qa.txt", "Interview\n\nCuban diplomat Carlos Fernández de Cossío spoke to EFE in an interview in Havana.\n\n" +
            "Q: Is the island negotiating with Washington?\n\nA: There is no negotiation of any kind. We exchange messages on migration.\n\n" +
            "Q: Will you comment on the reports about the Castro family?\n\nA: I will not comment on rumours. The door to dialogue stays open.");
        doc.Require("person:carlos-fernandez-de-cossio", Stance.Denied, "no negotiation of any kind");
        doc.Require("person:carlos-fernandez-de-cossio", Stance.Said, "exchange messages on migration");
        doc.Require("person:carlos-fernandez-de-cossio", Stance.Said, "door to dialogue stays open");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("rumours", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains('?', StringComparison.Ordinal));
    }

    [Fact]
    public void An_interview_covers_its_own_paragraph_and_explicit_continuations_only()
    {
        var doc = Seeds.Extract("scope.txt", "Fuel story\n\nCuban official Ana Perez told Reuters on Monday that the talks had stalled completely.\n\n" +
            "She added that Cuba would wait for a new offer from Washington.\n\n" +
            "Senator Rick Scott said the talks were a trap.\n\nOn Tuesday, Perez said the island had enough fuel for two weeks of normal use.");
        Assert.Contains("institution:reuters", doc.Require("person:ana-perez", Stance.Said, "stalled completely").ReportedBy);
        Assert.Contains("institution:reuters", doc.Require("person:ana-perez", Stance.Said, "wait for a new offer").ReportedBy);
        Assert.DoesNotContain("institution:reuters", doc.Require("person:ana-perez", Stance.Said, "enough fuel for two weeks").ReportedBy);
    }

    [Fact]
    public void An_interview_named_by_someone_else_in_the_sentence_is_not_this_speakers()
    {
        var doc = Seeds.Extract("other.txt", "Mexican Foreign Minister Juan Ramón de la Fuente said he had never said that Mexico would halt the shipments, after Sen. Rick Scott told Fox News that the minister had privately promised to halt the oil shipments.");
        var denial = doc.Require("person:juan-ramon-de-la-fuente", Stance.Denied, "would halt the shipments");
        Assert.DoesNotContain("institution:fox-news", denial.ReportedBy);
        Assert.Contains("institution:fox-news", doc.Require("person:rick-scott", Stance.Said, "promised to halt the oil shipments").ReportedBy);
    }

    [Fact]
    public void Passive_announcements_and_rebuttal_frames_are_attributed()
    {
        var doc = Seeds.Extract("passive.txt", "It was announced by the Treasury Department on Monday that four firms tied to GAESA had been sanctioned. " +
            "Cuba's Ministry of Foreign Relations said there was no truth to reports that a tanker had been seized. " +
            "Sheinbaum pushed back on claims by U.S. senators that Mexico was financing the Cuban government.");
        doc.Require("institution:us-department-of-the-treasury", Stance.Said, "four firms tied to GAESA");
        doc.Require("institution:minrex", Stance.Denied, "tanker had been seized");
        doc.Require("person:claudia-sheinbaum", Stance.Denied, "financing the Cuban government");
    }

    [Fact]
    public void A_contrast_after_a_comma_is_not_a_negated_claim()
    {
        var doc = Seeds.Extract("contrast.txt", "\"We are talking to the people who decide, not the puppets,\" Trump said.");
        doc.Require("person:donald-trump", Stance.Said, "people who decide");
    }

    [Fact]
    public void The_text_of_an_issued_statement_speaks_for_its_issuer()
    {
        var doc = Seeds.Extract("issuer.txt", "MINREX rejects US slander\n\n" +
            "The Ministry of Foreign Relations of the Republic of Cuba (MINREX) issued a statement on Monday in which it rejects the accusations of the US State Department.\n\n" +
            "\"Cuba has never sponsored terrorism and never will,\" the text states.\n\n\"The accusation is false,\" the communiqué adds.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:state-department");
        doc.Require("institution:minrex", Stance.Denied, "never sponsored terrorism");
        doc.Require("institution:minrex", Stance.Denied, "accusation is false");
    }

    [Fact]
    public void A_quotation_left_open_at_the_end_of_a_paragraph_continues_in_the_next()
    {
        var doc = Seeds.Extract("open.txt", "Trump on Cuba\n\n\"They have no oil and no money left. They will have to accept a deal on our terms.\n\n" +
            "\"We are talking to the right people,\" the president said, speaking to reporters aboard Air Force One. President Donald Trump flew to Florida.");
        doc.Require("person:donald-trump", Stance.Said, "accept a deal on our terms");
    }

    [Fact]
    public void A_one_word_outlet_name_is_not_split_into_a_country()
    {
        var doc = Seeds.Extract("outlet.txt", "\"We have had no power since Sunday,\" a resident of Holguín told CiberCuba by phone.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId is "institution:government-of-cuba" or "institution:cibercuba");
        Assert.Contains(doc.Entities, e => e.Id == "institution:cibercuba");
    }
}
