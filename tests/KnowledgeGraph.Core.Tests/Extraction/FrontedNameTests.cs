using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "In a statement signed by its spokesman, John Okafor, the university dismissed …": a name set off inside a fronted
/// phrase is not the subject when a description with no closing comma follows it right before the verb; "John Okafor, the
/// university spokesman said …" is the name with its own (unclosed) apposition. Invented sentences.
/// </summary>
public sealed class FrontedNameTests
{
    private const string Lead = "Westfield University has rejected claims that a lecturer was sacked for criticising the dean.\n\n";

    [Fact]
    public void The_description_after_a_fronted_name_speaks()
    {
        var doc = Invented.Extract("fronted.txt", Lead +
            "In a statement signed by its spokesman, John Okafor, the university dismissed the report as \"mischief\" by a former employee.");
        var university = Assert.Single(doc.Entities, e => e.Name == "Westfield University");
        var okafor = Assert.Single(doc.Entities, e => e.Name == "John Okafor");
        doc.Require(university.Id, Stance.Denied, "dismissed the report");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == okafor.Id);
    }

    [Fact]
    public void A_name_with_a_person_noun_after_it_still_speaks()
    {
        var doc = Invented.Extract("fronted.txt", Lead +
            "On Monday, John Okafor, the university spokesman said the campus was calm after the protest.");
        var okafor = Assert.Single(doc.Entities, e => e.Name == "John Okafor");
        doc.Require(okafor.Id, Stance.Said, "the campus was calm");
    }
}
