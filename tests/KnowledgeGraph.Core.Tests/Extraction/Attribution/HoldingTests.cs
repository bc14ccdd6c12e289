using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "The magistrate, Ojo Emeka held that …", "Prime Minister Karel Dost considered that …": a judge's holding or an opinion
/// given with "that" is a statement; "held talks", "holds a stake", "considered the topic closed" are not. "The mag" is
/// the outlet named before, a magazine first. Invented sentences.
/// </summary>
public sealed class HoldingTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("held.txt", "Harbour case\n\nThe harbour case came before the court on Monday.\n\n" + sentence);

    [Theory]
    [InlineData("The magistrate, Ojo Emeka held that the court could not grant bail for want of sureties.", "person:ojo-emeka", "could not grant bail")]
    [InlineData("Prime Minister Karel Dost considered that critical forces were behind the report.", "person:karel-dost", "critical forces")]
    [InlineData("Justice Ann Reed holds that the harbour lease is valid.", "person:ann-reed", "lease is valid")]
    public void Held_or_considered_that_states_the_clause(string sentence, string speaker, string snippet) =>
        Assert.Contains(snippet, Extract(sentence).Require(speaker, Stance.Said, snippet).Claim, StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Prime Minister Karel Dost held talks with the harbour board on Monday.")]
    [InlineData("Prime Minister Karel Dost considered the harbour topic closed.")]
    [InlineData("Prime Minister Karel Dost holds a stake in the harbour company.")]
    [InlineData("It was held that the harbour lease is valid.")]
    public void Held_or_considered_without_that_states_nothing(string sentence) =>
        Assert.Empty(Extract(sentence).Statements);

    [Theory]
    [InlineData("the mag")]
    [InlineData("the magazine")]
    public void The_mag_is_the_magazine_before_a_newspaper_named_since(string reference)
    {
        var doc = Invented.Extract("mag.txt", "Star rumour\n\nA rumour that Jane Roe was pregnant began in Us Weekly last week. " +
            "Roe's publicist told the Daily News that she is not pregnant.\n\n" + $"According to {reference}, Roe has been struggling to hide her bump.");
        doc.Require("institution:us-weekly", Stance.Said, "struggling to hide");
    }

    [Fact]
    public void An_outlet_referred_to_as_the_mag_is_the_outlet_last_named()
    {
        var doc = Invented.Extract("mag.txt", "Star rumour\n\nThe Harbour Weekly reported that Jane Roe was pregnant.\n\n" +
            "According to the mag, Roe has been struggling to hide her bump.");
        doc.Require("institution:harbour-weekly", Stance.Said, "struggling to hide");
    }
}
