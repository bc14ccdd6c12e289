using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction.Attribution;

/// <summary>
/// "a rumor was started by Us Weekly that …", "A rumour started by the Daily Mail had earlier claimed that …": the outlet
/// that started a rumour says what the rumour says, and relays it; a rumour started by no one named speaks for no one.
/// Invented sentences.
/// </summary>
public sealed class RumourStartedByTests
{
    private static ExtractedDocument Extract(string sentence) =>
        Invented.Extract("rumour.txt", "Mayor Jane Ruddock spoke on Monday.\n\n" + sentence);

    [Theory]
    [InlineData("Last week a rumor was started by the Harbour Gazette that the mayor would resign.")]
    [InlineData("A rumour started by the Harbour Gazette had earlier claimed that the mayor would resign.")]
    public void The_outlet_that_started_a_rumour_says_it(string sentence)
    {
        var s = Extract(sentence).Require("institution:harbour-gazette", Stance.Said, "rumo");
        Assert.Equal("The mayor would resign", s.Claim);
        Assert.Equal(["institution:harbour-gazette"], s.ReportedBy);
    }

    [Fact]
    public void A_rumour_started_by_no_one_named_speaks_for_no_one() =>
        Assert.Empty(Extract("A rumour started by rivals had claimed that the mayor would resign.").Statements);
}
