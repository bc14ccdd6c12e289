using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Ms Dillon said Mr Mulcahy had also vehemently denied the allegation": the name said right after the first verb, past a
/// title, auxiliaries and adverbs, is the denial's subject, and the one who said so passed it on. Invented sentences.
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
}
