using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Names kinded by the grammar around them, on invented sentences: a one-word name taking a plural verb is a team or a
/// firm ("Quimbola have rejected …", "Quimbola deny …"); a given name and a street word with a person's role set off
/// after it is a person ("David Lane, Churchill's lawyer, said"); a headline's capitalised description is no name
/// ("Big Easy Cops Deny …").
/// </summary>
public sealed class NameFromGrammarTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("grammar-names.txt", body);

    [Theory]
    [InlineData("Quimbola have rejected speculation that their coach is on his way out of the club.", Stance.Denied, "their coach is on his way out")]
    [InlineData("Quimbola deny reports that the coach has resigned after the defeat.", Stance.Denied, "the coach has resigned")]
    [InlineData("The season is over. But Quimbola insist that the coach will stay for another year.", Stance.Said, "the coach will stay")]
    public void A_one_word_name_taking_a_plural_verb_is_an_organisation(string sentence, Stance stance, string snippet)
    {
        var doc = Extract(sentence);
        var club = Assert.Single(doc.Entities, e => e.Name == "Quimbola");
        Assert.Equal(EntityKind.Institution, club.Kind);
        doc.Require(club.Id, stance, snippet);
    }

    [Fact]
    public void A_name_after_a_noun_takes_no_kind_from_the_plural_verb_after_it()
    {
        // "winger Quimbola" is a player; the plural verb is his and Roe's together.
        var doc = Extract("Mr Roe and winger Quimbola have been linked with the big clubs this summer.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Quimbola" && e.Kind == EntityKind.Institution);
    }

    [Fact]
    public void A_given_name_and_a_street_word_with_a_role_set_off_after_it_is_a_person()
    {
        var doc = Extract("David Lane, Churchill's lawyer, said earlier that reinstatement was on the table if Churchill wins his case.");
        var lawyer = Assert.Single(doc.Entities, e => e.Name == "David Lane");
        Assert.Equal(EntityKind.Person, lawyer.Kind);
        doc.Require(lawyer.Id, Stance.Said, "reinstatement was on the table");
    }

    [Fact]
    public void A_street_with_a_description_set_off_after_it_stays_a_place()
    {
        var doc = Extract("Penny Lane, the famous street, was closed on Monday, the harbour board said.");
        Assert.Equal(EntityKind.Place, Assert.Single(doc.Entities, e => e.Name == "Penny Lane").Kind);
    }

    [Theory]
    [InlineData("Big Easy Cops Deny Using Excessive Force", "Big Easy Cops")]
    [InlineData("Local Residents Deny Pier Claims", "Local Residents")]
    [InlineData("Harbour Police Officers Involved in Pier Brawl Deny Using Force", "Police Officers Involved")]
    public void A_headlines_capitalised_description_is_no_name(string headline, string description)
    {
        var doc = Seeds.Extract("headline.txt", headline + "\n\nThe mayor said the pier was closed on Monday after a storm.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains(description, StringComparison.Ordinal) || description.Contains(e.Name, StringComparison.Ordinal) && e.Kind != EntityKind.Place);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Deny", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headlines_name_opening_with_a_given_name_stays_a_name()
    {
        var doc = Seeds.Extract("headline.txt", "Bill Gates Denies Pier Claims\n\nThe mayor said the pier was closed on Monday after a storm.");
        Assert.Contains(doc.Entities, e => e.Name == "Bill Gates" && e.Kind == EntityKind.Person);
    }

    [Theory]
    [InlineData("United Nations Rejects Pier Claims", "United Nations")]
    [InlineData("Harbour News Denies Pier Claims", "Harbour News")]
    public void A_headlines_organisation_whose_name_holds_a_plural_stays_a_name(string headline, string name)
    {
        var doc = Seeds.Extract("headline.txt", headline + "\n\nThe mayor said the pier was closed on Monday after a storm.");
        Assert.Contains(doc.Entities, e => e.Name == name);
    }
}
