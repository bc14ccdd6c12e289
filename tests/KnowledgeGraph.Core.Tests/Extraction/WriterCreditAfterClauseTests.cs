using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Health Minister Tom Hale has refuted claims that …, writes Jane Roe.", "The minister said the claims were false, Jane
/// Roe writes.": a writer's credit closing a sentence whose clause has its own speaker leaves that speaker's statement
/// alone, as an outlet's "…, the Daily Star reported" does; a clause with no speaker of its own is still the writer's.
/// Invented sentences.
/// </summary>
public sealed class WriterCreditAfterClauseTests
{
    [Theory]
    [InlineData("Health Minister Tom Hale has refuted claims that a clean-up was carried out at the hospital, writes Jane Roe.", "clean-up")]
    [InlineData("Health Minister Tom Hale said the claims about the hospital clean-up were false, Jane Roe writes.", "clean-up")]
    public void The_clauses_own_speaker_keeps_the_statement(string sentence, string snippet)
    {
        var doc = Invented.Extract("writer.txt", "Hospital row\n\n" + sentence);
        var hale = Assert.Single(doc.Entities, e => e.Name == "Tom Hale");
        doc.Require(hale.Id, Stance.Denied, snippet);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != hale.Id && s.Evidence.Contains(snippet, StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_with_no_speaker_is_the_writers()
    {
        var doc = Invented.Extract("writer.txt", "Hospital row\n\nThe hospital ward will close next week, Jane Roe writes.");
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        doc.Require(roe.Id, Stance.Said, "ward will close");
    }
}
