using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Simion said in the statement which denied any wrongdoing …", "Quintbank issued a statement which denied …": a
/// document the subject issued speaks as the subject; a statement the subject rejected is someone else's. Invented
/// sentences.
/// </summary>
public sealed class OwnStatementWhichTests
{
    [Theory]
    [InlineData("Quintbank said in the statement which denied any wrongdoing at the harbour that the probe was political.")]
    [InlineData("Quintbank issued a statement which denied any wrongdoing at the harbour.")]
    [InlineData("Quintbank released its statement which denied any wrongdoing at the harbour.")]
    public void The_subjects_own_statement_speaks_as_the_subject(string sentence)
    {
        var doc = Invented.Extract("which.txt", "Harbour probe\n\n" + sentence);
        doc.Require("institution:quintbank", Stance.Denied, "wrongdoing");
    }

    [Fact]
    public void A_statement_rejected_is_not_the_subjects()
    {
        var doc = Invented.Extract("which.txt", "Harbour probe\n\nQuintbank rejected a statement which claimed the harbour was sold.");
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Said && s.SpeakerId == "institution:quintbank");
    }
}
