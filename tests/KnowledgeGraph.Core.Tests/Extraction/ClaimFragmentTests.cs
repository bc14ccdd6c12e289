using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>Constructions that gave one- or two-word claims ("Radar's", "With contempt", "Happened") give whole ones or none.</summary>
public sealed class ClaimFragmentTests
{
    [Theory]
    [InlineData("Ann Lee said Radar\u2019s report was untrue.", "Radar's report")]
    [InlineData("Ann Lee said the Daily Star\u2019s story was completely false.", "The Daily Star's story")]
    public void A_possessive_before_a_verdict_is_part_of_the_subject_not_its_copula(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("possessive.txt", sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal(claim, s.Claim);
    }

    [Fact]
    public void A_quoted_manner_after_a_denial_verb_is_skipped_and_the_claims_after_it_are_a_noun()
    {
        var doc = Invented.Extract("manner.txt",
            "The Ministry of Transport has dismissed \u201Cwith contempt\u201D claims by a newspaper that the port was sold.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal("The port was sold", s.Claim);
    }

    [Fact]
    public void Something_a_speaker_said_never_happened_is_the_clause_before_it_denied()
    {
        var doc = Invented.Extract("echo.txt",
            "A newspaper reported that the port was sold to a rival, something Maria Okafor said never happened.");

        var s = Assert.Single(doc.Statements);
        Assert.Equal("Maria Okafor", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal("The port was sold to a rival", s.Claim);
    }

    [Fact]
    public void A_name_before_something_someone_said_is_not_the_speaker()
    {
        var doc = Invented.Extract("echo-unnamed.txt",
            "A newspaper reported that Ed Barbini resigned on Monday, something the mayor said never happened.");

        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void Where_a_press_conference_was_held_is_no_claim()
    {
        var doc = Invented.Extract("conference.txt",
            "Maria Okafor said during her daily press conference at the National Palace in Mexico City.");

        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void A_that_after_a_noun_introduced_by_as_is_its_relative_not_the_content()
    {
        var s = Assert.Single(Invented.Extract("as-relative.txt",
            "The Northgate Port Authority described the island as a state that sponsors piracy.").Statements);
        Assert.Equal("The island as a state that sponsors piracy", s.Claim);
    }

    [Fact]
    public void An_outlets_report_called_false_is_its_words_without_the_verdict()
    {
        var doc = Invented.Extract("report-verdict.txt",
            "Port director Maria Okafor has labelled a Harbour Gazette report that more money is to be spent on Mayor Tom Baker's " +
            "Elm Street home a \u2018complete invention\u2019.");

        var s = Assert.Single(doc.Statements, x => x.Rule == "outlet-report");
        Assert.Equal("More money is to be spent on Mayor Tom Baker's Elm Street home", s.Claim);
    }
}
