using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>A speaker who quotes someone else's denial asserts that report; one who quotes itself denies. Invented sentences.</summary>
public sealed class ReportedSpeechTests
{
    private const string Lead = "Harbour dispute\n\n";

    [Fact]
    public void Quoting_a_third_partys_past_denial_is_a_said_report_of_it()
    {
        var doc = Seeds.Extract("reported.txt", Lead +
            "The Harbour Gazette claimed that \"the Nigerian Transport Minister has categorically denied and said that there was no sale\" at the terminal.");
        var s = Assert.Single(doc.Statements);
        Assert.Equal(Stance.Said, s.Stance);
        Assert.Contains("denied", s.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void An_issuer_quoting_itself_in_the_present_denies()
    {
        var doc = Seeds.Extract("reported.txt", Lead + "The Lagos Port Authority issued a note on Monday.\n\n" +
            "\"The Authority categorically rejects the false reports that the terminal was sold,\" the note says.");
        Assert.Contains(doc.Statements, s => s.Stance == Stance.Denied && s.Claim.Contains("terminal was sold", StringComparison.Ordinal));
    }
}
