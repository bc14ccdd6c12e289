using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Ms Agnew said lies had been spread by the alleged victims": content that opens with what it calls false and says it
/// was put about is a denial, as "they spread lies" is; something plainly spread is no verdict. Invented sentences.
/// </summary>
public sealed class SpreadFalsehoodTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("spread.txt", "Mayor Jane Ruddock spoke on Monday.\n\n" + sentence);

    [Theory]
    [InlineData("Ms Ruddock said lies had been spread by the developers.", "Lies had been spread")]
    [InlineData("Ms Ruddock said false rumours were circulated by her rivals.", "False rumours were circulated")]
    public void Falsehoods_put_about_by_someone_are_denied(string sentence, string claim) =>
        Assert.StartsWith(claim, Extract(sentence).Require("person:jane-ruddock", Stance.Denied, "said").Claim, StringComparison.Ordinal);

    [Fact]
    public void Leaflets_spread_about_are_no_verdict() =>
        Extract("Ms Ruddock said leaflets had been spread across the town.").Require("person:jane-ruddock", Stance.Said, "leaflets");
}
