using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Names that are not what a word list says: "PR circles" are public relations, not Puerto Rico; "CCTV footage" comes from
/// cameras, not the broadcaster (which still reports as CCTV); "the Times of Malta" is one paper, not the Times and Malta.
/// Invented sentences.
/// </summary>
public sealed class AcronymAndOutletOfPlaceTests
{
    [Fact]
    public void A_common_acronym_is_no_place()
    {
        var doc = Invented.Extract("acronym.txt", "Tom Hale said someone was spreading false info in the PR circles.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "PR");
    }

    [Fact]
    public void Camera_footage_is_no_broadcaster()
    {
        var doc = Invented.Extract("acronym.txt", "Police said CCTV footage showed the men leaving the bank.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "CCTV");
    }

    [Fact]
    public void The_broadcaster_still_reports()
    {
        var doc = Invented.Extract("acronym.txt", "Police said CCTV footage showed the men leaving the bank.\n\nCCTV reported the arrests of the two men on Monday.");
        var cctv = Assert.Single(doc.Entities, e => e.Name == "CCTV");
        doc.Require(cctv.Id, Stance.Said, "arrests of the two men");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == cctv.Id && s.Evidence.Contains("footage", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Times of Malta reported that the minister was linked to the heist.", "Times of Malta")]
    [InlineData("The Ledger of Harlow reported that the minister was linked to the heist.", "Ledger of Harlow")]
    public void A_newspaper_of_a_place_is_one_outlet(string sentence, string paper)
    {
        var doc = Invented.Extract("acronym.txt", sentence);
        var outlet = Assert.Single(doc.Entities, e => e.Name == paper);
        Assert.Equal([outlet.Id], doc.Require(outlet.Id, Stance.Said, "linked to the heist").ReportedBy);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "The New York Times");
    }
}

/// <summary>
/// A long English adjective opening a sentence before a title and a name ("Investigative journalist Jane Roe said …") is
/// no employer, though the word list stops at ten letters; a name there still is ("Quintbank chief executive Jane Roe").
/// Invented sentences.
/// </summary>
public sealed class LongAdjectiveBeforeTitleTests
{
    [Theory]
    [InlineData("Investigative")]
    [InlineData("Controversial")]
    public void A_long_adjective_is_no_employer(string adjective)
    {
        var doc = Invented.Extract("adjective.txt", $"{adjective} journalist Jane Roe said the minister leaked the files.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == adjective);
        doc.Require("person:jane-roe", Stance.Said, "leaked the files");
    }

    [Fact]
    public void A_name_before_the_title_is_still_the_employer()
    {
        var doc = Invented.Extract("adjective.txt", "Quintbank chief executive Jane Roe said the minister leaked the files.");
        Assert.Contains(doc.Entities, e => e.Name == "Quintbank" && e.Kind == EntityKind.Institution);
    }
}
