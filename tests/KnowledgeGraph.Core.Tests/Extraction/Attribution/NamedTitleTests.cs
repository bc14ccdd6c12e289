using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// A person named with an organisation's or another person's title around the name: the person speaks, and the
/// organisation or owner the title belongs to is neither the speaker nor an intermediary. Invented text.
/// </summary>
public sealed class NamedTitleTests
{
    private static ExtractedDocument Extract(string body) => Invented.Extract("named-title.txt", body);

    [Theory]
    [InlineData("The report was full of errors, said Jane Roe, Okafor's spokeswoman.")]
    [InlineData("The report was full of errors, said Jane Roe, Harbour Mining Corp's chief executive.")]
    public void A_speaker_after_the_verb_described_by_a_named_owner_speaks(string sentence)
    {
        var doc = Extract("Maria Okafor and Harbour Mining Corp answered a new report on Monday.\n\n" + sentence);
        doc.Require("person:jane-roe", Stance.Denied, "full of errors");
    }

    [Fact]
    public void A_named_owner_description_does_not_let_a_longer_tail_through()
    {
        var doc = Extract("Maria Okafor answered a new report on Monday.\n\nThe report was full of errors, said Jane Roe, Okafor's spokeswoman who also said the mine was safe.");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId == "person:jane-roe" && s.Evidence.Contains("full of errors", StringComparison.Ordinal) &&
            s.Evidence.Contains("mine was safe", StringComparison.Ordinal));
    }

    [Fact]
    public void According_to_an_organisation_title_and_name_the_named_person_speaks_and_relays_nothing()
    {
        var doc = Extract("Harbour Mining Corp. answered the critics on Monday.\n\n" +
            "According to Harbour Mining Corp. spokesman Elmer Yanga, the mine will reopen in May.");
        var s = doc.Require("person:elmer-yanga", Stance.Said, "mine will reopen");
        Assert.Empty(s.ReportedBy);
        Assert.DoesNotContain(doc.Statements, x => x.SpeakerId != "person:elmer-yanga" && x.Evidence.Contains("reopen", StringComparison.Ordinal));
    }

    [Fact]
    public void According_to_an_outlet_then_a_person_keeps_the_outlet_as_the_relay()
    {
        var doc = Extract("According to Reuters, Elmer Yanga said the mine will reopen in May.");
        Assert.Contains("institution:reuters", doc.Require("person:elmer-yanga", Stance.Said, "mine will reopen").ReportedBy);
    }

    [Theory]
    [InlineData("The report was filled with inaccuracies, said Jane Roe.")]
    [InlineData("The report was packed with falsehoods, said Jane Roe.")]
    public void A_report_filled_with_errors_is_denied(string sentence)
    {
        Extract("Jane Roe answered a new report on Monday.\n\n" + sentence).Require("person:jane-roe", Stance.Denied, "The report");
    }
}
