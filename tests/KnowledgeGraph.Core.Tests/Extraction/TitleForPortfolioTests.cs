using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Minister for Energy Tom Hale said …": "for" between a capitalised title and its portfolio belongs to the title as
/// "of" does ("Minister of Energy"), so the name after the portfolio is the subject, and "he" after it is that person;
/// what governs the whole title still governs the name ("in a letter to Minister for Energy Tom Hale"). Invented sentences.
/// </summary>
public sealed class TitleForPortfolioTests
{
    [Theory]
    [InlineData("Minister for Energy Tom Hale said that the government would need more money to end the power cuts.")]
    [InlineData("On Tuesday, Minister for Energy Tom Hale said that the government would need more money to end the power cuts.")]
    [InlineData("Deputy Minister for Health Tom Hale said that the government would need more money to end the power cuts.")]
    public void The_name_after_a_title_for_a_portfolio_is_the_subject(string sentence)
    {
        var doc = Invented.Extract("title.txt", "Power cuts go on\n\nJane Roe said the schedule was on the website.\n\n" + sentence +
            "\n\nHe added that two plants were out of service.");
        var hale = Assert.Single(doc.Entities, e => e.Name == "Tom Hale");
        doc.Require(hale.Id, Stance.Said, "more money");
        doc.Require(hale.Id, Stance.Said, "out of service");
    }

    [Fact]
    public void What_governs_the_title_governs_the_name()
    {
        var doc = Invented.Extract("title.txt", "Power cuts go on\n\nIn a letter to Minister for Energy Tom Hale the Harbour Workers Union said the plants were unsafe.");
        Assert.DoesNotContain(doc.Statements, s => doc.Entities.Any(e => e.Id == s.SpeakerId && e.Name == "Tom Hale"));
    }
}
