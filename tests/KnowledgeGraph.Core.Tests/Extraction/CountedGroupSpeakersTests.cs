using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "All three lawmakers denied …", "The three directors said …", "Both lawmakers denied …": a counted plural speaks for as
/// many people named just before, each of them ("lawmakers" are people, though a "lawmaker" ends like a "carmaker"); a
/// count larger than the names at hand speaks for no one. Invented sentences.
/// </summary>
public sealed class CountedGroupSpeakersTests
{
    private const string Names = "Lawmakers face probe\n\nRashida Tlaib, Bill Huizenga and Ross Spano were named in the harbour complaint.\n\n";

    [Theory]
    [InlineData("All three lawmakers denied the harbour bribery allegations.")]
    [InlineData("The three directors denied the harbour bribery allegations.")]
    [InlineData("All the three leaders denied the harbour bribery allegations.")]
    public void A_counted_plural_speaks_for_each_of_as_many(string sentence)
    {
        var doc = Invented.Extract("group.txt", Names + sentence);
        var speakers = doc.Statements.Where(s => s.Evidence.Contains("bribery", StringComparison.Ordinal))
            .Select(s => (doc.Entities.Single(e => e.Id == s.SpeakerId).Name, s.Stance)).OrderBy(x => x.Name, StringComparer.Ordinal).ToList();
        Assert.Equal([("Bill Huizenga", Stance.Denied), ("Rashida Tlaib", Stance.Denied), ("Ross Spano", Stance.Denied)], speakers);
    }

    [Fact]
    public void Both_lawmakers_are_the_last_two_people()
    {
        var doc = Invented.Extract("group.txt", "Lawmakers face probe\n\nRashida Tlaib and Ross Spano were named in the complaint.\n\nBoth lawmakers denied the harbour bribery allegations.");
        var speakers = doc.Statements.Select(s => doc.Entities.Single(e => e.Id == s.SpeakerId).Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Rashida Tlaib", "Ross Spano"], speakers);
    }

    [Fact]
    public void A_count_beyond_the_names_at_hand_is_no_one()
    {
        var doc = Invented.Extract("group.txt", "Lawmakers face probe\n\nRashida Tlaib and Ross Spano were named in the complaint.\n\nAll five lawmakers denied the harbour bribery allegations.");
        Assert.DoesNotContain(doc.Statements, s => s.Evidence.Contains("bribery", StringComparison.Ordinal));
    }
}
