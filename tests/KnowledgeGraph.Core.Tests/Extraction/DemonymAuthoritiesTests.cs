using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "Cypriot authorities said …", "Lithuanian officials said …": a people's name (from the registry or the gazetteers'
/// demonyms, which now hold the nationality adjectives WordNet lacks) and a noun for its government, with no article,
/// right before the verb, are that country's government, as "the Cypriot authorities" are; a people's name before other
/// people ("Cypriot fishermen") is no government. Invented sentences.
/// </summary>
public sealed class DemonymAuthoritiesTests
{
    [Theory]
    [InlineData("Cypriot authorities said on Wednesday that the port would stay open.", "Government of Cyprus")]
    [InlineData("Lithuanian officials said on Wednesday that the port would stay open.", "Government of Lithuania")]
    [InlineData("The port closed, and Ivorian authorities said on Wednesday that the harbour would reopen next month.", "Government of Côte d'Ivoire")]
    public void A_peoples_name_and_its_authorities_are_its_government(string sentence, string government)
    {
        var doc = Invented.Extract("demonym.txt", sentence);
        var speaker = Assert.Single(doc.Entities, e => e.Name == government);
        Assert.Equal(EntityKind.Institution, speaker.Kind);
        Assert.Contains(doc.Statements, s => s.SpeakerId == speaker.Id && s.Stance == Stance.Said);
    }

    [Fact]
    public void A_peoples_name_before_other_people_is_no_government()
    {
        var doc = Invented.Extract("demonym.txt", "Cypriot fishermen said on Wednesday that the port would stay open.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Government of Cyprus");
    }
}
