using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>Claim texts are faithful and grammatical: no adverbial of the saying, no cut phrase, no stray intensifier.</summary>
public sealed class ClaimFaithfulnessTests
{
    [Theory]
    [InlineData("\u201CThe terminal was closed for repairs last year\u2026\u201D Ed Barbini said in a text message.")]
    [InlineData("\u201CThe terminal was closed for repairs last year...\u201D Ed Barbini said in a text message.")]
    [InlineData("\u201CThe terminal was closed for repairs last year \u2014\u201D Ed Barbini said in a text message.")]
    public void A_quotation_trailing_off_before_its_speaker_is_the_claim(string sentence)
    {
        var s = Assert.Single(Invented.Extract("trailing.txt", sentence).Statements);
        Assert.Equal("The terminal was closed for repairs last year", s.Claim);
    }

    [Theory]
    [InlineData("Ed Barbini said in a text message.")]
    [InlineData("Ed Barbini said in an emailed statement on Monday.")]
    public void How_and_when_something_was_said_is_no_claim(string sentence)
    {
        Assert.Empty(Invented.Extract("channel-only.txt", sentence).Statements);
    }

    [Fact]
    public void A_channel_of_two_words_before_the_content_is_still_skipped()
    {
        var s = Assert.Single(Invented.Extract("channel.txt", "Ed Barbini said in a text message the terminal was closed.").Statements);
        Assert.Equal("The terminal was closed", s.Claim);
    }
}
