using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Names at the edges of a run: a weekend paper named with its outlet noun ("The Sunday World newspaper"), a capitalised
/// word before an outlet the table knows ("the New Straits Times"), a plural noun opening the sentence before "of"
/// ("Shares of …"); and "laughed off" or "shrugged off" rumours as denials. Invented sentences.
/// </summary>
public sealed class OutletNameEdgeTests
{
    [Fact]
    public void A_weekend_paper_before_its_outlet_noun_keeps_its_weekday()
    {
        var doc = Invented.Extract("weekend.txt",
            "Paper stands by story\n\nThe Sunday World newspaper has rejected the minister's denial that he paid reporters.");
        Assert.Single(doc.Entities, e => e.Name == "Sunday World");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "World");
    }

    [Fact]
    public void A_capitalised_word_before_a_known_outlet_names_another_outlet()
    {
        var doc = Invented.Extract("longer.txt",
            "Row over apology\n\nAccording to a report in the New Straits Times, the controversy began last week.\n\n" +
            "The New York Times reported that the deal was off.");
        Assert.Single(doc.Entities, e => e.Name == "New Straits Times");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "The Straits Times");
        Assert.Single(doc.Entities, e => e.Name == "The New York Times");
    }

    [Fact]
    public void A_plural_noun_opening_the_sentence_before_of_is_no_part_of_the_name()
    {
        var doc = Invented.Extract("shares.txt",
            "Bid denied\n\nShares of The Harbour Group of Cos. fell Monday after the report.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Shares", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Name == "Harbour Group of Cos");
    }

    [Theory]
    [InlineData("Dakota Roe has laughed off rumours speculating that she is pregnant.", "laughed off rumours")]
    [InlineData("Dakota Roe shrugged off reports that she had quit the film.", "shrugged off reports")]
    public void Laughing_or_shrugging_off_rumours_denies_them(string sentence, string evidence)
    {
        var doc = Invented.Extract("laugh.txt", "Actress hits back\n\n" + sentence);
        var roe = Assert.Single(doc.Entities, e => e.Name == "Dakota Roe");
        doc.Require(roe.Id, Stance.Denied, evidence);
    }
}
