using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// A minister's media release is signed with a line that is only the minister's name under courtesy titles ("Senator
/// the Hon Jane Roe"), then lines of offices; its paragraphs are hers, as an organisation's own release is its. Only on a
/// page marked as a release ("Release type: Media Release"). Invented text.
/// </summary>
public sealed class SignedReleaseTests
{
    private const string Body =
        "Statement in response to claims by Mr Tom Reyes\n\n" +
        "Senator the Hon Jane Roe\n\nMinister for Ports\n\nSenator for Tasmania\n\n" +
        "It is absolutely clear from the evidence that the claims about the harbour terminal are simply false.\n\n" +
        "The terminal will stay in public hands and the board will publish its accounts in May.";

    [Theory]
    [InlineData("Release type: Media Release\n\n")]
    [InlineData("Media Release\n\n")]
    public void A_release_signed_by_a_named_minister_is_hers(string label)
    {
        var doc = Seeds.Extract("release.txt", label + Body);
        doc.Require("person:jane-roe", Stance.Denied, "claims about the harbour terminal are simply false");
        doc.Require("person:jane-roe", Stance.Said, "stay in public hands");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.StartsWith("Minister for Ports", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_line_on_a_news_page_signs_nothing()
    {
        var doc = Seeds.Extract("news.txt", "Harbour dispute\n\n" + Body);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("stay in public hands", StringComparison.Ordinal));
    }

    [Fact]
    public void A_labelled_release_type_marks_a_press_release()
    {
        Assert.True(ArticleAnalysis.PressReleasePage(null, "Release type: Media Release\n\nStatement on the port"));
        Assert.False(ArticleAnalysis.PressReleasePage(null, "Harbour dispute\n\nThe port said a fake media release was circulating."));
    }
    private const string SignedAtFoot =
        "Governor's statement on the county officers\n\n" +
        "I have noted with dismay social media posts alleging that nine county officers have been blocked from their offices.\n\n" +
        "These reports are inaccurate, outrageous and misleading.\n\n" +
        "The true picture is that the officers have reported back to work after their annual leave.\n\n" +
        "So far, none of the officers has reported to me that he or she has been unable to get back to the office.\n\n" +
        "Thank you.\n\n";

    [Theory]
    [InlineData("H.E JOHN OBIERO KAMAU.\n\nGOVERNOR, HARBOUR COUNTY.")]
    [InlineData("HON. JOHN OBIERO KAMAU")]
    public void A_first_person_statement_signed_at_its_foot_is_the_signers(string signature)
    {
        var doc = Seeds.Extract("signed.txt", SignedAtFoot + signature);
        var signer = doc.Entities.Single(e => e.Name == "John Obiero Kamau");
        Assert.Equal(EntityKind.Person, signer.Kind);
        doc.Require(signer.Id, Stance.Denied, "inaccurate, outrageous and misleading");
        doc.Require(signer.Id, Stance.Said, "reported back to work");
    }

    [Fact]
    public void A_press_contact_under_an_organisations_release_signs_nothing()
    {
        var doc = Seeds.Extract("contact.txt", "Statement from the university\n\nWe have been informed of a false allegation about a student.\n\n" +
            "Our investigation indicates that the post was not linked to any university address.\n\nWe will investigate those who made it.\n\n" +
            "Contact: Judy Glasser");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:judy-glasser");
    }
}
