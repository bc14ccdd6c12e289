using KnowledgeGraph.Core.Tests.Support;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Core.Tests.Evaluation;

public sealed class GoldEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_articles_meet_the_quality_floors()
    {
        var report = GoldEvaluator.Evaluate(Seeds.GoldDir, Seeds.SeedDir, [.. Seeds.All.Select(a => a.Doc)]);
        Print("seed articles", report);
        Assert.Empty(report.Problems);
        Assert.Equal(5, report.PerFile.Count);
        Assert.True(report.StatementsPrecision >= SeedFloors.StatementPrecision, $"statement precision {report.StatementsPrecision:0.000}");
        Assert.True(report.StatementsRecall >= SeedFloors.StatementRecall, $"statement recall {report.StatementsRecall:0.000}");
        Assert.True(report.DeniedRecall >= SeedFloors.DenialRecall, $"denial recall {report.DeniedRecall:0.000}");
        Assert.True(report.EntitiesRecall >= SeedFloors.EntityRecall, $"entity recall {report.EntitiesRecall:0.000}");
    }

    [Fact]
    public void Our_own_articles_meet_the_quality_floors()
    {
        var docs = Directory.GetFiles(Seeds.ArticlesDir, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => Seeds.Extractor.Extract(new ArticleInput(Path.GetFileName(f), File.ReadAllText(f)))).ToList();
        var report = GoldEvaluator.Evaluate(Seeds.ArticlesDir, Seeds.ArticlesDir, docs);
        Print("own test articles", report);
        Assert.Empty(report.Problems);
        Assert.Equal(Directory.GetFiles(Seeds.ArticlesDir, "*.gold.json").Length, report.PerFile.Count);
        Assert.True(report.PerFile.Count >= 6, $"expected at least 6 own articles with gold, found {report.PerFile.Count}");
        Assert.True(report.StatementsPrecision >= OwnFloors.StatementPrecision, $"statement precision {report.StatementsPrecision:0.000}");
        Assert.True(report.StatementsRecall >= OwnFloors.StatementRecall, $"statement recall {report.StatementsRecall:0.000}");
        Assert.True(report.DeniedRecall >= OwnFloors.DenialRecall, $"denial recall {report.DeniedRecall:0.000}");
        Assert.True(report.EntitiesRecall >= OwnFloors.EntityRecall, $"entity recall {report.EntitiesRecall:0.000}");
    }

    [Fact]
    public void A_wrong_speaker_or_stance_does_not_count_as_a_match()
    {
        var (file, text, doc) = Seeds.Get("004");
        var gold = new GoldFile(file,
            [new GoldEntity("Carlos Fernández de Cossío", "Person") { Aliases = ["Cossío"] }, new GoldEntity("Donald Trump", "Person")],
            [
                new GoldClaim("Carlos Fernández de Cossío", "said", "starting a negotiation process"),
                new GoldClaim("Donald Trump", "denied", "talks with Cuba had begun"),
                new GoldClaim("Donald Trump", "said", "talks with Cuba had begun"),
            ]);
        var report = GoldEvaluator.Evaluate([gold], _ => new PythonText(text), [doc]);
        Assert.Equal(1, report.Counts.GoldHit);
        Assert.Equal(3, report.Counts.Gold);
        Assert.Equal(3, report.Counts.GoldFound); // all three are found; only the right speaker and stance is a hit
    }

    private void Print(string title, EvaluationReport report)
    {
        output.WriteLine($"== {title} ==");
        output.WriteLine(report.ToString());
        foreach (var f in report.PerFile)
        {
            foreach (var m in f.Missed)
            {
                output.WriteLine($"  missed   {f.File}: {m}");
            }

            foreach (var s in f.Spurious)
            {
                output.WriteLine($"  spurious {f.File}: {s}");
            }
        }
    }

    // The aims of issue 3 (measured on the seeds: P 0.988, R 0.888, denials R 0.900, entities R 0.987; the same under
    // score.py's rules after the gold moved to the dev format).
    private static class SeedFloors
    {
        public const double StatementPrecision = 0.90;
        public const double StatementRecall = 0.85;
        public const double DenialRecall = 0.85;
        public const double EntityRecall = 0.95;
    }

    // Our own articles: the first three (measured: P 1.000, R 0.929, denials R 0.833, entities R 0.909), then three
    // Cuba-US stories in wire, Cuban-outlet and Mexican styles and a fourth written after the rules as a held-out check.
    // Under score.py's rules, all 13: P 0.972, R 0.972, denials R 0.955, entities R 0.973 (the earlier rules gave the same).
    private static class OwnFloors
    {
        public const double StatementPrecision = 0.90;
        public const double StatementRecall = 0.85;
        public const double DenialRecall = 0.80;
        public const double EntityRecall = 0.85;
    }
}
