using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Ministries named the long way, on invented articles: a second portfolio after "and" belongs to the same ministry
/// ("the Ministry of Foreign Affairs and Regional Integration"), and a national site's unqualified foreign ministry is its
/// own country's when the article names that country, even if it names another more often.
/// </summary>
public sealed class MinistryNameTests
{
    [Theory]
    [InlineData("The Ministry of Foreign Affairs and Regional Integration said the plan was dropped.", "Regional Integration")]
    [InlineData("The Ministry of Foreign Affairs and Trade said the plan was dropped.", "Trade")]
    public void A_second_portfolio_after_and_is_the_same_ministrys(string sentence, string portfolio)
    {
        var doc = Invented.Extract("ministry.txt", sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name == portfolio);
        var speaker = Assert.Single(doc.Statements).SpeakerId;
        Assert.StartsWith("Ministry of Foreign Affairs", doc.Entities.Single(e => e.Id == speaker).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ministry_and_another_body_after_and_stay_two()
    {
        var doc = Invented.Extract("ministry.txt", "The Ministry of Health and the Harbour Board said the clinic was open.");
        Assert.Contains(doc.Entities, e => e.Name == "Harbour Board");
    }

    [Fact]
    public void A_national_sites_unqualified_foreign_ministry_is_its_own_countrys()
    {
        var doc = Seeds.Extract("ghana.txt", "URL: https://www.pulse.com.gh/news/local/migrants\n\nMigrants plan\n\n" +
            "The Ministry of Foreign Affairs said Ghana has not engaged with the UK on any such plan. The UK plan was reported by a UK " +
            "newspaper on Monday, and UK officials declined to comment on the UK document.");
        var speaker = doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId);
        Assert.Equal("Ministry of Foreign Affairs of Ghana", speaker.Name);
    }

    [Fact]
    public void A_report_called_false_keeps_its_verdict_out_of_the_outlets_claim()
    {
        var doc = Invented.Extract("ministry.txt", "Quimby Motors said a report by the Nikkei that it would slash production this year was \"completely incorrect\".");
        Assert.Equal(Stance.Said, doc.Require("institution:nikkei", Stance.Said, "slash production").Stance);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:nikkei" && s.Stance == Stance.Denied);
    }
}
