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
