using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The council has threatened legal action against …", "X threatened on Thursday to dismiss officers …": a threat is an
/// announced action, said (the dev README's convention); inside another's statement ("they had been bullied, threatened
/// and …") and as an adjective ("a non-life threatening injury") it is none. Invented sentences.
/// </summary>
public sealed class ThreatAsStatementTests
{
    private const string Lead = "Council acts over study\n\n";

    [Theory]
    [InlineData("The Harbour Medical Council has threatened legal action against Northgate University over a study.", "Harbour Medical Council")]
    [InlineData("President Ana Ferreira threatened on Thursday to dismiss officers at the agency that monitors deforestation.", "Ana Ferreira")]
    public void A_threat_is_said(string sentence, string speaker)
    {
        var doc = Invented.Extract("threat.txt", Lead + sentence);
        var threat = Assert.Single(doc.Statements, s => s.Evidence.Contains("threatened", StringComparison.Ordinal));
        Assert.Equal((Stance.Said, speaker), (threat.Stance, doc.Entities.Single(e => e.Id == threat.SpeakerId).Name));
    }

    [Fact]
    public void A_threat_inside_another_s_statement_stays_in_it()
    {
        var doc = Invented.Extract("threat.txt", Lead + "Officers complained they had been bullied, threatened and unfairly targeted, Mark Tilly said.");
        Assert.Equal("Mark Tilly", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Fact]
    public void A_threatening_injury_is_no_statement()
    {
        var doc = Invented.Extract("threat.txt", Lead + "The patient was treated for a non-life threatening injury on Saturday at the Northgate hospital.");
        Assert.Empty(doc.Statements);
    }
}
