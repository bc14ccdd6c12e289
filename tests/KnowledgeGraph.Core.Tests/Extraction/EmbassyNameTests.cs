using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// A country's embassy written in lower case ("the U.S. embassy in Havana", "a Kenyan embassy spokesperson") is that
/// embassy, named as the convention names them, and speaks for itself, not for the country's government; so is a
/// capitalised one written with the place it is in ("The US Embassy in Kenya"). Invented text.
/// </summary>
public sealed class EmbassyNameTests
{
    [Theory]
    [InlineData("A U.S. embassy spokesperson denied the report, saying the aid did not include weapons for the port.", "Embassy of the United States")]
    [InlineData("The US embassy in Lagos said the report about weapons for the port was false.", "Embassy of the United States in Lagos")]
    [InlineData("Kenya's embassy said the report about weapons for the port was false.", "Embassy of Kenya")]
    public void A_countrys_lower_case_embassy_speaks(string sentence, string name)
    {
        var doc = Invented.Extract("embassy.txt", "Weapons shipment denied\n\n" + sentence);
        var embassy = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(EntityKind.Institution, embassy.Kind);
        doc.Require(embassy.Id, Stance.Denied, "report");
        Assert.DoesNotContain(doc.Statements, s => s.SpeakerId.StartsWith("institution:government-of", StringComparison.Ordinal));
    }

    [Fact]
    public void An_embassy_without_a_country_before_it_is_no_new_name()
    {
        var doc = Invented.Extract("embassy.txt", "Weapons shipment denied\n\nProtesters gathered outside the embassy on Monday before the talks began.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Embassy of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The US Embassy in Lagos has dismissed a report that the aid included weapons for the port.", "Embassy of the United States in Lagos")]
    [InlineData("The Russian Embassy in Lagos said the report about weapons for the port was false.", "Embassy of Russia in Lagos")]
    [InlineData("Nigerian Embassy in Nairobi on Saturday disputed reports about weapons for the port.", "Embassy of Nigeria in Nairobi")]
    public void A_capitalised_embassy_with_its_host_place_is_named_like_a_lower_case_one(string sentence, string name)
    {
        var doc = Invented.Extract("embassy.txt", "Weapons shipment denied\n\n" + sentence);
        var embassy = Assert.Single(doc.Entities, e => e.Name == name);
        doc.Require(embassy.Id, Stance.Denied, "weapons");
    }

    [Fact]
    public void A_capitalised_embassy_without_a_place_keeps_its_written_name()
    {
        var doc = Invented.Extract("embassy.txt", "Weapons shipment denied\n\nThe US Embassy said the report about weapons for the port was false.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("Embassy of", StringComparison.Ordinal));
    }
}
