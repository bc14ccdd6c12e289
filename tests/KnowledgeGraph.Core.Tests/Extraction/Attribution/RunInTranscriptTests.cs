using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// A broadcast transcript whose turns run on one line, each opened by the voice's initials ("TH: … JR: …"): each turn is
/// a line of its own, and initials that are those of one person the article names are that person. Invented text.
/// </summary>
public sealed class RunInTranscriptTests
{
    private const string Transcript =
        "Harbour Hour, interview with Jane Roe\n\n" +
        "TH: My first guest this morning is the harbour master, Jane Roe, who is here with me in the studio today. Harbour master - " +
        "JR: Good morning. TH: Good morning. Did the port board sell the northern terminal to a foreign buyer last year? " +
        "JR: That is not true. The northern terminal was never sold, and the board has kept every berth in public hands since the " +
        "harbour opened. TH: So the Ledger report was wrong? JR: The report was wrong, and the port will reopen fully in May this year.";

    [Fact]
    public void Run_in_initials_labels_give_each_turn_to_the_person_they_stand_for()
    {
        var doc = Invented.Extract("runin.txt", Transcript);
        doc.Require("person:jane-roe", Stance.Denied, "That is not true");
        doc.Require("person:jane-roe", Stance.Denied, "never sold");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:jane-roe" && x.Evidence.Contains("first guest", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lone_label_in_a_line_is_no_transcript()
    {
        var doc = Invented.Extract("runin.txt",
            "Harbour news\n\nHarbour master Jane Roe said on Monday that the northern terminal was never sold and that the board has kept every berth " +
            "in public hands since the harbour opened, in a long statement to the council. UK: the port will reopen fully in May this year, " +
            "she said, adding that the board would publish its accounts and answer every question the council had put to it.");
        Assert.DoesNotContain(doc.Statements, x => x.Rule == "transcript-answer");
    }

    [Fact]
    public void A_greeting_in_a_turn_is_no_statement()
    {
        var doc = Invented.Extract("runin.txt", Transcript);
        Assert.DoesNotContain(doc.Statements, x => x.Evidence.StartsWith("Good morning", StringComparison.Ordinal));
    }
}
