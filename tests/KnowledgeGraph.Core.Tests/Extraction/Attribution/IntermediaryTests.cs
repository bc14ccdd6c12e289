using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// The outlet a statement reached us through is its reportedBy, never its speaker, however the outlet is named around the
/// speaker's clause (../shared/dev/README.md, "Speakers, nested claims and reportedBy"). Invented sentences.
/// </summary>
public sealed class IntermediaryTests
{
    [Fact]
    public void The_outlet_of_an_opening_interview_phrase_is_no_speaker_even_with_a_modifier_before_it()
    {
        var doc = Invented.Extract("interview.txt", "The Nigerian Navy said on Monday it had detained a tanker. In an interview with German broadcaster " +
            "Deutsche Welle, the navy spokesman said the vessel had entered Nigerian waters illegally.");
        var s = doc.Require("institution:nigerian-navy", Stance.Said, "entered Nigerian waters");
        Assert.Equal(["institution:dw"], s.ReportedBy);
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "institution:dw");
    }

    [Fact]
    public void An_unresolved_subject_after_an_opening_interview_phrase_leaves_no_statement_to_the_outlet()
    {
        var doc = Invented.Extract("interview.txt",
            "In an interview with German broadcaster Deutsche Welle, the spokesman said the vessel had entered Nigerian waters illegally.");
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId == "institution:dw");
    }

    [Theory]
    [InlineData("Speaking on Lagos-based Harmony FM, Transport Minister Femi Adeyemi said the port fees would not rise this year.")]
    [InlineData("Speaking to Harmony FM, Transport Minister Femi Adeyemi said the port fees would not rise this year.")]
    [InlineData("Speaking on Harmony FM's Morning Drive programme, Transport Minister Femi Adeyemi said the port fees would not rise this year.")]
    public void A_radio_station_spoken_on_or_to_is_the_intermediary(string sentence)
    {
        var doc = Invented.Extract("radio.txt", sentence);
        var s = doc.Require("person:femi-adeyemi", Stance.Said, "port fees");
        Assert.Equal(["institution:harmony-fm"], s.ReportedBy);
        Assert.Single(doc.Entities, e => e.Name == "Harmony FM");
    }
}
