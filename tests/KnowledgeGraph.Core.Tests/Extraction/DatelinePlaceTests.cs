using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "SYDNEY (Reuters) -", "AUSTIN, Texas (AP) —", "SYDNEY •", "MULTAN, Aug 7:": the place in capitals that opens a wire dateline is a place
/// even when it is also a given name, and the sentence after the dateline keeps its subject. Invented sentences.
/// </summary>
public sealed class DatelinePlaceTests
{
    private const string Sentence = " Prime Minister Malcolm Turnbull has dismissed a media report that suggests the port would be sold.";

    [Theory]
    [InlineData("SYDNEY (Reuters) -", "Sydney")]
    [InlineData("SYDNEY \u2022", "Sydney")]
    [InlineData("AUSTIN, Texas (AP) \u2014", "Austin")]
    [InlineData("PARIS, Jan 9 (Reuters) -", "Paris")]
    [InlineData("MULTAN, Aug 7:", "Multan")] // a colon after the date closes it
    public void A_dateline_place_in_capitals_is_a_place_and_the_lead_keeps_its_speaker(string dateline, string place)
    {
        var doc = Invented.Extract("dateline.txt", dateline + Sentence);
        Assert.Contains(doc.Entities, e => e.Name == place && e.Kind == EntityKind.Place);
        var turnbull = Assert.Single(doc.Entities, e => e.Name == "Malcolm Turnbull");
        doc.Require(turnbull.Id, Stance.Denied, "port would be sold");
    }

    [Fact]
    public void A_given_name_in_capitals_that_opens_a_sentence_is_no_dateline()
    {
        var doc = Invented.Extract("name.txt", "SYDNEY said the port would be sold, and Malcolm Turnbull dismissed the report.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Sydney" && e.Kind == EntityKind.Place);
    }
}
