using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "He alleged that … - claims Ms Ruddock vehemently denied": a framing noun after a dash or comma that opens a relative
/// clause with no "which" makes the clause's subject deny what the statement before it said; "claims" there is no verb.
/// Invented sentences.
/// </summary>
public sealed class ZeroRelativeTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("zerorelative.txt", body);

    [Theory]
    [InlineData("Tom Verner alleged that the mayor had met the developers at her office - claims Ms Ruddock vehemently denied.", "claims Ms Ruddock")]
    [InlineData("Tom Verner alleged that the mayor had met the developers at her office, allegations Ms Ruddock has denied.", "allegations Ms Ruddock")]
    [InlineData("Tom Verner alleged that the mayor had met the developers at her office \u2014 claims Ms Ruddock rejected on Monday.", "claims Ms Ruddock")]
    public void The_subject_of_the_relative_denies_what_the_statement_before_said(string sentence, string evidence)
    {
        var doc = Extract("Councillor Tom Verner and Mayor Jane Ruddock met in March. " + sentence);
        var denial = doc.Require("person:jane-ruddock", Stance.Denied, evidence);
        Assert.Contains("met the developers", denial.Claim, StringComparison.Ordinal);
        Assert.DoesNotContain("Ruddock", denial.Claim, StringComparison.Ordinal);
        doc.Require("person:tom-verner", Stance.Said, "alleged that the mayor");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:tom-verner" && s.Evidence.StartsWith("claims", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_claims_with_its_subject_after_it_stays_a_verb()
    {
        var doc = Extract("Councillor Tom Verner and Mayor Jane Ruddock met in March. The harbour dam is unsafe, claims Tom Verner.");
        doc.Require("person:tom-verner", Stance.Said, "dam is unsafe");
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Denied);
    }

    [Theory]
    [InlineData("Picture: Sam Pettit")]
    [InlineData("Picture Sam Pettit")]
    public void A_photographer_credited_under_a_caption_is_not_the_next_he(string credit)
    {
        var doc = Extract("Mayor Jane Ruddock spoke on Monday. Councillor Tom Verner told the Harbour Times that the mayor had misled the council.\n\n" +
            "Ms Ruddock and Mr Verner at the town hall in 2019. " + credit + "\n\n" +
            "He alleged that the mayor had met the developers at her office.");
        doc.Require("person:tom-verner", Stance.Said, "He alleged");
    }
}
