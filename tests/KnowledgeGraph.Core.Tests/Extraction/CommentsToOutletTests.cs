using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "…, RUSADA said in comments to TASS", "… in remarks carried by TASS": after the verb, a verb's form after "in" or a
/// determiner is a noun, so the clause before still is what was said; "carried by" names the outlet that relayed it.
/// Invented sentences.
/// </summary>
public sealed class CommentsToOutletTests
{
    [Theory]
    [InlineData("The director's comments were distorted and taken out of context, RUSADA said in comments to TASS.")]
    [InlineData("The director's comments were distorted and taken out of context, RUSADA said in remarks carried by TASS.")]
    public void The_clause_before_is_said_and_the_outlet_relayed_it(string sentence)
    {
        var doc = Invented.Extract("comments.txt", "Agency says director misquoted\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("RUSADA", Stance.Denied), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
        Assert.StartsWith("The director's comments", s.Evidence, StringComparison.Ordinal);
        Assert.Equal("TASS", doc.Entities.Single(e => e.Id == Assert.Single(s.ReportedBy)).Name);
    }

    [Fact]
    public void A_verb_after_the_speech_verb_still_opens_another_clause()
    {
        var doc = Invented.Extract("comments.txt", "Agency says director misquoted\n\nThe director's comments were distorted, RUSADA said it believed.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.StartsWith("The director's comments", StringComparison.Ordinal));
    }
}
