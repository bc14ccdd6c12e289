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
}
