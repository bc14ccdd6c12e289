using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The FDA has not approved …, an agency spokesperson said", "The Harbour Company has not approved the plan, a company
/// spokesman said": an unnamed spokesperson of a kind of body speaks for the body the sentence opens with, when the noun fits
/// it; "a ministry spokesman" does not speak for a company. Invented sentences.
/// </summary>
public sealed class SpokespersonOfClauseSubjectTests
{
    [Theory]
    [InlineData("The FDA has not approved ivermectin as a treatment in humans, an agency spokesperson said.", "FDA")]
    [InlineData("The Harbour Company has not approved the dredging plan, a company spokesman said.", "Harbour Company")]
    public void The_body_the_sentence_opens_with_speaks(string sentence, string name)
    {
        var doc = Invented.Extract("spokes.txt", "Claims rejected\n\n" + sentence);
        var s = Assert.Single(doc.Statements, x => x.Evidence.Contains("approved", StringComparison.Ordinal));
        Assert.Equal((name, Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
    }

    [Fact]
    public void A_noun_that_does_not_fit_speaks_for_no_one()
    {
        var doc = Invented.Extract("spokes.txt", "Claims rejected\n\nThe Harbour Company has not approved the dredging plan, a ministry spokesman said.");
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.Contains("approved", StringComparison.Ordinal));
    }
}
