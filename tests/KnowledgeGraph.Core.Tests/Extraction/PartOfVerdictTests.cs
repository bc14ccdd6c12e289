using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "reports that … are part of Harland propaganda", "claims that … were part of a smear campaign": a claim called part of
/// a falsehood is called false, as "are propaganda" is; "part of" before a plain noun calls nothing false. Invented
/// sentences.
/// </summary>
public sealed class PartOfVerdictTests
{
    [Theory]
    [InlineData("Jane Roe says reports that border guards threw migrants into the sea are part of Harland propaganda.", Stance.Denied)]
    [InlineData("Jane Roe said claims that the guards stole money were part of a smear campaign.", Stance.Denied)]
    [InlineData("Jane Roe said patrols near the border were part of a new security plan.", Stance.Said)]
    public void A_claim_called_part_of_a_falsehood_is_denied(string sentence, Stance stance)
    {
        var doc = Invented.Extract("part.txt", "Minister responds\n\n" + sentence);
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        var statement = Assert.Single(doc.Statements, s => s.SpeakerId == roe.Id);
        Assert.Equal(stance, statement.Stance);
    }
}
