using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "called the complaint politically motivated", "termed the allegations as a serious act of character assassination": a
/// claim, complaint, remarks or decision called something unquoted is a verdict, said; a false one still denies, and "called
/// the police" or "called the report into question" is no statement. Invented sentences.
/// </summary>
public sealed class CalledClaimVerdictTests
{
    [Theory]
    [InlineData("Mary Jones called the complaint politically motivated.", Stance.Said)]
    [InlineData("Mary Jones termed the allegations as a serious act of character assassination meant to tarnish her name.", Stance.Said)]
    [InlineData("Mary Jones called the harbour decision a betrayal of the dock workers.", Stance.Said)]
    [InlineData("Mary Jones called the report baseless.", Stance.Denied)]
    public void A_claim_called_something_is_a_verdict(string sentence, Stance stance)
    {
        var doc = Invented.Extract("called.txt", "Mayor answers critics\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        Assert.Equal(("Mary Jones", stance), (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance));
    }

    [Theory]
    [InlineData("Mary Jones called the police on Monday night.")]
    [InlineData("Mary Jones called the report into question on Monday.")]
    [InlineData("Mary Jones called the meeting a week early.")]
    public void Calling_no_claim_something_is_no_statement(string sentence)
    {
        var doc = Invented.Extract("called.txt", "Mayor answers critics\n\n" + sentence);
        Assert.Empty(doc.Statements);
    }
}
