using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "stating that the article misleadingly and erroneously acknowledges the council", "the report wrongly attributes the
/// losses to …": what a report or an outlet is said to do falsely, of any verb and with adverbs joined by "and", is
/// denied from the verb on (as "the newspaper incorrectly reported that …" already was); the article's verb is no speech
/// of its own. Invented sentences.
/// </summary>
public sealed class FalselyDoneByReportTests
{
    [Theory]
    [InlineData("The Quintbank board weighed in on Monday, stating that the article misleadingly and erroneously acknowledges the council.", "Acknowledges the council")]
    [InlineData("Quintbank said the report wrongly attributes the losses to the harbour board.", "Attributes the losses to the harbour board")]
    [InlineData("Quintbank said the article wrongly suggests the harbour was sold.", "Suggests the harbour was sold")]
    public void The_reports_act_is_denied(string sentence, string claim)
    {
        var doc = Invented.Extract("falsely.txt", "Harbour row\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal((Stance.Denied, claim), (s.Stance, s.Claim));
    }

    [Fact]
    public void A_person_said_to_act_wrongly_is_accused_not_denied()
    {
        var doc = Invented.Extract("falsely.txt", "Harbour row\n\nQuintbank said the mayor wrongly approves the harbour sale every year.");
        Assert.Equal(Stance.Said, Assert.Single(doc.Statements).Stance);
    }
}
