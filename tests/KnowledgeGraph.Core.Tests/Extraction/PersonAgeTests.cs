using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A number in parentheses after a name is a person's age ("Scott Harben (42)"), not a stock ticker: the name stays a
/// person and later mentions by surname join it. Tickers keep marking listed companies. Invented text.
/// </summary>
public sealed class PersonAgeTests
{
    [Fact]
    public void A_name_with_an_age_in_parentheses_is_a_person()
    {
        var doc = Invented.Extract("age.txt", "Giving evidence yesterday, Maria Okafor Reyes (42) said that the fight had been short.\n\n" +
            "She faces one charge of assault, which she denies.\n\nMs Reyes said she was calm during the fight.");
        var entity = Assert.Single(doc.Entities, e => e.Name == "Maria Okafor Reyes");
        Assert.Equal(EntityKind.Person, entity.Kind);
        doc.Require(entity.Id, Stance.Said, "fight had been short");
        doc.Require(entity.Id, Stance.Said, "calm during the fight");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Reyes");
    }

    [Theory]
    [InlineData("Quintbank Holdings (QBH) said that the fight had been short.")]
    [InlineData("Quintbank Holdings (7203.T) said that the fight had been short.")]
    public void A_ticker_in_parentheses_still_marks_a_company(string sentence)
    {
        var entity = Assert.Single(Invented.Extract("ticker.txt", sentence).Entities, e => e.Name == "Quintbank Holdings");
        Assert.Equal(EntityKind.Institution, entity.Kind);
    }
}
