using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Showbiz copy's verbs of saying: "teased that …", "gushed that …" report what the star said; "teases fans with a new
/// song" says nothing. Invented sentences.
/// </summary>
public sealed class ShowbizVerbTests
{
    [Theory]
    [InlineData("Jane Roe previously teased that the new album was her favourite to record.")]
    [InlineData("Jane Roe gushed that the new album was her favourite to record.")]
    public void Teasing_or_gushing_that_reports_a_claim(string sentence)
    {
        var doc = Invented.Extract("showbiz.txt", sentence);
        doc.Require("person:jane-roe", Stance.Said, "her favourite to record");
    }

    [Fact]
    public void Teasing_fans_with_a_song_is_no_statement()
    {
        var doc = Invented.Extract("showbiz.txt", "Jane Roe teases fans with a new song.");
        Assert.Empty(doc.Statements);
    }
}
