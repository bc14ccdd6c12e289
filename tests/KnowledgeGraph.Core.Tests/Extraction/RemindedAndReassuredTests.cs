using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "reassured students and parents that the campuses are secure", "reminded his followers that the constitution provides
/// …": telling an addressee a that-clause is saying it, as "assured" and "told" are; "reminded the public to verify
/// reports" is an appeal, and "was reminded of" or "it reminds me of" no statement of the verb's own. Invented sentences.
/// </summary>
public sealed class RemindedAndReassuredTests
{
    private const string Lead = "Campus and politics roundup\n\n";

    [Theory]
    [InlineData("Northgate University reassured students and parents on Monday that the campuses are secure.", "Northgate University")]
    [InlineData("Prime Minister Ahmad Rahim also reminded his followers that the constitution provides for fresh elections.", "Ahmad Rahim")]
    public void Telling_an_addressee_a_clause_is_said(string sentence, string speaker)
    {
        var doc = Invented.Extract("remind.txt", Lead + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal((Stance.Said, speaker), (s.Stance, doc.Entities.Single(e => e.Id == s.SpeakerId).Name));
    }

    [Fact]
    public void Reminding_someone_to_act_is_an_appeal()
    {
        var doc = Invented.Extract("remind.txt", Lead + "Northgate University reminded the public to verify reports with its office before sharing them.");
        Assert.Empty(doc.Statements);
    }
}
