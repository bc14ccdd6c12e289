using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Core.Tests.Extraction.Text;

/// <summary>Words glued by scraping are split; English words that merely contain another word are not.</summary>
public sealed class GluedWordTests
{
    private static List<string> Words(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens, _ => false);
        return tokens.Where(t => t.IsWord).Select(t => text[t.Start..t.End]).ToList();
    }

    [Theory]
    [InlineData("Naturally")]
    [InlineData("Increasingly")]
    public void A_capitalised_adverb_is_one_word_even_when_it_ends_in_another(string adverb)
    {
        Assert.Equal([adverb, "the", "port", "closed"], Words(adverb + ", the port closed"));
    }

    [Fact]
    public void A_name_glued_to_an_adverb_is_still_split_where_an_adverb_is_not()
    {
        Assert.Equal(["the", "daily", "Fanatik", "recently", "said"], Words("the daily Fanatikrecently said"));
        Assert.Equal(["Naturally", "the", "daily", "said"], Words("Naturally the daily said"));
    }
}
