using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Ms Dillon said Mr Mulcahy had also vehemently denied the allegation": the name said right after the first verb, past a
/// title, auxiliaries and adverbs, is the denial's subject, and the one who said so passed it on; what one says another
/// had said ("Ms Dillon said Tom Hale had told reporters that …") stays the first one's claim. Invented sentences.
/// </summary>
public sealed class SaidOtherDeniedTests
{
    [Theory]
    [InlineData("Ms Dillon said Mr Tom Hale had also vehemently denied the allegation.")]
    [InlineData("Ms Dillon said that Tom Hale had strongly denied the allegation.")]
    public void The_one_said_to_have_denied_is_the_denier(string sentence)
    {
        var doc = Invented.Extract("said.txt", "Tribunal hears claims\n\nCounsel Patricia Dillon questioned the developer Tom Hale.\n\n" + sentence);
        var hale = Assert.Single(doc.Entities, e => e.Name == "Tom Hale");
        var dillon = Assert.Single(doc.Entities, e => e.Name == "Patricia Dillon");
        var denial = doc.Require(hale.Id, Stance.Denied, "denied the allegation");
        Assert.Contains(dillon.Id, denial.ReportedBy);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == dillon.Id && s.Evidence.Contains("denied", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In a statement, Patricia Dillon said Tom Hale had told reporters on June 23 that she had pressed the harbour board.")]
    [InlineData("Patricia Dillon said on Monday that Tom Hale had claimed the harbour was sold.")]
    public void What_one_says_another_had_said_is_the_first_ones_claim(string sentence)
    {
        var doc = Invented.Extract("said.txt", "Tribunal hears claims\n\nCounsel Patricia Dillon questioned the developer Tom Hale.\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal("Patricia Dillon", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
    }
}
