using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Commercial Bank of Dubai", "Islamic University of Gaza", "Co-operative Bank of Kenya": capitalised words, a bank's,
/// university's or college's head, "of" and a place make one name, as "University of Wolverhampton" does, and so do a
/// ministry's portfolio, "of" and a place ("Ministry of Defense of Azerbaijan"); a two-letter
/// prefix and its hyphen are part of the first word, and "UN-backed" stays a modifier. Invented sentences.
/// </summary>
public sealed class HeadOfPlaceNameTests
{
    [Theory]
    [InlineData("Commercial Bank of Dubai said on Monday there were no merger talks with any lender.", "Commercial Bank of Dubai")]
    [InlineData("The Islamic University of Gaza said the campus had been closed since the spring.", "Islamic University of Gaza")]
    [InlineData("The Co-operative Bank of Kenya said the circulating document was an old forgery.", "Co-operative Bank of Kenya")]
    [InlineData("The Ministry of Defense of Azerbaijan has denied the reports of shelling near the border.", "Ministry of Defense of Azerbaijan")]
    [InlineData("The Ministry of Trade and Industry of Kenya said the tariffs would stay in place.", "Ministry of Trade and Industry of Kenya")]
    public void Words_a_head_of_and_a_place_are_one_name(string sentence, string name)
    {
        var doc = Invented.Extract("bank.txt", sentence);
        var body = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(EntityKind.Institution, body.Kind);
        Assert.Contains(doc.Statements, s => s.SpeakerId == body.Id);
    }

    [Fact]
    public void A_capitalised_modifier_with_a_hyphen_opens_no_name()
    {
        var doc = Invented.Extract("bank.txt", "The UN-backed Harbour Council said the port had been closed since the spring.");
        Assert.Contains(doc.Entities, e => e.Name == "Harbour Council");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("UN-backed", StringComparison.Ordinal));
    }
}
