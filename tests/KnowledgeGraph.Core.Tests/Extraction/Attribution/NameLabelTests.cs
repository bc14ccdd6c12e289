using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// A line that is a person's name before a colon, after a label in capitals ("1. SOUNDBITE: (English) Jane Roe, Harbour
/// Master:", a video shot list), introduces the quoted paragraph below as that person's; a line that says more does not.
/// Invented sentences.
/// </summary>
public sealed class NameLabelTests
{
    [Fact]
    public void A_soundbite_label_gives_the_quotation_below_to_the_person_it_names()
    {
        var doc = Invented.Extract("shotlist.txt",
            "Harbour briefing\n\nHarlow - 27 February 2026\n\n1. SOUNDBITE: (English) Jane Roe, Harbour Master:\n\n" +
            "\"The report in the Ledger was not accurate. The port will reopen in May.\"");
        doc.Require("person:jane-roe", Stance.Denied, "not accurate");
        doc.Require("person:jane-roe", Stance.Said, "reopen in May");
    }

    [Fact]
    public void A_line_that_says_more_than_a_name_introduces_nothing()
    {
        var doc = Invented.Extract("shotlist.txt",
            "Harbour briefing\n\nThe harbour board met Jane Roe in Harlow to discuss the following:\n\n\"The port will reopen in May.\"");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "person:jane-roe");
    }
}
