using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "alleged", "reported", "claimed" after a preposition or a determiner and before a noun describe the noun ("a statement
/// on alleged security problems", "a report on alleged cyber attacks"): no verb of speech, so no statement of the subject
/// before them. Invented sentences.
/// </summary>
public sealed class AdjectiveParticipleTests
{
    [Theory]
    [InlineData("The Harbour Police dismissed a fake statement issued by a criminal on alleged security problems in the port.", "security problems")]
    [InlineData("Harbour intelligence publishes a declassified version of its report on alleged cyber attacks.", "cyber attacks")]
    public void A_participle_before_a_noun_after_a_preposition_says_nothing(string sentence, string words)
    {
        var doc = Invented.Extract("adjective.txt", sentence);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.StartsWith(words.Split(' ')[0], StringComparison.Ordinal) ||
            (s.Rule == "coordinated-verb" && s.Evidence.Contains(words, StringComparison.Ordinal)) || s.Evidence.StartsWith("alleged", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_after_an_auxiliary_still_reports()
    {
        var doc = Invented.Extract("adjective.txt", "Port director Jane Roe has alleged that the port was sold to a rival.");
        doc.Require("person:jane-roe", KnowledgeGraph.Model.Stance.Said, "port was sold");
    }
}
