using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>Names rewritten in a claim are read once, with the words the text put around them.</summary>
public sealed class ClaimNameTests
{
    [Fact]
    public void A_government_named_by_its_building_after_a_preposition_of_place_keeps_its_words()
    {
        var s = Assert.Single(Invented.Extract("palace.txt",
            "Maria Okafor said the talks were held at the National Palace in Mexico City.").Statements);
        Assert.Equal("The talks were held at the National Palace in Mexico City", s.Claim);
    }

    [Fact]
    public void An_institution_written_with_the_keeps_it()
    {
        var s = Assert.Single(Invented.Extract("white-house.txt", "Maria Okafor said the talks were held at the White House.").Statements);
        Assert.Equal("The talks were held at the White House", s.Claim);
    }

    [Fact]
    public void A_title_outside_the_mention_is_not_written_twice()
    {
        var s = Assert.Single(Invented.Extract("title.txt", "Maria Okafor said pope Leo XIV would visit the port.").Statements);
        Assert.Equal("Pope Leo XIV would visit the port", s.Claim);
    }

    [Fact]
    public void Words_after_a_short_name_that_the_full_name_ends_with_are_not_written_twice()
    {
        var doc = Invented.Extract("tail.txt",
            "Amnesty International India halted its work on Monday.\n\nMaria Okafor said Amnesty India\u2019s applications had been denied since 2000.");

        var s = Assert.Single(doc.Statements, x => x.Claim.Contains("applications", StringComparison.Ordinal));
        Assert.Equal("Amnesty International India's applications had been denied since 2000", s.Claim);
    }
}
