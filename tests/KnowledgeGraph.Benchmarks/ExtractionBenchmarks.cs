using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Extraction throughput on one core: the five seed articles repeated to about 10 MB of text, extracted article by
/// article. The Words/s column divides the corpus' word count by the median time of one pass.
/// Run: dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- --filter *ExtractionBenchmarks*
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
[Config(typeof(ExtractionBenchmarksConfig))]
public class ExtractionBenchmarks
{
    private const int TargetChars = 10_000_000;

    private readonly List<ArticleInput> _corpus = [];
    private ArticleExtractor _extractor = null!;

    /// <summary>Words in the corpus (white-space separated), read by the Words/s column.</summary>
    public static long WordCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _extractor = ArticleExtractor.CreateDefault();
        var seeds = Directory.GetFiles(SeedDir(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        long chars = 0, words = 0;
        for (var i = 0; chars < TargetChars; i++)
        {
            var text = seeds[i % seeds.Count];
            _corpus.Add(new ArticleInput($"seed-{i}.txt", text));
            chars += text.Length;
            words += text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }

        WordCount = words;
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "kg-extraction-benchmark-words.txt"), words.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine($"// corpus: {_corpus.Count} articles, {chars:N0} chars, {words:N0} words");
    }

    [Benchmark]
    public int ExtractTenMegabytes()
    {
        var statements = 0;
        foreach (var article in _corpus)
        {
            statements += _extractor.Extract(article).Statements.Count;
        }

        return statements;
    }

    private static string SeedDir()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException("KnowledgeGraph.sln was not found above " + AppContext.BaseDirectory)
            : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
    }
}
