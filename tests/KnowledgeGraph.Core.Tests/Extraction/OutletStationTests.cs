using KnowledgeGraph.Core.Tests.Support;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// "told BBC Breakfast", "told BBC Radio 4", "told CBS 8": a station, programme or edition after an outlet's name is the
/// outlet the speaker spoke to; a day after the name ("told CNN Sunday", "told CNN on Sunday") is not. Invented sentences.
/// </summary>
public sealed class OutletStationTests
{
    [Theory]
    [InlineData("Ben Wallace told BBC Breakfast the harbour claims were \"ludicrous\".", "BBC Breakfast")]
    [InlineData("Ben Wallace told BBC Radio 4 that the harbour claims were false.", "BBC Radio 4")]
    [InlineData("Ben Wallace told CBS 8 that the harbour claims were false.", "CBS 8")]
    [InlineData("Ben Wallace told CNN on Sunday that the harbour claims were false.", "CNN")]
    [InlineData("Ben Wallace told CNN Sunday that the harbour claims were false.", "CNN")]
    public void The_outlet_spoken_to_is_the_station_or_programme(string sentence, string outlet)
    {
        var doc = Invented.Extract("station.txt", "Minister denies claims\n\n" + sentence);
        var s = Assert.Single(doc.Statements);
        var reporter = Assert.Single(s.ReportedBy);
        Assert.Equal(outlet, doc.Entities.Single(e => e.Id == reporter).Name);
    }
}
