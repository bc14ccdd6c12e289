using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Real Madrid has reacted …": an English word the article writes capitalised inside sentences, right before a city's
/// name, makes a club's name, not the city standing for its country's government; a word of a region ("Central",
/// "Greater") does not. Invented sentences.
/// </summary>
public sealed class ClubBeforeCityWordTests
{
    [Fact]
    public void An_english_word_written_as_a_name_before_a_capital_is_a_club()
    {
        var doc = Invented.Extract("club.txt",
            "Real Madrid denies transfer ban reports\n\nReal Madrid has reacted swiftly to reports that it faces a transfer ban, calling them \"completely false.\"\n\n" +
            "A radio programme claimed on Tuesday that Real had broken the rules on youth signings.");
        var club = Assert.Single(doc.Entities, e => e.Name == "Real Madrid");
        Assert.Equal(EntityKind.Institution, club.Kind);
        doc.Require(club.Id, Stance.Denied, "reacted swiftly");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Government of Spain");
    }

    [Fact]
    public void A_word_of_a_region_before_a_capital_makes_no_club()
    {
        var doc = Invented.Extract("region.txt",
            "Protest planned\n\nResidents of the Central district met on Monday.\n\nCentral Madrid has seen three protests this month, police said.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Central Madrid");
    }

    [Fact]
    public void A_sentence_opening_english_word_the_article_never_writes_as_a_name_makes_no_club()
    {
        var doc = Invented.Extract("opener.txt",
            "Protest planned\n\nMany Madrid residents have said the rents are too high.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Many Madrid");
    }
}
