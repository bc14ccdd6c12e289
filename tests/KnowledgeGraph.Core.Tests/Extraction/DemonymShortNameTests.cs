using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The British High Commission in Nairobi …" then "a statement from the High Commission": the name without its leading
/// demonym is the institution that carries it, not a second one; but the demonym alone is never a company's short name
/// ("Turkish Airlines" is not "Turkish", which "Turkish officials said …" would otherwise take). Invented sentences.
/// </summary>
public sealed class DemonymShortNameTests
{
    [Fact]
    public void The_name_without_its_demonym_is_the_same_institution()
    {
        var doc = Invented.Extract("commission.txt",
            "UK denies conspiracy claims\n\nThe British High Commission in Nairobi has dismissed claims that it plotted against the president.\n\n" +
            "A statement from the High Commission said the documents were not genuine.");
        var commission = Assert.Single(doc.Entities, e => e.Name == "British High Commission");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "High Commission");
        doc.Require(commission.Id, Stance.Denied, "documents were not genuine");
    }

    [Fact]
    public void A_demonym_alone_is_no_company_s_short_name()
    {
        var doc = Invented.Extract("airline.txt",
            "Airline denies safety report\n\nTurkish Airlines said the plane was checked. Turkish officials said the airport was open.");
        Assert.DoesNotContain("Turkish", doc.Entities.Single(e => e.Name == "Turkish Airlines").Aliases);
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("airport was open", StringComparison.Ordinal) &&
            doc.Entities.Single(e => e.Id == s.SpeakerId).Name == "Turkish Airlines");
    }
}
