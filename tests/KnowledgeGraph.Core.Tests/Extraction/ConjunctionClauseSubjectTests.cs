using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The firm's response came after the Harbour Ledger (yesterday) reported that …": "after", "before", "since", "until" or
/// "as" right before a name whose verb of report follows opens a clause, so the name is that verb's subject (not governed
/// by a preposition) and the sentence's own subject, earlier, does not speak. A name a preposition governs stays
/// governed ("After Zorvex, the union said …"). Invented sentences.
/// </summary>
public sealed class ConjunctionClauseSubjectTests
{
    [Theory]
    [InlineData("The response came after Harbour Ledger reported that consumers were overcharged for water.")]
    [InlineData("The response came after Harbour Ledger yesterday reported that consumers were overcharged for water.")]
    [InlineData("The Zorvex response came after Harbour Ledger on Monday reported that consumers were overcharged for water.")]
    public void The_name_after_a_conjunction_is_its_verbs_subject(string sentence)
    {
        var doc = Invented.Extract("clause.txt", "Utility responds\n\nZorvex rejected the claims on Tuesday.\n\n" + sentence);
        var ledger = Assert.Single(doc.Entities, e => e.Name == "Harbour Ledger");
        doc.Require(ledger.Id, Stance.Said, "overcharged for water");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId != ledger.Id && s.Evidence.Contains("overcharged", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_a_preposition_governs_does_not_speak()
    {
        var doc = Invented.Extract("clause.txt", "Utility responds\n\nAfter Zorvex, the Harbour Workers Union said the tariffs were too high.");
        var union = Assert.Single(doc.Entities, e => e.Name == "Harbour Workers Union");
        doc.Require(union.Id, Stance.Said, "tariffs were too high");
    }
}
