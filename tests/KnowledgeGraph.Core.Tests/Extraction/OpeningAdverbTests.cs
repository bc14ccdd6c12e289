using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Separately, the company announced …": a word set off by a comma before a noun phrase that its verb follows opens the
/// sentence; it is no name in apposition ("Zarvex, the company that makes the parts, said …"). Invented sentences.
/// </summary>
public sealed class OpeningAdverbTests
{
    [Theory]
    [InlineData("Separately, the company announced that it had begun a share buyback.")]
    [InlineData("Additionally, the firm said it would hire 200 staff.")]
    [InlineData("Subsequently, the group on Monday denied the report.")]
    public void An_opening_adverb_is_no_organisation(string sentence)
    {
        var doc = Invented.Extract("adverb.txt", "Quintbank denies report\n\nQuintbank Holdings said on Monday the report was false. " + sentence);
        var opener = sentence[..sentence.IndexOf(',', StringComparison.Ordinal)];
        Assert.DoesNotContain(doc.Entities, e => e.Name == opener);
        var last = Assert.Single(doc.Statements, s => s.Evidence.Contains(sentence[(opener.Length + 2)..][..12], StringComparison.Ordinal));
        Assert.Equal("Quintbank Holdings", doc.Entities.Single(e => e.Id == last.SpeakerId).Name);
    }

    [Theory]
    [InlineData("Zarvex, the company that makes the parts, said the report was false.")]
    [InlineData("Zarvex, the company, said the report was false.")]
    [InlineData("Zarvex, the company said on Monday, will cut 200 jobs at the harbour.")]
    public void A_name_in_apposition_to_an_organisations_noun_is_one(string sentence)
    {
        var doc = Invented.Extract("adverb.txt", "Parts row\n\n" + sentence);
        Assert.Equal(EntityKind.Institution, Assert.Single(doc.Entities, e => e.Name == "Zarvex").Kind);
    }
}
