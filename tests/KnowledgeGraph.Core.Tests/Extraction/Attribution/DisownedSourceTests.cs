using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// What no one is shown to have said: a document the text disowns ("the fake statement", "the viral message"), and a
/// speaker inside the content of a speech verb with no speaker of its own ("Reports claimed that X announced …").
/// Invented sentences.
/// </summary>
public sealed class DisownedSourceTests
{
    [Theory]
    [InlineData("The Presidency of Norvia dismissed a statement attributed to President Musa Bello.\n\nThe fake statement claimed that President Bello announced a cut in his salary.")]
    [InlineData("Harbour news spread on Monday.\n\nA viral message claims that the port of Norvale will close in May.")]
    [InlineData("Harbour news spread on Monday.\n\nA purported memo said the port of Norvale would close in May.")]
    public void A_disowned_document_speaks_for_no_one(string body)
    {
        var doc = Invented.Extract("disowned.txt", body);
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Said && s.Claim.Contains("port", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:musa-bello");
    }

    [Fact]
    public void The_message_after_a_viral_message_was_called_fake_is_not_its_debunkers()
    {
        var doc = Invented.Extract("disowned.txt", "Communications Minister Aziz Rahman said the viral message was fake.\n\nThe message claims that Norvia has imposed sanctions on four local firms.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("person:aziz-rahman", Stance.Denied), (s.SpeakerId, s.Stance));
    }

    [Fact]
    public void The_statement_an_issuer_released_still_speaks_for_it()
    {
        var doc = Invented.Extract("issued.txt", "Northgate Bank issued a statement on Monday.\n\nThe statement said the bank would open four branches.");
        Assert.Equal("institution:northgate-bank", Assert.Single(doc.Statements).SpeakerId);
    }

    [Theory]
    [InlineData("Reports claimed that President Musa Bello announced a cut in his salary.")]
    [InlineData("The sources reported that Northgate Bank managers had said a merger was unrealistic.")]
    public void A_speaker_inside_unattributed_content_is_not_shown_to_have_spoken(string sentence) =>
        Assert.Empty(Invented.Extract("unattributed.txt", sentence).Statements);

    [Theory]
    [InlineData("Finance minister Ada Obi said that President Musa Bello denied a cut in his salary.")]
    [InlineData("Finance minister Ada Obi said President Musa Bello denied a cut in his salary.")]
    public void A_title_after_that_goes_with_the_name_not_with_a_demonstrative(string sentence)
    {
        var s = Assert.Single(Invented.Extract("that.txt", sentence).Statements);
        Assert.Equal("person:musa-bello", s.SpeakerId);
        Assert.Contains("person:ada-obi", s.ReportedBy);
    }

    [Fact]
    public void A_name_after_reports_that_is_still_a_speaker_of_a_later_clause()
    {
        var doc = Invented.Extract("later.txt", "Although reports suggest that Lena Vance is leaving the club, a spokesman for Vance denied the rumours.");
        Assert.Equal(Stance.Denied, doc.Require("person:lena-vance", Stance.Denied, "denied the rumours").Stance);
    }

    [Theory]
    [InlineData("It came after claims by consultant Lena Vance that she was part of a team tasked with disrupting the campaign.", "person:lena-vance", "part of a team")]
    [InlineData("The council refuted remarks made by Senator Tom Reyes that the council often stirs up old disputes.", "person:tom-reyes", "stirs up old disputes")]
    public void A_claim_noun_by_a_named_owner_is_the_owners_statement(string sentence, string owner, string snippet) =>
        Invented.Extract("claimby.txt", sentence).Require(owner, Stance.Said, snippet);

    [Theory]
    [InlineData("Claims by critics that the council stirs up old disputes were dismissed.")]
    [InlineData("Claims of corruption by Norvale that the council took bribes were dismissed.")]
    public void A_claim_noun_by_no_named_owner_is_nobodys(string sentence) =>
        Assert.DoesNotContain(Invented.Extract("claimby.txt", sentence).Statements, s => s.Stance == Stance.Said);

    [Theory]
    [InlineData("The Harbour Ledger has denied claims it reported Norvia as the first country to leave the pact.", "institution:harbour-ledger", "Norvia")]
    [InlineData("Minister Ada Obi rejected allegations that the governor had said the port was for sale.", "person:ada-obi", "port was for sale")]
    public void A_speech_verb_inside_denied_claims_is_part_of_what_was_denied(string sentence, string denier, string snippet)
    {
        var s = Assert.Single(Invented.Extract("framed.txt", sentence).Statements);
        Assert.Equal((denier, Stance.Denied), (s.SpeakerId, s.Stance));
        Assert.Contains(snippet, s.Claim, StringComparison.Ordinal);
    }
}
