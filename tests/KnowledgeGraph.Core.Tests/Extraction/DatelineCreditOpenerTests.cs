using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "LONDON (Sputnik) The Northwind carrier has dismissed …": the bracket closing a credit after a capitals dateline ends
/// it with no dash, so the word after it opens the story's first sentence and "The Northwind carrier" names the company.
/// Invented sentences.
/// </summary>
public sealed class DatelineCreditOpenerTests
{
    [Theory]
    [InlineData("LONDON (Harbour Wire) The Northwind carrier has dismissed reports that the pilot refused passengers on board.")]
    [InlineData("LONDON (Daily Ledger / Harbour Wire - 07th July, 2021) The Northwind carrier has dismissed reports that the pilot refused passengers on board.")]
    public void The_word_after_a_dateline_credit_opens_the_sentence(string lead)
    {
        var doc = Invented.Extract("credit.txt", "Carrier denies report\n\n" + lead);
        var carrier = Assert.Single(doc.Entities, e => e.Name == "Northwind");
        Assert.Equal(EntityKind.Institution, carrier.Kind);
        doc.Require(carrier.Id, Stance.Denied, "refused passengers");
    }
}
