using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// An outlet's name opening the paragraph before a dash ("Harbour Times - A … spokesperson refuted …") is the story's
/// credit, like "BEIJING -": the subject comes after the dash. Invented sentences.
/// </summary>
public sealed class OutletCreditDashTests
{
    [Fact]
    public void The_outlet_before_the_dash_is_not_the_subject()
    {
        var doc = Invented.Extract("credit.txt",
            "Harbour Times - A Chinese Foreign Ministry spokesperson on Wednesday refuted a report that the pier was sold.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal("Ministry of Foreign Affairs of China", doc.Entities.Single(e => e.Id == s.SpeakerId).Name);
        Assert.Equal(Stance.Denied, s.Stance);
    }

    [Fact]
    public void An_outlet_that_reports_at_the_start_of_a_sentence_still_speaks()
    {
        var doc = Invented.Extract("credit.txt", "Harbour Times reported that the pier was sold.");
        var paper = Assert.Single(doc.Entities, e => e.Name == "Harbour Times");
        doc.Require(paper.Id, Stance.Said, "pier was sold");
    }
}
