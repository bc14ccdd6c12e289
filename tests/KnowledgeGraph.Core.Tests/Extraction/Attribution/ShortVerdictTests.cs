using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Short spoken verdicts: a copula contracted with its subject ("They're lies"), a falsehood named with "such" ("such
/// codswallop"), and "nowhere near". Invented sentences.
/// </summary>
public sealed class ShortVerdictTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("verdict.txt", "Mayor Tom Hale spoke on Monday about the harbour report.\n\n" + sentence);

    [Theory]
    [InlineData("\"They're lies, is my first reaction,\" Hale said.", "They're lies")]
    [InlineData("\"That's false,\" Hale said of the report.", "That's false")]
    public void A_copula_contracted_with_its_subject_carries_the_verdict(string sentence, string snippet) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, snippet);

    [Theory]
    [InlineData("\"As a board member, I was surprised to read such codswallop,\" Hale told reporters.", "such codswallop")]
    [InlineData("Hale said only those unfamiliar with the harbour would entertain such misinformation.", "such misinformation")]
    public void A_falsehood_named_with_such_denies(string sentence, string snippet) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, snippet);

    [Theory]
    [InlineData("Hale remarked that the harbour report is an infamy.", "an infamy")]
    [InlineData("\"It is a piece of calumny against the council,\" Hale said.", "calumny")]
    public void Calumny_and_infamy_are_verdicts(string sentence, string snippet) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, snippet);

    [Theory]
    [InlineData("The reports were \"pulled out of thin air\", Hale said.", "pulled out of thin air")]
    [InlineData("\"Pulled out of thin air,\" Hale said of the figures.", "Pulled out of thin air")]
    [InlineData("Hale said the figures had been plucked out of thin air.", "out of thin air")]
    public void Out_of_thin_air_is_a_verdict_of_invention(string sentence, string snippet) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, snippet);

    [Theory]
    [InlineData("\"They are making stuff up,\" Hale said of the reporters.", "They are making stuff up")]
    [InlineData("\"The papers are making the whole thing up,\" Hale said.", "The papers are making the whole thing up")]
    public void Making_things_up_is_a_verdict_and_the_whole_clause_is_denied(string sentence, string claim) =>
        Assert.Equal(claim, Extract(sentence).Require("person:tom-hale", Stance.Denied, "making").Claim);

    [Fact]
    public void Making_up_stuff_with_the_particle_first_is_a_verdict_too() =>
        Assert.Equal("They are just making up stuff", Extract("\"They are just making up stuff,\" Hale added.").Require("person:tom-hale", Stance.Denied, "making up").Claim);

    [Fact]
    public void Making_up_the_difference_is_no_verdict() =>
        Extract("\"The port is making up the difference from its reserves,\" Hale said.").Require("person:tom-hale", Stance.Said, "making up");

    [Theory]
    [InlineData("Hale told the Gazette he \"strongly disagrees with unsubstantiated references to the harbour's safety culture\".")]
    [InlineData("\"We disagree with the false picture the report paints of the harbour,\" Hale said.")]
    public void Disagreeing_with_what_the_content_calls_false_denies(string sentence) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, "disagree");

    [Theory]
    [InlineData("\"The harbour report is a complete fallacy,\" Hale said.")]
    [InlineData("\"The harbour story is a canard spread by our rivals,\" Hale said.")]
    [InlineData("Hale said the claims against the harbour board were frivolous.")]
    [InlineData("Hale said the harbour report was innuendo from start to finish.")]
    public void Fallacies_canards_and_innuendo_are_verdicts(string sentence) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, "harbour");

    [Theory]
    [InlineData("Hale said the legal action was a \"concerted attack upon the harbour board which we completely reject\".", Stance.Denied)]
    [InlineData("Hale said the legal action was a \"concerted attack upon the harbour board which we completely reject\" and would fail.", Stance.Said)]
    [InlineData("Hale said the new rules were a reform of the harbour board that we welcome.", Stance.Said)]
    public void What_the_speakers_own_relative_clause_rejects_is_denied(string sentence, Stance stance) =>
        Extract(sentence).Require("person:tom-hale", stance, "harbour board");

    [Theory]
    [InlineData("Hale said in a statement that he expressed his \"strongest disagreement\" with the claims in the harbour report.", Stance.Denied)]
    [InlineData("Hale said he expressed disagreement with the allegations made by the dock union.", Stance.Denied)]
    [InlineData("Hale said he expressed disagreement with the new harbour tax on fuel.", Stance.Said)]
    public void A_disagreement_with_claims_denies_them(string sentence, Stance stance) =>
        Extract(sentence).Require("person:tom-hale", stance, "disagreement");

    [Theory]
    [InlineData("Hale denied the harbour reports, saying they spread \"false information based on false figures\".", "spread")]
    [InlineData("Hale said the harbour report circulated lies about the pier.", "circulated lies")]
    public void A_report_that_spreads_what_the_content_calls_false_is_denied(string sentence, string snippet) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, snippet);

    [Fact]
    public void Publishing_figures_is_said() =>
        Extract("Hale said it published new harbour figures on Monday.").Require("person:tom-hale", Stance.Said, "new harbour figures");

    [Fact]
    public void Disagreeing_with_a_plan_is_said() =>
        Extract("\"We disagree with the council's plan for the harbour,\" Hale said.").Require("person:tom-hale", Stance.Said, "disagree");

    [Fact]
    public void Making_it_up_to_someone_is_amends_not_a_verdict() =>
        Extract("\"We are making it up to the fans next season,\" Hale said.").Require("person:tom-hale", Stance.Said, "up to the fans");

    [Theory]
    [InlineData("Hale said the harbour claims led to what he called \"full-blown lies\" about the board.")]
    [InlineData("Hale said the harbour claims led to what he described as a fabrication about the board.")]
    public void What_the_speaker_called_lies_is_the_speakers_verdict(string sentence) =>
        Extract(sentence).Require("person:tom-hale", Stance.Denied, "harbour claims");

    [Fact]
    public void What_he_called_something_true_is_no_verdict() =>
        Extract("Hale said the harbour claims led to what he called \"a fair debate\" about the board.").Require("person:tom-hale", Stance.Said, "harbour claims");

    [Fact]
    public void Thin_air_without_out_of_is_no_verdict() =>
        Extract("\"The thin air up here slows the climbers,\" Hale said.").Require("person:tom-hale", Stance.Said, "thin air");

    [Theory]
    [InlineData("\"We believe that such false reporting unfairly damages the reputation of the harbour,\" Hale said.")]
    [InlineData("\"We will not allow others to make such false and defamatory statements about our harbour without defending ourselves,\" Hale said.")]
    public void Such_before_a_falsehood_adjective_qualifies_another_noun_and_denies_nothing(string sentence)
    {
        var doc = Extract(sentence);
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:tom-hale" && x.Stance == Stance.Said);
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Fact]
    public void Nowhere_near_denies()
    {
        var doc = Extract("\"The president was nowhere near this bungle,\" Hale said.");
        doc.Require("person:tom-hale", Stance.Denied, "nowhere near this bungle");
    }
    [Theory]
    [InlineData("\u201cLet\u2019s be clear, the issue of the altered report was not raised by the mayor's office,\u201d Hale said.")]
    [InlineData("\u201cLet me be clear, the issue of the altered report was not raised by the mayor's office,\u201d Hale said.")]
    public void A_lets_be_clear_opening_steps_aside_for_the_claim(string sentence)
    {
        var found = Extract(sentence).Require("person:tom-hale", Stance.Denied, "not raised");
        Assert.StartsWith("The issue of the altered report", found.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_verdict_denies_the_first_sentence_of_the_quotation_before_it()
    {
        var doc = Invented.Extract("verdict.txt",
            "The Northport Echo quoted Tom Hale as saying, \u201cThe ferry is already sold. Now we are just hoping the deal goes well.\u201d\n\n" +
            "\u201cNot true,\u201d says Jane Roe, a spokeswoman for Hale.");
        var roe = doc.Statements.Where(x => x.SpeakerId == "person:jane-roe").ToList();
        var denial = Assert.Single(roe);
        Assert.Equal(Stance.Denied, denial.Stance);
        Assert.Contains("already sold", denial.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void An_opening_mark_typed_for_an_apostrophe_opens_no_quotation()
    {
        var doc = Invented.Extract("verdict.txt",
            "Mayor Tom Hale told a magazine that the ferry was sold.\n\n" +
            "\u201cNot true,\u201d says Jane Roe, Hale\u2018s publicist, a firm denial that the ferry was sold.\n\n" +
            "According to the Northport Echo, Hale\u2018s lawyer Jon Bell said that while Hale did speak to the reporter, the quote was fabricated.");
        doc.Require("person:jon-bell", Stance.Denied, "the quote was fabricated");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:tom-hale" && x.Stance == Stance.Denied);
    }
}
