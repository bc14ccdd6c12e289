using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Evaluation;

namespace KnowledgeGraph.Core.Tests.Evaluation;

public sealed class GoldReaderTests
{
    [Fact]
    public void Every_gold_file_of_the_dev_set_and_of_ours_reads_without_problems()
    {
        foreach (var dir in new[] { ScorePy.DevDir, Seeds.GoldDir, Seeds.ArticlesDir })
        {
            var gold = GoldReader.LoadFolder(dir);
            Assert.NotEmpty(gold);
            Assert.All(gold, g => Assert.Equal(Path.GetFileName(g.Path), g.Gold.File + ".gold.json"));
        }

        var dev = GoldReader.LoadFolder(ScorePy.DevDir).Select(g => g.Gold).ToList();
        Assert.Equal(24, dev.Count);
        Assert.Equal(161, dev.Sum(g => g.Claims.Count)); // the dev README's totals
        Assert.Equal(221, dev.Sum(g => g.Entities.Count));
        Assert.Equal(49, dev.Sum(g => g.Claims.Count(c => c.Stance == "denied")));
        Assert.Equal(47, dev.Sum(g => g.Claims.Count(c => c.AltEvidence.Count > 0)));
    }

    [Theory]
    [InlineData("""{"file": "a.txt", "entities": [], "claims": [{"speaker": "X", "evidence": "y"}]}""", "claims[0].stance: missing")]
    [InlineData("""{"file": "a.txt", "entities": [{"name": "X", "kind": "person"}], "claims": []}""", "entities[0].kind: \"person\" is not a kind")]
    [InlineData("""{"file": "a.txt", "entities": [], "claims": [{"speaker": "X", "stance": "rejected", "evidence": "y"}]}""", "claims[0].stance: \"rejected\" is not a stance")]
    [InlineData("""{"file": "a.txt", "entities": []}""", "claims: missing")]
    [InlineData("""{"entities": [], "claims": []}""", "file: missing")]
    [InlineData("""{"file": "a.txt", "entities": [], "claims": [{"speaker": "X", "stance": "said", "evidence": "y", "altEvidence": "z"}]}""", "claims[0].altEvidence: expected a list")]
    [InlineData("""{"file": "a.txt", "entities": [], "claims": [}""", "not valid JSON (line 1)")]
    public void A_bad_gold_file_is_refused_naming_the_file_and_the_field(string json, string expected)
    {
        var ex = Assert.Throws<GoldFormatException>(() => GoldReader.Parse(json, "dev/a.txt.gold.json"));
        Assert.StartsWith("dev/a.txt.gold.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_lists_may_be_absent_or_null_as_score_py_allows()
    {
        var gold = GoldReader.Parse("""
            {"file": "a.txt", "publisher": null,
             "entities": [{"name": "X", "kind": "Person"}],
             "claims": [{"speaker": "X", "stance": "said", "evidence": "y", "altEvidence": null}]}
            """, "a.txt.gold.json");
        Assert.Empty(gold.Entities[0].Aliases);
        Assert.Empty(gold.Claims[0].AltEvidence);
        Assert.Empty(gold.Claims[0].ReportedBy);
        Assert.Null(gold.Publisher);
    }
}
