using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Director Army Public Relations, Brigadier General Mohammed Yerima …": plain English words after a title, none a given
/// name or a surname, are the office's portfolio, no person; the person named after it speaks. A name after a title
/// keeps being a person ("Director Jane Harbour"), and plain words closed by "Today" after an outlet's word are an outlet
/// ("Harbour Mail Today"), not the person they were read as. Invented sentences.
/// </summary>
public sealed class TitlePortfolioTests
{
    [Fact]
    public void The_portfolio_is_no_person_and_the_officer_speaks()
    {
        var doc = Invented.Extract("portfolio.txt", "Army row\n\nDirector Army Public Relations, Brigadier General Tunde Okafor in a statement on Monday, " +
            "dismissed the allegation as false.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Public Relations", StringComparison.Ordinal));
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("Tunde Okafor", Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
    }

    [Fact]
    public void A_name_after_a_title_is_a_person()
    {
        var doc = Invented.Extract("portfolio.txt", "Army row\n\nDirector Jane Harbour said the allegation was false.");
        Assert.Equal(EntityKind.Person, Assert.Single(doc.Entities, e => e.Name == "Jane Harbour").Kind);
    }

    [Fact]
    public void Plain_words_closed_by_today_after_an_outlets_word_are_an_outlet_not_a_person()
    {
        var doc = Invented.Extract("portfolio.txt", "Army row\n\nPort director Maria Okafor told Harbour Mail Today that the terminal would open in May.");
        Assert.Equal(EntityKind.Institution, Assert.Single(doc.Entities, e => e.Name == "Harbour Mail Today").Kind);
    }
}
