using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// “…,” he said. “And more. ¶ “…”: a quotation that goes on into the next paragraph has no closing mark, and what it says
/// is the speaker's of the sentence before it; a word printed with letters masked ("bulls**t") is the word it masks.
/// Invented sentences.
/// </summary>
public sealed class LeftOpenQuotationTests
{
    private static ExtractedDocument Extract(string body) =>
        Invented.Extract("leftopen.txt", "Councillor Tom Verner spoke to the Harbour Times on Monday.\n\n" + body);

    [Fact]
    public void A_quotation_left_open_at_the_paragraph_end_is_the_speakers_before_it()
    {
        var doc = Extract("\"The vote was fair,\" he said. \"The mayor has lost the council and she knows the harbour plan is finished.\n\n" +
            "\"One of the reasons I left the board was the cost,\" Mr Verner said.");
        var s = doc.Require("person:tom-verner", Stance.Said, "harbour plan is finished");
        Assert.StartsWith("The mayor has lost the council", s.Claim, StringComparison.Ordinal);
        doc.Require("person:tom-verner", Stance.Said, "One of the reasons");
    }

    [Fact]
    public void A_quotation_closed_before_the_paragraph_end_is_not_carried_on()
    {
        var doc = Extract("\"The vote was fair,\" he said. The mayor has lost the council and the harbour plan is finished.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("harbour plan", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bulls**t")]
    [InlineData("b******t")]
    [InlineData("Bulls**t")]
    public void A_masked_falsehood_word_is_a_verdict(string word)
    {
        var doc = Extract($"\"It's all {word},\" he said.");
        var s = doc.Require("person:tom-verner", Stance.Denied, word);
        Assert.Contains(word, s.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_masked_word_that_masks_no_falsehood_word_is_no_verdict() =>
        Assert.DoesNotContain(Extract("\"It's all c**p on the harbour front today,\" he said.").Statements, s => s.Stance == Stance.Denied);
}
