using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "“Pretty much everything” about the allegations was false, she said": a few quoted words opening the reported clause,
/// with the clause going on outside the quotation, are a partial quotation and the speaker's; a long quotation opening it
/// stays text of its own. Invented sentences.
/// </summary>
public sealed class PartialQuoteOpeningTests
{
    [Theory]
    [InlineData("“Pretty much everything” about the allegations was false, she said.", Stance.Denied)]
    [InlineData("“Glaring omissions” in the Senate report included the final results, Harbour Pharma said.", Stance.Said)]
    public void A_short_quotation_opening_the_clause_is_the_speakers(string sentence, Stance stance)
    {
        var doc = Invented.Extract("partial.txt", "Minister hits back\n\nJustice minister Judith Collins spoke on Monday.\n\n" + sentence);
        Assert.Contains(doc.Statements, s => s.Stance == stance && s.Evidence.Contains(sentence[1..12], StringComparison.Ordinal));
    }
}
