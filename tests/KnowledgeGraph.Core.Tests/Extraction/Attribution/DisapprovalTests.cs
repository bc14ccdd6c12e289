using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>Disapproval of a claim rejects it; disapproval of anything else is not a denial, or no statement. Invented sentences.</summary>
public sealed class DisapprovalTests
{
    [Theory]
    [InlineData("Port director Maria Okafor criticized the notion that the terminal had been sold to a foreign buyer.", "terminal had been sold")]
    [InlineData("Port director Maria Okafor scoffed at suggestions that the terminal had been sold to a foreign buyer.", "terminal had been sold")]
    [InlineData("Port director Maria Okafor slammed reports that the terminal had been sold to a foreign buyer.", "terminal had been sold")]
    [InlineData("Port director Maria Okafor disagreed with claims that the terminal had been sold to a foreign buyer.", "terminal had been sold")]
    [InlineData("Port director Maria Okafor disagreed with the mayor's account of the terminal sale.", "account of the terminal sale")]
    public void Disapproving_of_a_claim_denies_it(string sentence, string snippet)
    {
        var doc = Invented.Extract("disapproval.txt", sentence);
        var s = doc.Require("person:maria-okafor", Stance.Denied, snippet);
        Assert.DoesNotContain("notion", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Port director Maria Okafor slammed the sale report as fake news.")]
    [InlineData("Port director Maria Okafor dismissed the sale report as fake news.")]
    public void The_verdict_after_as_is_not_part_of_the_denied_claim(string sentence)
    {
        var doc = Invented.Extract("disapproval.txt", sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Contains("sale report", s.Claim, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fake", s.Claim, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Disagreeing_with_an_account_denies_the_account_itself()
    {
        var doc = Invented.Extract("disapproval.txt", "Port director Maria Okafor disagreed with the mayor's account of the terminal sale.");
        Assert.Equal("The mayor's account of the terminal sale", doc.Require("person:maria-okafor", Stance.Denied, "account of the terminal sale").Claim);
    }

    [Fact]
    public void Disapproval_of_something_that_is_not_a_claim_is_no_denial()
    {
        var doc = Invented.Extract("disapproval.txt", "Port director Maria Okafor slammed the door on further talks. " +
            "Union leader Daniel Ekwueme condemned the violence at the gates. Port director Maria Okafor disagreed with her deputy on the budget.");
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Denied);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:maria-okafor");
    }

    [Fact]
    public void Slamming_someone_for_doing_something_is_an_accusation_said()
    {
        var doc = Invented.Extract("disapproval.txt", "Port director Maria Okafor slammed the union for causing a ruckus at the gates.");
        Assert.Equal(Stance.Said, doc.Require("person:maria-okafor", Stance.Said, "causing a ruckus").Stance);
    }

    [Fact]
    public void A_weak_verb_inside_the_rejected_notion_is_its_content_not_a_second_statement()
    {
        var doc = Invented.Extract("disapproval.txt",
            "Port director Maria Okafor criticized the notion that the port board, under its old chairman, had previously suggested selling the terminal.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Contains("suggested selling the terminal", s.Claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mayor Jo Dunn on Wednesday criticized the news media for putting out unfounded reports in the past few days about resignations of port officials.", "Resignations of port officials")]
    [InlineData("Mayor Jo Dunn slammed the Harbour Ledger for publishing false reports that the port was sold.", "The port was sold")]
    [InlineData("Mayor Jo Dunn accused the Harbour Ledger of spreading fake news that the port was sold.", "The port was sold")]
    public void Disapproving_of_someone_for_spreading_falsehood_denies_what_it_was_about(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("spread.txt", sentence).Statements);
        Assert.Equal((Stance.Denied, claim), (s.Stance, s.Claim));
    }

    [Fact]
    public void Criticising_someone_for_an_act_is_said()
    {
        var s = Assert.Single(Invented.Extract("spread.txt", "Mayor Jo Dunn criticized the minister for his handling of the floods in the north.").Statements);
        Assert.Equal(Stance.Said, s.Stance);
    }
}
