using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Denials without a verb of denial: "says he is innocent of claims of racism" (the accusation is denied, not his
/// innocence), "allayed fears that the papers were genuine" and "dispelled concerns that …" (what was feared is denied),
/// "these allegations appear unfounded" (a plural verb of seeming is a copula of the verdict, as "appears" was).
/// Invented sentences.
/// </summary>
public sealed class InnocentOfAndAllayedFearsTests
{
    [Theory]
    [InlineData("Tom Hale says he is innocent of claims of racism made against him.", "Claims of racism made against him")]
    [InlineData("Ann Bello insisted she was entirely innocent of the fraud charges.", "The fraud charges")]
    public void Innocence_of_an_accusation_denies_it(string sentence, string claim)
    {
        var doc = Invented.Extract("innocent.txt", "Coach rejects claims\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Equal(claim, s.Claim);
    }

    [Fact]
    public void A_plain_innocent_is_no_denial_of_innocence()
    {
        var doc = Invented.Extract("innocent.txt", "Coach speaks\n\nTom Hale says the children were innocent of any wrongdoing in the match.");
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Denied && s.Claim.StartsWith("Any wrongdoing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Minister Tom Hale allayed fears that the examination papers were genuine.")]
    [InlineData("The Harbour Examinations Council dispelled concerns that the examination papers had leaked.")]
    public void Allaying_fears_denies_what_was_feared(string sentence)
    {
        var doc = Invented.Extract("fears.txt", "Exams row\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Denied, s.Stance);
        Assert.Contains("examination papers", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Allegations_that_appear_unfounded_are_denied()
    {
        var doc = Invented.Extract("appear.txt", "Lawyer rejects claims\n\n\"We feel at this stage these allegations appear unfounded,\" said lawyer Tom Hale.");
        Assert.Equal(Stance.Denied, Assert.Single(doc.Statements).Stance);
    }
}
