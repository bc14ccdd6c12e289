using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// An excerpt cut mid-sentence: a claim the cut leaves as a dangling "that" or fewer than two whole words of content
/// ("his administration respected", "the serious lega") says too little to keep; one with enough left ("India is yet
/// again resortin") is kept, and so is a short claim whose sentence the text ends properly. Invented sentences.
/// </summary>
public sealed class CutExcerptClaimTests
{
    private const string Lead = "Port row\n\nJane Roe denied the reports on Monday.\n\n";

    [Theory]
    [InlineData("He told Reuters in October that")]
    [InlineData("Tom Hale said his administration respected")]
    [InlineData("Tom Hale said the serious lega")]
    public void A_claim_cut_to_almost_nothing_is_dropped(string tail)
    {
        var doc = Invented.Extract("cut.txt", Lead + tail);
        Assert.Single(doc.Statements);
    }

    [Theory]
    [InlineData("Tom Hale said the harbour board is yet again resortin")]
    [InlineData("Tom Hale said his administration respected it.")]
    public void A_claim_with_enough_left_is_kept(string tail)
    {
        var doc = Invented.Extract("cut.txt", Lead + tail);
        Assert.Equal(2, doc.Statements.Count);
    }
}
