using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Jane Roe called the allegation “appalling,” the Harbour Times reported, and said she is confident …": the outlet's
/// "reported" set off by commas relays the clause before it (the comma may close the quotation), and "and said" goes on
/// with that clause's speaker, relayed by the same outlet. Invented sentences.
/// </summary>
public sealed class RelayedThenContinuedTests
{
    private const string Sentence = "Jane Roe called the allegation “appalling and deeply disturbing,” the Harbour Times reported, and said she is " +
        "confident an investigation will prove the charges are “without merit.”";

    [Fact]
    public void Both_clauses_are_the_speakers_and_the_outlet_relays_both()
    {
        var doc = Invented.Extract("relay.txt", Sentence);
        var said = doc.Require("person:jane-roe", Stance.Said, "appalling");
        var denied = doc.Require("person:jane-roe", Stance.Denied, "without merit");
        Assert.Equal(["institution:harbour-times"], said.ReportedBy);
        Assert.Equal(["institution:harbour-times"], denied.ReportedBy);
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "institution:harbour-times");
    }

    [Fact]
    public void A_named_subject_after_the_credit_speaks_for_itself()
    {
        var doc = Invented.Extract("relay.txt", "Jane Roe said the plan was sound, the Harbour Times reported, and Tom Hale said it was not.");
        Assert.Contains(doc.Statements, s => s.SpeakerId == "person:tom-hale");
    }
}
