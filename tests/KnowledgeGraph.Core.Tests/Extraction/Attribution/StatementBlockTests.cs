using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// A statement announced as following ("X have issued the following statement:", "The statement reads thus:") and printed
/// without quotation marks: its paragraphs are the issuer's. Invented text.
/// </summary>
public sealed class StatementBlockTests
{
    private const string Block =
        "Harlow United is extremely disappointed by the claim of the harbour trust.\n\n" +
        "Any proceedings brought against the club by the trust will be vigorously defended.";

    [Theory]
    [InlineData("Harlow United have issued the following official statement:")]
    [InlineData("Harlow United have issued the following statement in reaction to the claim:")]
    public void The_paragraphs_after_an_announced_statement_are_the_issuers(string leadIn)
    {
        var doc = Invented.Extract("block.txt", leadIn + "\n\n" + Block);
        doc.Require("institution:harlow-united", Stance.Said, "extremely disappointed");
        doc.Require("institution:harlow-united", Stance.Said, "vigorously defended");
    }

    [Fact]
    public void The_block_ends_at_a_paragraph_with_an_attribution_of_its_own()
    {
        var doc = Invented.Extract("block.txt", "Harlow United have issued the following official statement:\n\n" + Block + "\n\n" +
            "Trust chairman Tom Reyes said the claim stood.\n\nThe ferry to the island was full on Monday.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("ferry to the island", StringComparison.Ordinal));
    }

    [Fact]
    public void A_colon_without_an_announced_statement_opens_no_block()
    {
        var doc = Invented.Extract("block.txt", "Harlow United played three matches in May:\n\n" + Block);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("extremely disappointed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sheffield United")]
    [InlineData("West Ham United")]
    [InlineData("West Bromwich Albion")]
    public void A_club_named_with_united_or_albion_is_an_organisation(string club)
    {
        var doc = Invented.Extract("block.txt", $"{club} said the claim had no legal merit.");
        Assert.Equal(EntityKind.Institution, doc.Entities.Single(e => e.Name == club).Kind);
    }
}
