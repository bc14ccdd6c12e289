using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "The state government of Quintana Roo", "the government of Kerala state": a state named after "of" has its own
/// government, as "the Kerala government" has, not the country's nor that of another country the article names.
/// Invented sentences.
/// </summary>
public sealed class StateGovernmentOfTests
{
    [Theory]
    [InlineData("The state government of Quintana Roo accused the Harbour Gazette of a smear campaign.", "Government of Quintana Roo")]
    [InlineData("The government of Kerala state said the report about the harbour was false.", "Government of Kerala")]
    public void The_states_own_government_speaks(string sentence, string government)
    {
        var doc = Invented.Extract("state.txt", "Harbour row\n\nMadrid and Lisbon were quiet. " + sentence);
        Assert.Equal(government, doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }

    [Fact]
    public void A_countrys_government_named_after_of_stays_the_countrys()
    {
        var doc = Invented.Extract("state.txt", "Harbour row\n\nThe government of Ghana said the report about the harbour was false.");
        Assert.Equal("Government of Ghana", doc.Entities.Single(e => e.Id == Assert.Single(doc.Statements).SpeakerId).Name);
    }
}
