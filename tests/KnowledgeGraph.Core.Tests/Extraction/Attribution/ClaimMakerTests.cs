using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// Who made a claim that a sentence names on its way to something else, on invented sentences: the maker "of" a plural
/// claim noun ("the charges of noted environmental group Greenpeace (GP) that …"), and the agent of a passive "told"
/// with a description before the name ("told by general manager Pantaleo Corvino that …").
/// </summary>
public sealed class ClaimMakerTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("makers.txt", body);

    [Theory]
    [InlineData("Quimby Mining denied the charges of noted environmental group Greenpeace (GP) that the tailings had polluted the gulf.")]
    [InlineData("Quimby Mining denied the charges of Greenpeace that the tailings had polluted the gulf.")]
    [InlineData("Quimby Mining rejected the allegations of the campaign group Greenpeace that the tailings had polluted the gulf.")]
    public void The_maker_of_charges_named_after_of_said_them_and_the_denial_keeps_only_the_claim(string sentence)
    {
        var doc = Extract(sentence);
        doc.Require("institution:greenpeace", Stance.Said, "tailings had polluted");
        var denial = doc.Require("institution:quimby-mining", Stance.Denied, "tailings had polluted");
        Assert.Equal("The tailings had polluted the gulf", denial.Claim);
    }

    [Theory]
    [InlineData("Quimby Mining denied allegations of fraud that were made against it last year.")]
    [InlineData("Quimby Mining denied allegations of misconduct filed against Roe that surfaced last year.")]
    public void A_charge_of_a_misdeed_names_no_maker(string sentence)
    {
        var doc = Extract(sentence);
        Assert.DoesNotContain(doc.Statements, s => s.Rule == "possessive-claim");
    }

    [Fact]
    public void A_forum_is_an_organisation()
    {
        var doc = Extract("The Indonesian Forum for Environment said on Monday that the gulf was polluted.");
        Assert.Equal(EntityKind.Institution, Assert.Single(doc.Entities, e => e.Name == "Indonesian Forum for Environment").Kind);
        doc.Require("institution:indonesian-forum-for-environment", Stance.Said, "gulf was polluted");
    }

    [Theory]
    [InlineData("The coach was angered, having been told by general manager Pantaleo Corvino that the club would sell its striker.")]
    [InlineData("The mayor was told by Pantaleo Corvino that the club would sell its striker.")]
    public void The_agent_of_a_passive_told_said_what_follows(string sentence)
    {
        Extract(sentence).Require("person:pantaleo-corvino", Stance.Said, "the club would sell its striker");
    }

    [Theory]
    [InlineData("Councillor Jair Roe spoke on Monday. Jair Roe's accusations that the mayor \u201cset the pier on fire\u201d during protests in 2019 are \u201cabsolutely false,\u201d the harbour board said.")]
    [InlineData("Councillor Jair Roe spoke on Monday. Jair Roe's claims that the mayor set the pier on fire during protests in 2019 are baseless, Quimby Mining said.")]
    public void A_claim_a_verdict_of_falsehood_is_passed_on_is_still_its_makers_statement(string sentence)
    {
        var s = Extract(sentence).Require("person:jair-roe", Stance.Said, "set the pier on fire");
        Assert.Equal("The mayor set the pier on fire during protests in 2019", s.Claim);
    }
}
