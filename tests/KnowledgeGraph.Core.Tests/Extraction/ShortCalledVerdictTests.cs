using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "called the polls a “farce”, citing …", "called the allegation a “serious charge” and demanded …": a quoted verdict of
/// one or two words that is no falsehood is what is said of the object, as a longer one was ("The polls are a farce",
/// the copula agreeing with a plural noun), also when the clause goes on after a comma or "and"; "called the report
/// “false”" still denies the report. Invented sentences.
/// </summary>
public sealed class ShortCalledVerdictTests
{
    private const string Lead = "Opposition rejects election results\n\n";

    [Theory]
    [InlineData("Dara Hossain called the polls a “farce”, citing widespread polling frauds.", "The polls are a farce")]
    [InlineData("Dara Hossain called the vote a “farce”.", "The vote is a farce")]
    [InlineData("Dara Hossain called the allegation a “serious charge” and demanded evidence.", "The allegation is a serious charge")]
    public void A_short_verdict_is_said_of_the_object(string sentence, string claim)
    {
        var s = Assert.Single(Invented.Extract("called.txt", Lead + sentence).Statements);
        Assert.Equal((Stance.Said, claim), (s.Stance, s.Claim));
    }

    [Fact]
    public void A_false_verdict_still_denies()
    {
        var s = Assert.Single(Invented.Extract("called.txt", Lead + "Dara Hossain called the report “false”.").Statements);
        Assert.Equal(Stance.Denied, s.Stance);
    }
}
