using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Two people of one surname: when the second is introduced as the first's relative ("his wife … Sudha Hale"), the bare
/// surname is the first's; without such an introduction it is neither's. Two given names joined before one surname
/// ("Serena and Venus Williams", "Olympians Becky and Ellie Downie") are two people of that surname. Invented sentences.
/// </summary>
public sealed class SharedSurnameTests
{
    [Fact]
    public void The_bare_surname_is_the_one_whose_relative_the_other_is()
    {
        var doc = Invented.Extract("surname.txt",
            "Finance minister Tom Hale on Tuesday filed a defamation case.\n\nHale along with his wife and party secretary Sudha Hale filed a complaint.\n\n" +
            "Refuting the charges, Hale said the allegations were baseless and without any evidence.");
        var tom = Assert.Single(doc.Entities, e => e.Name == "Tom Hale");
        doc.Require(tom.Id, Stance.Denied, "allegations were baseless");
    }

    [Fact]
    public void Without_a_relative_the_bare_surname_is_neithers()
    {
        var doc = Invented.Extract("surname.txt",
            "Finance minister Tom Hale on Tuesday filed a defamation case.\n\nParty secretary Sudha Hale filed a complaint.\n\n" +
            "Hale said the allegations were baseless and without any evidence.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("baseless", StringComparison.Ordinal) &&
            doc.Entities.Single(e => e.Id == s.SpeakerId).Name is "Tom Hale" or "Sudha Hale");
    }

    [Theory]
    [InlineData("Serena and Venus Williams said they would play in the final.", "Serena Williams", "Venus Williams")]
    [InlineData("Olympians Becky and Ellie Downie say they suffered abuse in training.", "Becky Downie", "Ellie Downie")]
    public void Two_given_names_before_one_surname_are_two_people_of_it(string sentence, string first, string second)
    {
        var doc = Invented.Extract("surname.txt", "Sisters speak out\n\n" + sentence);
        Assert.Equal([first, second], doc.Statements.Select(s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name).Order().ToArray());
    }
}
