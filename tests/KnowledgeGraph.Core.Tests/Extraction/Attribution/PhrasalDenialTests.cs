using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Verbs that deny only with their particle ("brushed aside", "pushed back on", "played down") deny nothing without
/// it inside a quotation ("it brushes the line of …", "did not push through", "playing soothsayer"); with it, the claim
/// starts after the particle and the framing noun. A verb of seeming is a verdict's copula when a claim is its subject.
/// A weekday right after the verb is no part of a quotation that follows. A quotation that starts again after an early
/// colon ("I'll be as clear as I can be: X categorically denies …") denies by its verb there. A denial verb negated over a
/// that-clause or a report ("we do not deny that …") concedes. Invented sentences.
/// </summary>
public sealed class PhrasalDenialTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("phrasal.txt", "Harbour board\n\nCouncil president Linda Scott spoke on Monday about the harbour report.\n\n" + sentence);

    [Theory]
    [InlineData("\u201cIn my opinion, it brushes the line of moral turpitude, a removable offense,\u201d Scott said.", "brushes the line")]
    [InlineData("\u201cThe meeting with the harbour board did push through in the end,\u201d Scott said.", "push through")]
    [InlineData("\u201cLet us focus on the harbour rather than playing soothsayer about the sale,\u201d Scott said.", "playing soothsayer")]
    public void Without_its_particle_the_verb_denies_nothing(string sentence, string snippet)
    {
        var said = Extract(sentence).Require("person:linda-scott", Stance.Said, snippet);
        Assert.Contains(snippet, said.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u201cWe brushed aside the claims that the port was sold,\u201d Scott said.")]
    [InlineData("\u201cWe pushed back on claims that the port was sold,\u201d Scott said.")]
    [InlineData("Scott has smacked down claims that the port was sold.")]
    [InlineData("Scott slapped down the allegation that the port was sold.")]
    [InlineData("Scott waved off reports that the port was sold.")]
    [InlineData("Scott swatted away suggestions that the port was sold.")]
    public void With_its_particle_it_denies_the_claim_after_the_framing_noun(string sentence)
    {
        var denied = Extract(sentence).Require("person:linda-scott", Stance.Denied, "port was sold");
        Assert.Equal("The port was sold", denied.Claim);
    }

    [Theory]
    [InlineData("Scott waved off the crowd at the harbour gate.")]
    [InlineData("Scott slapped the table and left the meeting.")]
    public void A_particle_verb_with_no_claim_is_no_denial(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Statements, x => x.Stance == Stance.Denied);

    [Fact]
    public void A_load_of_bloody_rubbish_is_a_verdict() =>
        Assert.Equal("The accusations", Extract("Scott described the accusations as a \"load of bloody rubbish\".").Require("person:linda-scott", Stance.Denied, "rubbish").Claim);

    [Theory]
    [InlineData("Scott said such charges sounded completely baseless.", Stance.Denied)]
    [InlineData("Scott said the claims seemed false to her.", Stance.Denied)]
    [InlineData("Scott said the harbour looked wonderful on Monday.", Stance.Said)]
    public void A_verb_of_seeming_carries_a_verdict_on_a_claim(string sentence, Stance stance) =>
        Assert.Equal(stance, Assert.Single(Extract(sentence).Statements, x => x.SpeakerId == "person:linda-scott").Stance);

    [Fact]
    public void A_weekday_after_the_verb_is_no_part_of_the_quotation()
    {
        var said = Extract("Scott said Tuesday \"countless visitors have toured the harbour and found it safe for ferries.\"")
            .Require("person:linda-scott", Stance.Said, "countless visitors");
        Assert.StartsWith("Countless visitors", said.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u201cI'll be as clear as I can possibly be: the harbour board categorically denies the allegations in the report,\u201d Scott said.", "allegations in the report")]
    [InlineData("\u201cLet me say this: we deny that the port was sold,\u201d Scott said.", "port was sold")]
    public void A_denial_after_a_colon_early_in_the_quotation_denies(string sentence, string snippet) =>
        Extract(sentence).Require("person:linda-scott", Stance.Denied, snippet);

    [Fact]
    public void A_plan_after_a_colon_stays_said() =>
        Extract("\u201cHere is the plan: we build the port and open it in May,\u201d Scott said.").Require("person:linda-scott", Stance.Said, "open it in May");

    [Theory]
    [InlineData("\u201cWe do not deny that the port was sold,\u201d Scott said.", "port was sold")]
    [InlineData("Scott said she did not dispute the reports that the harbour was closed.", "harbour was closed")]
    public void A_denial_verb_negated_over_a_clause_or_a_report_concedes(string sentence, string snippet)
    {
        var doc = Extract(sentence);
        var said = doc.Require("person:linda-scott", Stance.Said, snippet);
        Assert.Contains("not", said.Claim, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }

    [Fact]
    public void Refusing_someone_something_stays_a_negation() =>
        Extract("\u201cWe're not denying anyone a bed at the harbour clinic,\u201d Scott said.").Require("person:linda-scott", Stance.Denied, "denying anyone a bed");
}
