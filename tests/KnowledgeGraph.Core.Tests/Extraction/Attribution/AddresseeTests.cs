using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// A person someone "told" something is an addressee, not an intermediary, when told to do something or named with a
/// title or a role; "told X to stop …" is an instruction, whose telling a verb of saying around it keeps whole. An outlet
/// told stays the intermediary. Invented sentences.
/// </summary>
public sealed class AddresseeTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("told.txt", "Oil dispute\n\nUS President Donald Trump spoke in Washington on Monday.\n\n" + sentence);

    [Fact]
    public void Telling_someone_to_act_is_kept_whole_by_the_verb_of_saying_around_it()
    {
        var doc = Extract("Trump stated a few days ago that he told Mexican President Claudia Sheinbaum to stop supplying oil to the island.");
        var s = doc.Require("person:donald-trump", Stance.Said, "stated a few days ago");
        Assert.Contains("stop supplying oil", s.Claim, StringComparison.Ordinal);
        Assert.Empty(s.ReportedBy);
    }

    [Fact]
    public void A_titled_person_told_something_is_no_intermediary()
    {
        var doc = Extract("Trump told Mexican President Claudia Sheinbaum that the oil shipments to the island had to end.");
        var s = doc.Require("person:donald-trump", Stance.Said, "shipments");
        Assert.Empty(s.ReportedBy);
    }

    [Fact]
    public void An_outlet_told_stays_the_intermediary()
    {
        var doc = Extract("Trump told Reuters that the oil shipments to the island had to end.");
        Assert.Equal(["institution:reuters"], doc.Require("person:donald-trump", Stance.Said, "shipments").ReportedBy);
    }
}

/// <summary>"reported on the couple" names a topic, no statement; "reported on Monday that …" still reports. Invented sentences.</summary>
public sealed class ReportedOnTopicTests
{
    [Fact]
    public void Reporting_on_a_topic_is_no_statement()
    {
        var doc = Invented.Extract("topic.txt", "Port sale\n\nThe Harlow Ledger reported on the port sale in detail.\n\nThe Harlow Ledger reported on Monday that the port was sold.");
        Assert.Single(doc.Statements);
        doc.Require(doc.Statements[0].SpeakerId, Stance.Said, "port was sold");
    }
}
