using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The People's National Party": a word the outlet table knows ("People", a magazine) that opens a party's name with
/// "'s" is part of that name, not the outlet; "denied Western claims": an English word before "claims" is no
/// organisation. Invented sentences.
/// </summary>
public sealed class PossessiveInstitutionTests
{
    [Theory]
    [InlineData("The People's National Party (PNP) said the land was sold to the factory owners.", "People's National Party")]
    [InlineData("The opposition People's Harbour Party said the land was sold to the factory owners.", "People's Harbour Party")]
    public void A_possessive_opening_a_partys_name_belongs_to_it(string sentence, string party)
    {
        var doc = Invented.Extract("party.txt", "Land dispute\n\n" + sentence);
        var speaker = Assert.Single(doc.Entities, e => e.Name == party);
        doc.Require(speaker.Id, Stance.Said, "land was sold");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "People");
    }

    [Fact]
    public void The_magazine_itself_is_still_the_outlet()
    {
        var doc = Invented.Extract("party.txt", "Land dispute\n\nThe land was sold to the factory owners, according to People magazine.");
        Assert.Contains(doc.Entities, e => e.Name == "People" && e.Kind == EntityKind.Institution);
    }

    [Theory]
    [InlineData("Iran initially denied Western claims that the missile hit the plane.", "Western")]
    [InlineData("The ministry rejected Opposition reports that the port was sold.", "Opposition")]
    public void One_english_word_between_a_verb_and_claims_is_no_organisation(string sentence, string word)
    {
        var doc = Invented.Extract("party.txt", "Land dispute\n\n" + sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name == word);
    }

    [Fact]
    public void A_name_between_a_verb_and_claims_still_speaks()
    {
        var doc = Invented.Extract("party.txt", "Land dispute\n\nThe ministry rejected Quorvex claims that the port was sold.");
        doc.Require("institution:quorvex", Stance.Said, "port was sold");
    }
}
