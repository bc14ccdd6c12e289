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

    [Theory]
    [InlineData("\u201CThis is a very hurtful accusation which is completely untrue.\u201D - Ann Lee.", "A very hurtful accusation")]
    [InlineData("\u201CIt is an accusation that is false,\u201D Ann Lee said.", "An accusation")]
    [InlineData("\u201CWe were shocked. This is a rumour which is baseless and malicious,\u201D Ann Lee said.", "A rumour")]
    public void A_verdict_in_a_relative_clause_denies_the_noun_it_describes(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("relative-verdict.txt", sentence).Statements, x => x.Stance == Stance.Denied);
        Assert.Equal(claim, s.Claim);
    }

    [Theory]
    [InlineData("\u201CWe have no troops at all on the border,\u201D Ann Lee said.", "We have troops on the border")]
    [InlineData("\u201CThere is no truth whatsoever in it,\u201D Ann Lee said.", "There is truth in it")]
    [InlineData("Ann Lee said there is not any truth in the report.", "There is some truth in the report")]
    [InlineData("Ann Lee said the firm does not make cars any more.", "The firm does make cars")]
    [InlineData("Ann Lee said the port has never been sold to anyone.", "The port has been sold to someone")]
    public void What_only_strengthened_a_dropped_negation_goes_with_it(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("intensifier.txt", sentence).Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal(claim, s.Claim);
    }

    [Fact]
    public void At_all_goes_at_the_end_of_a_phrase_and_stays_before_a_noun()
    {
        var gone = Assert.Single(Invented.Extract("at-all.txt", "Ann Lee said the port is not open at all.").Statements);
        Assert.Equal("The port is open", gone.Claim);
        var kept = Assert.Single(Invented.Extract("at-all-times.txt", "Ann Lee said the port is not open at all times.").Statements);
        Assert.Equal("The port is open at all times", kept.Claim);
    }

    [Fact]
    public void A_denial_with_an_intensifier_reads_like_the_plain_one()
    {
        var a = Invented.Extract("a.txt", "\u201CWe have no troops at all on the border,\u201D Ann Lee said.");
        var b = Invented.Extract("b.txt", "\u201CWe have no troops on the border,\u201D Ann Lee said.");
        Assert.Equal(Assert.Single(a.Statements).Claim, Assert.Single(b.Statements).Claim);
    }

    [Fact]
    public void A_word_written_before_a_quotation_and_again_inside_it_is_read_once()
    {
        var s = Assert.Single(Invented.Extract("repeat.txt",
            "Ann Lee said that the port has \"has never been sold to a rival\".").Statements);
        Assert.Equal("The port has been sold to a rival", s.Claim);
    }
}
