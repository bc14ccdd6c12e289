using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "told the court that her clients were falsely implicated in the case": one who says someone was falsely accused denies
/// the accusation, written without the adverb; "the counsel said" is the counsel the article named. Invented sentences.
/// </summary>
public sealed class FalselyAccusedTests
{
    [Theory]
    [InlineData("Senior counsel Rita Obi told the court that her clients were falsely implicated in the harbour case.", "Her clients were implicated in the harbour case")]
    [InlineData("Senior counsel Rita Obi said he had been wrongly accused of theft by the harbour board.", "He had been accused of theft by the harbour board")]
    public void A_false_accusation_is_denied(string sentence, string claim)
    {
        var doc = Invented.Extract("bail.txt", "Bail row\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal((Stance.Denied, claim), (s.Stance, s.Claim));
    }

    [Fact]
    public void Praise_given_wrongly_is_said()
    {
        var doc = Invented.Extract("bail.txt", "Bail row\n\nSenior counsel Rita Obi said the mayor was falsely praised by the press.");
        Assert.Equal(Stance.Said, Assert.Single(doc.Statements).Stance);
    }

    [Fact]
    public void The_counsel_is_the_counsel_named_before()
    {
        var doc = Invented.Extract("bail.txt", "Bail row\n\nSenior counsel Rita Obi appeared for the harbour workers on Monday.\n\nThe counsel said that the conspiracy charge cannot be invoked.");
        doc.Require("person:rita-obi", Stance.Said, "conspiracy charge");
    }
}
