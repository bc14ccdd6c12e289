using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "lie" as a verb of place or position ("two plants were lying idle", "the blame lies with the operator", "what lies
/// ahead") calls nothing false, so the sentence is a statement, not a denial; a lie told still is one ("the report is a
/// lie", "they are lying"). Invented sentences.
/// </summary>
public sealed class LieOfPlaceTests
{
    [Theory]
    [InlineData("She added that two of the harbour cranes were lying idle.", "lying idle")]
    [InlineData("She said the blame for the outage lies with the operator.", "lies with")]
    [InlineData("She said months of hard work lie ahead for the port.", "lie ahead")]
    public void A_lie_of_place_is_a_statement(string sentence, string snippet)
    {
        var doc = Invented.Extract("lie.txt", "Port update\n\nJane Roe said the schedule was on the website.\n\n" + sentence);
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        doc.Require(roe.Id, Stance.Said, snippet);
        Assert.DoesNotContain(doc.Statements, s => s.Stance == Stance.Denied);
    }

    [Theory]
    [InlineData("She said the report about the cranes was a lie.")]
    [InlineData("She said the reporters were lying about the cranes.")]
    public void A_lie_told_is_still_a_denial(string sentence)
    {
        var doc = Invented.Extract("lie.txt", "Port update\n\nJane Roe said the schedule was on the website.\n\n" + sentence);
        var roe = Assert.Single(doc.Entities, e => e.Name == "Jane Roe");
        Assert.Contains(doc.Statements, s => s.SpeakerId == roe.Id && s.Stance == Stance.Denied);
    }
}
