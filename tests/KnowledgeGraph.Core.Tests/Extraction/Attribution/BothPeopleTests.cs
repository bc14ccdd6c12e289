using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Reps for both actors said …" after a sentence naming two people: each of the two speaks (the dev README's joint
/// statements), not no one; "Both men denied …" (an irregular plural before the verb) and "Both companies denied …" (the
/// two organisations named just before) too. Invented text.
/// </summary>
public sealed class BothPeopleTests
{
    [Theory]
    [InlineData("Reps for both actors")]
    [InlineData("Lawyers for both players")]
    public void Proxies_for_both_people_named_just_before_speak_for_each(string subject)
    {
        var doc = Invented.Extract("both.txt", "Maria Okafor may be Tom Reyes's closest friend, but she is not his fiancee.\n\n" +
            subject + " said on Thursday that reports of the two being engaged are \"not true.\"");
        doc.Require("person:maria-okafor", Stance.Denied, "not true");
        doc.Require("person:tom-reyes", Stance.Denied, "not true");
    }

    [Fact]
    public void Both_people_as_a_bare_subject_are_the_two_named_just_before()
    {
        var doc = Invented.Extract("both.txt", "Maria Okafor may be Tom Reyes's closest friend, but she is not his fiancee.\n\nBoth actors denied that the port was sold to a buyer.");
        doc.Require("person:maria-okafor", Stance.Denied, "port was sold");
        doc.Require("person:tom-reyes", Stance.Denied, "port was sold");
    }

    [Fact]
    public void Without_two_people_named_before_no_one_speaks()
    {
        var doc = Invented.Extract("both.txt", "The port board met on Monday.\n\nReps for both actors said on Thursday that reports of the two being engaged are \"not true.\"");
        Assert.Empty(doc.Statements);
    }

    [Theory]
    [InlineData("Maria Okafor met Tom Reyes at the port in 2000.\n\nBoth men denied that the port was sold to a buyer.", "person:maria-okafor", "person:tom-reyes")]
    [InlineData("Maria Okafor met Tom Reyes at the port in 2000. Both women denied that the port was sold to a buyer.", "person:maria-okafor", "person:tom-reyes")]
    [InlineData("The ministry accused Quintbank of fraud, and Norvell Group of bribery.\n\nBoth companies denied that the port was sold to a buyer.", "institution:quintbank", "institution:norvell-group")]
    [InlineData("Harbour East MP Maria Okafor and her Harbour West counterpart Tom Reyes demanded an apology.\n\nSpeaking separately on Wednesday, the MPs both denied that the port was sold to a buyer.", "person:maria-okafor", "person:tom-reyes")]
    [InlineData("Maria Okafor met Tom Reyes at the port in 2000.\n\nThe two men denied that the port was sold to a buyer.", "person:maria-okafor", "person:tom-reyes")]
    [InlineData("The ministry accused Quintbank of fraud, and Norvell Group of bribery.\n\nThe two companies denied that the port was sold to a buyer.", "institution:quintbank", "institution:norvell-group")]
    public void Both_men_or_both_companies_are_the_two_named_just_before(string text, string first, string second)
    {
        var doc = Invented.Extract("both.txt", text);
        doc.Require(first, Stance.Denied, "port was sold");
        doc.Require(second, Stance.Denied, "port was sold");
    }

    [Fact]
    public void Men_turned_away_say_nothing()
    {
        var doc = Invented.Extract("both.txt", "Maria Okafor met Tom Reyes at the port in 2000.\n\nThe men denied entry at the port were sent home on Monday.");
        Assert.Empty(doc.Statements);
    }

    [Fact]
    public void The_plural_of_a_titles_letters_is_no_organisation() =>
        Assert.DoesNotContain(Invented.Extract("mps.txt", "MPs deny harbour bribe claims\n\nThe harbour board met on Monday.").Entities, e => e.Name == "MPs");
}
