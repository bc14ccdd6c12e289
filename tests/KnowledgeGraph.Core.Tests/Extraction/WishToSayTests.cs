using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Apple wants to make it clear that …", "Quintbank wants to stress that …": a speech act put as a present wish, with its
/// that-clause after it, is made by saying so, as "would like to clarify that" is; a wish denied ("did not want to")
/// states nothing, and a past one ("what I wanted to tell the paper") is left as it was. Invented sentences.
/// </summary>
public sealed class WishToSayTests
{
    [Theory]
    [InlineData("Quintbank took the report seriously and wants to make it clear that there is no indication that the bank was hacked.")]
    [InlineData("Quintbank wants to stress that there is no deal with the rival bank.")]
    public void A_present_wish_to_say_is_saying(string sentence)
    {
        var doc = Invented.Extract("wish.txt", "Bank row\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("Quintbank", Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
    }

    [Fact]
    public void A_wish_denied_says_nothing()
    {
        var doc = Invented.Extract("wish.txt", "Bank row\n\nQuintbank did not want to make it clear that there was a deal with the rival bank.");
        Assert.Empty(doc.Statements);
    }
}
