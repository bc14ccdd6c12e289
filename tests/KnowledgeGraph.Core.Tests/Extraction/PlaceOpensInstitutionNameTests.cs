using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Kenya Power and Lighting Company said …", "the Taranaki Daily News reported", "Sri Lanka Cricket has denied …": a
/// place of up to three words right before an organisation's capitalised name, or before a name speaking as an
/// organisation, opens that name, which then wins over the place; after "of" the place is a title's ("Chief Justice of
/// India Tom Hale"), and a possessive place owns the organisation ("Kenya's Harbour Board"). Invented sentences.
/// </summary>
public sealed class PlaceOpensInstitutionNameTests
{
    [Theory]
    [InlineData("Kenya Power and Lighting Company said the bills were correct.", "Kenya Power and Lighting Company")]
    [InlineData("Harbour residents told the Taranaki Daily News the bills were correct.", "Taranaki Daily News")]
    [InlineData("South Africa Police Service said the bills were correct.", "South Africa Police Service")]
    [InlineData("Sri Lanka Cricket has denied that the bills were wrong.", "Sri Lanka Cricket")]
    [InlineData("America Zentrova said the bills were correct.", "America Zentrova")]
    [InlineData("HARARE (Reuters) - New Zealand Rugby said the bills were correct.", "New Zealand Rugby")]
    public void The_place_opens_the_name(string sentence, string name)
    {
        var doc = Invented.Extract("place.txt", "Bills row\n\n" + sentence);
        Assert.Contains(doc.Entities, e => e.Name == name && e.Kind == EntityKind.Institution);
    }

    [Fact]
    public void A_person_after_a_place_keeps_their_name()
    {
        var doc = Invented.Extract("place.txt", "Bills row\n\nIn Kenya Jane Wambui said the bills were correct.");
        Assert.Contains(doc.Entities, e => e.Name == "Jane Wambui" && e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_place_after_of_belongs_to_the_title()
    {
        var doc = Invented.Extract("place.txt", "Custody row\n\nChief Justice of India Tom Hale Enterprises Ltd said the custody deaths were a concern.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("India ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_place_owns_the_organisation()
    {
        var doc = Invented.Extract("place.txt", "Bills row\n\nKenya's Harbour Power Company said the bills were correct.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Kenya's", StringComparison.Ordinal) || e.Name.StartsWith("Kenya Harbour", StringComparison.Ordinal));
    }
}
