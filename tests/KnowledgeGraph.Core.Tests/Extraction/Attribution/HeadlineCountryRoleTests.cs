using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "Harbouria opposition leader denies coup plot" over "Harbourian opposition leader Tom Reyes …": a country, words saying
/// which, and a noun for a person heading a headline are the person the lead names so, and never the country's government;
/// "… government spokesman denies" still speaks for the government. Invented text (Kenya and Mexico stand in for any country).
/// </summary>
public sealed class HeadlineCountryRoleTests
{
    [Fact]
    public void The_described_person_the_lead_names_speaks()
    {
        var doc = Invented.Extract("lead.txt", "Kenya opposition leader denies coup plot\n\nKenyan opposition leader Tom Reyes on Monday denied plotting a coup at the harbour.");
        Assert.Contains(doc.Statements, s => s.Rule == "headline" && s.SpeakerId == "person:tom-reyes");
    }

    [Fact]
    public void A_described_person_the_lead_does_not_name_is_no_government()
    {
        var doc = Invented.Extract("lead.txt", "Kenya opposition leader denies coup plot\n\nThe opposition said on Monday that no coup was planned at the harbour.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:government-of-kenya");
    }

    [Fact]
    public void A_government_spokesman_still_speaks_for_the_government()
    {
        var doc = Invented.Extract("lead.txt", "Kenya government spokesman denies coup plot\n\nThe government said on Monday that no coup was planned at the harbour.");
        Assert.Contains(doc.Statements, s => s.Rule == "headline" && s.SpeakerId == "institution:government-of-kenya" && s.Stance == Stance.Denied);
    }
}
