using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The ministry expressed its “rejection of the full report …”": a denial named as a noun after a possessive, its object
/// the claim denied; a rejection of something that is no claim said as a noun elsewhere stays said. Invented sentences.
/// </summary>
public sealed class RejectionNounTests
{
    [Theory]
    [InlineData("The Quintbank board expressed its “rejection of the full report, which was falsely claimed.”", "The full report")]
    [InlineData("Quintbank expressed its categorical denial of the claims about the harbour sale.", "The harbour sale")]
    public void The_object_of_a_named_denial_is_denied(string sentence, string claim)
    {
        var doc = Invented.Extract("rejection.txt", "Harbour row\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.StartsWith(claim, s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejection_mentioned_after_other_words_stays_said()
    {
        var doc = Invented.Extract("rejection.txt", "Harbour row\n\nQuintbank said the board's rejection of the bid was a mistake.");
        Assert.Equal(Stance.Said, Assert.Single(doc.Statements).Stance);
    }
}
