using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Words that make a name an organisation's wherever they stand in it, in the languages news quotes names from
/// ("Fundación Bancaria Unicaja", "Banco Sabadell", "Atlético Madrid") and "Chemical" ("Dow Chemical"): not a person's
/// name, even when its first word is a given name; "General" before a plain word ("the General Election") is no title.
/// Invented sentences.
/// </summary>
public sealed class InstitutionOpenerTests
{
    [Theory]
    [InlineData("Fundación Bancaria Quintero said it owns half the bank.", "Fundación Bancaria Quintero")]
    [InlineData("Dow Chemical said the plant was safe.", "Dow Chemical")]
    [InlineData("Banco Quintero said it had held no talks with the lender.", "Banco Quintero")]
    [InlineData("Sporting Tarsk said the player would stay.", "Sporting Tarsk")]
    public void An_organisations_word_makes_the_name_an_institution(string sentence, string name)
    {
        var doc = Invented.Extract("opener.txt", "Bank talks\n\n" + sentence);
        Assert.Equal(EntityKind.Institution, Assert.Single(doc.Entities, e => e.Name == name).Kind);
    }

    [Fact]
    public void A_persons_name_without_such_a_word_stays_a_person()
    {
        var doc = Invented.Extract("opener.txt", "Bank talks\n\nDow Quintero said the plant was safe.");
        Assert.Equal(EntityKind.Person, Assert.Single(doc.Entities, e => e.Name == "Dow Quintero").Kind);
    }

    [Theory]
    [InlineData("The party said it would win the General Election in May.", "Election")]
    [InlineData("The ministry said the General Staff had approved the harbour plan.", "Staff")]
    public void General_before_a_plain_word_is_no_generals_title(string sentence, string word)
    {
        var doc = Invented.Extract("opener.txt", "Harbour vote\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Person && e.Name.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void General_before_a_surname_is_a_generals_title()
    {
        var doc = Invented.Extract("opener.txt", "Harbour vote\n\nGeneral Quintero said the harbour plan had been approved.");
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Person && e.Name.Contains("Quintero", StringComparison.Ordinal));
    }
}
