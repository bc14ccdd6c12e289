using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// An outlet whose name opens with a country the registry knows ("India Today") is the outlet, not the country's
/// government followed by a stray word; the country alone still speaks for its government. Invented sentences.
/// </summary>
public sealed class OutletOverCountryTests
{
    [Fact]
    public void An_outlet_named_after_a_registry_country_reports_as_the_outlet()
    {
        var doc = Invented.Extract("outlet.txt", "India Today reported that the couple had separated in March.");
        var outlet = Assert.Single(doc.Entities, e => e.Name == "India Today");
        Assert.Equal(EntityKind.Institution, outlet.Kind);
        Assert.Equal([outlet.Id], doc.Require(outlet.Id, Stance.Said, "separated in March").ReportedBy);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Government", StringComparison.Ordinal));
    }

    [Fact]
    public void The_outlet_a_speaker_told_is_named_whole()
    {
        var doc = Invented.Extract("outlet.txt", "Jane Roe told India Today that the couple had separated in March.");
        var outlet = Assert.Single(doc.Entities, e => e.Name == "India Today");
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        Assert.Equal([outlet.Id], doc.Require(roe.Id, Stance.Said, "separated in March").ReportedBy);
        Assert.DoesNotContain(doc.Entities, e => e.Kind == EntityKind.Place && e.Name == "India");
    }

    [Fact]
    public void The_country_alone_still_speaks_for_its_government()
    {
        var doc = Invented.Extract("outlet.txt", "India rejected the report, saying it was \"baseless\".");
        var government = Assert.Single(doc.Entities, e => e.Name == "Government of India");
        doc.Require(government.Id, Stance.Denied, "India rejected the report");
    }
}
