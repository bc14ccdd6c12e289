using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The Communications and Informatics Ministry said …": a portfolio word that is also a firm's head ("Communications"),
/// "and", then words closed by "Ministry", is one ministry's name; "Verizon Communications and the ministry" stay apart.
/// Invented sentences.
/// </summary>
public sealed class PortfolioHeadBeforeMinistryTests
{
    [Theory]
    [InlineData("The Communications and Informatics Ministry said the quake report was a hoax.", "Communications and Informatics Ministry")]
    [InlineData("The Communications and Transport Ministry said the quake report was a hoax.", "Communications and Transport Ministry")]
    public void Portfolios_joined_before_ministry_make_one_name(string sentence, string name)
    {
        var doc = Invented.Extract("ministry.txt", "Ministry denies hoax\n\n" + sentence);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("quake", StringComparison.Ordinal));
        var speaker = doc.Entities.Single(e => e.Id == s.SpeakerId);
        Assert.Equal((EntityKind.Institution, name), (speaker.Kind, speaker.Name));
    }

    [Fact]
    public void A_firm_and_a_ministry_stay_two()
    {
        var doc = Invented.Extract("ministry.txt", "Firm denies hoax\n\nHarbour Communications and the Transport Ministry said the quake report was a hoax.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Communications and", StringComparison.Ordinal));
    }
}
