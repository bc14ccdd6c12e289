using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "called the report “plain wrong”": "wrong" said of a report, a claim or a story calls it false, so calling it so
/// denies it; "called the decision “wrong”" judges an act, a statement. Invented sentences.
/// </summary>
public sealed class CalledWrongTests
{
    [Theory]
    [InlineData("The Harbour Board called the report \u201Cplain wrong.\u201D", Stance.Denied)]
    [InlineData("The Harbour Board called the claims about the port \u201Csimply wrong.\u201D", Stance.Denied)]
    [InlineData("The Harbour Board called the decision to close the port \u201Cwrong and unfair.\u201D", Stance.Said)]
    public void Wrong_of_a_report_is_false(string sentence, Stance stance)
    {
        var doc = Invented.Extract("wrong.txt", "Port news\n\n" + sentence);
        var board = Assert.Single(doc.Entities, e => e.Name == "Harbour Board");
        var statement = Assert.Single(doc.Statements, s => s.SpeakerId == board.Id);
        Assert.Equal(stance, statement.Stance);
    }
}
