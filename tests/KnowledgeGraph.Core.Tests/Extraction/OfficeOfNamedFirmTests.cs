using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The CEO of Zorvex, Harland's second-largest telecoms company, has ruled out …": the one-word name after an office
/// and "of" is the organisation the office holder serves, never the office holder's own name, even where the name lists
/// know the word; the office holder is the person the article names in that office. An apposition that opens with a
/// place's possessive ("Harland's second-largest … company") describes an organisation as "the" would. Invented sentences.
/// </summary>
public sealed class OfficeOfNamedFirmTests
{
    [Theory]
    [InlineData("The CEO of Kelly, a telecoms company, has firmly ruled out a cyber attack as the cause of the outage.")]
    [InlineData("The chairman of Kelly has firmly ruled out a cyber attack as the cause of the outage.")]
    public void The_name_after_an_office_and_of_is_the_organisation(string lead)
    {
        var doc = Invented.Extract("office.txt", lead + "\n\nKelly CEO, Maria Okafor, addressed reporters on Monday.\n\nShe attributed the outage to a hardware fault.");
        Assert.Contains(doc.Entities, e => e.Name == "Kelly" && e.Kind == EntityKind.Institution);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Kelly" && e.Kind == EntityKind.Person);
        var okafor = Assert.Single(doc.Entities, e => e.Name == "Maria Okafor");
        doc.Require(okafor.Id, Stance.Said, "hardware fault");
    }

    [Fact]
    public void A_possessive_apposition_describes_an_organisation()
    {
        var doc = Invented.Extract("office.txt", "Title\n\nZorvex, Harland\u2019s second-largest telecoms company, said the outage was caused by a hardware fault.");
        Assert.Contains(doc.Entities, e => e.Name == "Zorvex" && e.Kind == EntityKind.Institution);
    }

    [Fact]
    public void An_office_holder_named_after_the_office_and_a_portfolio_is_still_a_person()
    {
        var doc = Invented.Extract("office.txt", "The Minister of Foreign Affairs Tom Hale said the talks would resume on Monday.");
        Assert.Contains(doc.Entities, e => e.Name == "Tom Hale" && e.Kind == EntityKind.Person);
    }
}
