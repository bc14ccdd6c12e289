using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Celebrity and sports copy: slang verdicts ("called the story “B.S.”"), "is also a fake", a friend named after the
/// star's surname ("Spears pal Sam Lufti"), and an outlet named with an ampersand ("the Waterford News &amp; Star").
/// Invented sentences.
/// </summary>
public sealed class ShowbizReportTests
{
    [Theory]
    [InlineData("Her friend Sam Lufti called the magazine story \"B.S.\"")]
    [InlineData("Her friend Sam Lufti called the magazine story \"bullshit\".")]
    [InlineData("Her friend Sam Lufti said the magazine story was baloney.")]
    public void A_slang_verdict_denies(string sentence)
    {
        var doc = Invented.Extract("star.txt", "Singer Jane Roe is in Los Angeles.\n\n" + sentence);
        doc.Require("person:sam-lufti", Stance.Denied, "magazine story");
    }

    [Fact]
    public void A_verdict_after_also_denies()
    {
        var doc = Invented.Extract("star.txt", "Singer Jane Roe is in Los Angeles.\n\nRoe's representatives claim that the adoption rumour is also a fake.");
        doc.Require("person:jane-roe", Stance.Denied, "adoption rumour");
    }

    [Fact]
    public void Comments_called_imagined_are_denied()
    {
        var doc = Invented.Extract("star.txt", "Spokesman Tom Hale said the comments attributed to him are imagined.");
        doc.Require("person:tom-hale", Stance.Denied, "comments attributed to him");
    }

    [Fact]
    public void A_pal_named_after_the_stars_surname_is_the_speaker_and_the_surname_no_organisation()
    {
        var doc = Invented.Extract("star.txt", "Singer Jane Roe is in Los Angeles.\n\n" +
            "Anchor Kofi Mensah received a text message this morning from Roe pal Sam Lufti.\n\nRoe pal Sam Lufti said the story was made up.");
        doc.Require("person:sam-lufti", Stance.Denied, "story was made up");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Roe" && e.Kind == EntityKind.Institution);
    }

    [Fact]
    public void An_outlet_named_with_an_ampersand_keeps_its_whole_name()
    {
        var doc = Invented.Extract("club.txt", "The Harbour News & Star claimed on Thursday that the manager had left the club.");
        Assert.Contains(doc.Entities, e => e.Name == "Harbour News & Star" && e.Kind == EntityKind.Institution);
        Assert.Contains(doc.Statements, x => x.SpeakerId == doc.Entities.Single(e => e.Name == "Harbour News & Star").Id);
    }
    [Theory]
    [InlineData("Publicist Marilyn Lopez has denied the pregnancy rumours to E! News, saying the singer is not pregnant.", "E! News")]
    [InlineData("Singer Jane Roe denied the rumours to E! Online on Monday.", "E! Online")]
    public void An_outlet_whose_name_opens_with_a_letter_and_an_exclamation_mark_carries_the_denial(string sentence, string outlet)
    {
        var doc = Invented.Extract("star.txt", sentence);
        var carrier = doc.Entities.Single(e => e.Name == outlet);
        Assert.Contains(doc.Statements, x => x.Stance == Stance.Denied && x.ReportedBy.Contains(carrier.Id) && !x.Claim.Contains(" E", StringComparison.Ordinal));
    }

    [Fact]
    public void Adamant_without_that_states_the_clause_after_it()
    {
        var doc = Invented.Extract("state.txt", "However, speaking to a radio host this morning, Premier Tom Hale was adamant the accusations were baseless.");
        doc.Require("person:tom-hale", Stance.Denied, "accusations were baseless");
    }
    [Theory]
    [InlineData("The Harbour Enquirer and the Quay Post are both claiming Roe is upset about the show.")]
    [InlineData("The Harbour Enquirer and the Quay Post both claimed Roe is upset about the show.")]
    public void Two_outlets_with_a_floating_both_each_claim(string sentence)
    {
        var doc = Invented.Extract("star.txt", "Singer Jane Roe appeared on the talk show.\n\n" + sentence);
        var claimants = doc.Statements.Where(x => x.Evidence.Contains("upset about the show", StringComparison.Ordinal)).Select(x => x.SpeakerId).ToHashSet();
        Assert.Equal(2, claimants.Count);
        Assert.DoesNotContain("person:jane-roe", claimants);
    }
    [Theory]
    [InlineData("The Harbour Gazette also confirmed with a rep for Roe that the allegations, which first appeared in a tabloid, are untrue.")]
    [InlineData("The Harbour Gazette confirmed with Roe's camp that these stories are untrue.")]
    public void What_an_outlet_confirmed_with_someone_is_that_ones_statement(string sentence)
    {
        var doc = Invented.Extract("star.txt", "Talk show host Jane Roe is retired.\n\n" + sentence);
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:jane-roe" && x.Stance == Stance.Denied);
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId != "person:jane-roe");
    }
    [Theory]
    [InlineData("Jane Roe Shoots Down Engagement Rumors\n\nThe singer spoke on her website on Monday.")]
    [InlineData("Harbour news\n\nSinger Jane Roe played down the engagement rumours on Monday.")]
    public void Shooting_or_playing_down_rumours_denies_them_without_a_that_clause(string text)
    {
        var doc = Seeds.Extract("star.txt", text);
        Assert.Contains(doc.Statements, x => x.SpeakerId == "person:jane-roe" && x.Stance == Stance.Denied &&
            x.Claim.Contains("ngagement", StringComparison.Ordinal));
    }

    [Fact]
    public void Shooting_down_a_plane_is_no_denial()
    {
        var doc = Invented.Extract("war.txt", "The air force shot down a drone near the harbour on Monday.");
        Assert.DoesNotContain(doc.Statements, x => x.Stance == Stance.Denied);
    }
    [Fact]
    public void Lashing_out_against_reports_denies_them()
    {
        var doc = Invented.Extract("star.txt", "Singer Jane Roe is in Los Angeles.\n\nRoe lashed out against reports that she is pregnant with twins.");
        doc.Require("person:jane-roe", Stance.Denied, "pregnant with twins");
    }
}
