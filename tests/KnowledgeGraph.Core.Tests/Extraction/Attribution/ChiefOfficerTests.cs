using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "said BlackBerry chief legal officer Steve Zipperstein": the office's own word between "chief" and "officer" is part of
/// the title, so the officer speaks, not the organisation before it, and keeps the office as role. Invented sentences.
/// </summary>
public sealed class ChiefOfficerTests
{
    [Theory]
    [InlineData("\"These false comments harm the harbour,\" said Harbour Board chief legal officer Sam Pettit.")]
    [InlineData("Harbour Board chief operating officer Sam Pettit said the comments harm the harbour.")]
    public void The_chief_officer_speaks(string sentence)
    {
        var doc = Invented.Extract("chief.txt", "The Harbour Board spoke on Monday.\n\n" + sentence);
        doc.Require("person:sam-pettit", Stance.Said, "harm the harbour");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:harbour-board");
        Assert.EndsWith("officer", doc.Entities.Single(e => e.Id == "person:sam-pettit").Role, StringComparison.Ordinal);
    }
}
