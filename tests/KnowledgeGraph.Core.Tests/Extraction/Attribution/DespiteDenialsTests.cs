using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "X asserted that …, despite Havana's denials": the possessive denials closing the sentence deny what the statement
/// before them said, for their owner (the dev README annotates second-hand denials for the one who denied). Invented text.
/// </summary>
public sealed class DespiteDenialsTests
{
    [Theory]
    [InlineData("Maria Okafor asserted on Monday that the port authority is holding talks with the buyers, despite Tom Reyes's denials.")]
    [InlineData("Maria Okafor asserted on Monday that the port authority is holding talks with the buyers, amid Tom Reyes's denials.")]
    [InlineData("Maria Okafor asserted on Monday that the port authority is holding talks with the buyers, in spite of Tom Reyes's denials.")]
    public void Possessive_denials_after_despite_deny_the_statement_before(string sentence)
    {
        var doc = Invented.Extract("despite.txt", sentence);
        var said = doc.Require("person:maria-okafor", Stance.Said, "holding talks");
        Assert.Equal("The port authority is holding talks with the buyers", said.Claim);
        Assert.Equal(said.Claim, doc.Require("person:tom-reyes", Stance.Denied, "Tom Reyes's denials").Claim);
    }

    [Fact]
    public void Denials_that_do_not_close_the_sentence_deny_nothing_here()
    {
        var doc = Invented.Extract("despite.txt", "Maria Okafor asserted that the port authority is holding talks, despite Tom Reyes's denials of any deal in May.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:tom-reyes");
    }
}
