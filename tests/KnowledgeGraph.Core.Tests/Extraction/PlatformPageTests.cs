using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Facebook page “Youth TV News” shared … and wrote …": the page or account named after a platform speaks, not the
/// platform's company. Invented sentences.
/// </summary>
public sealed class PlatformPageTests
{
    [Theory]
    [InlineData("Facebook page \u201CHarbour Youth News\u201D shared a picture of the hospital and wrote that the hospital had been sealed.", "Harbour Youth News")]
    [InlineData("The Facebook page Harbour Daily Updates wrote that the hospital had been sealed.", "Harbour Daily Updates")]
    public void The_page_named_after_the_platform_speaks(string sentence, string page)
    {
        var doc = Invented.Extract("page.txt", "Hospital row\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(page, doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }

    [Fact]
    public void A_platform_with_no_page_named_still_speaks() =>
        Assert.Equal("institution:meta", Assert.Single(Invented.Extract("page.txt", "Hospital row\n\nFacebook said the hospital post had been removed.").Statements).SpeakerId);
}
