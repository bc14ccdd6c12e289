using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A newspaper named after a place the registry knows ("the Washington Ledger", "the Washington Times") is an outlet: it is its
/// own intermediary when it reports, and an unnamed spokeswoman who then calls "this story" false does not speak for it.
/// Invented sentences.
/// </summary>
public sealed class PlaceNamedOutletTests
{
    [Fact]
    public void A_report_in_a_paper_named_after_a_registry_place_is_the_outlets_own()
    {
        var doc = Invented.Extract("outlet.txt", "A report in the Washington Ledger said the mayor was behind the leak.");
        var paper = Assert.Single(doc.Entities, e => e.Name == "Washington Ledger");
        Assert.Equal([paper.Id], doc.Require(paper.Id, Stance.Said, "behind the leak").ReportedBy);
    }

    [Fact]
    public void An_unnamed_spokeswoman_denying_the_story_does_not_speak_for_the_paper()
    {
        var doc = Invented.Extract("outlet.txt",
            "A report in the Washington Ledger said the mayor was behind the leak.\n\n\u201CThis story is patently false,\u201D a spokeswoman said.");
        var paper = Assert.Single(doc.Entities, e => e.Name == "Washington Ledger");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == paper.Id && s.Stance == Stance.Denied);
    }
}
