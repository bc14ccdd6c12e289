using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Cost of the gazetteers: loading the five embedded files (time, allocation, and the heap they keep, printed by the
/// setup), and the per-token cost of each lookup over the seed articles' tokens (every benchmark reports time per token
/// through OperationsPerInvoke). Run: dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- --filter '*Gazetteer*'
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private const int TokenCount = 200_000;
    private const int LineCount = 300;

    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly List<Token> _tokens = new(TokenCount + 1000);
    private readonly List<string> _hosts = [];
    private readonly List<string> _lines = [];
    private Gazetteer _gazetteer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var assembly = typeof(Gazetteer).Assembly;
        long bytes = 0;
        foreach (var name in Gazetteer.FileNames)
        {
            using var stream = assembly.GetManifestResourceStream("KnowledgeGraph.Data.gazetteers." + name)!;
            bytes += stream.Length;
            using var reader = new StreamReader(stream);
            _files[name] = reader.ReadToEnd();
        }

        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _gazetteer = Load();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// gazetteer files: {bytes:N0} bytes; retained after load: {(after - before) / 1048576.0:N1} MiB; one load: {_gazetteer.LoadTime.TotalMilliseconds:N0} ms");
        Console.WriteLine($"// {_gazetteer.Places.CountryCount} countries, {_gazetteer.Places.SubdivisionCount} subdivisions, {_gazetteer.Places.CityCount} cities, "
            + $"{_gazetteer.Places.DemonymCount} demonyms, {_gazetteer.Names.GivenCount} given names, {_gazetteer.Names.SurnameCount} surnames, "
            + $"{_gazetteer.WordNet.Count} WordNet names, {_gazetteer.Outlets.Count} outlets");

        var seeds = Directory.GetFiles(SeedDir(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        for (var i = 0; _tokens.Count < TokenCount || _lines.Count < LineCount; i++)
        {
            var text = seeds[i % seeds.Count];
            Tokenizer.Tokenize(text, 0, text.Length, _tokens);
            _lines.AddRange(text.Split('\n').Where(l => l.Length > 0).Take(3));
        }

        _lines.RemoveRange(LineCount, _lines.Count - LineCount);

        _tokens.RemoveRange(TokenCount, _tokens.Count - TokenCount);
        _hosts.AddRange(["https://www.reuters.com/world/americas/x", "https://edition.cnn.com/2026/x", "https://apnews.com/article/x",
            "https://www.example.org/news/x", "https://uk.news.yahoo.com/x", "https://oglobo.globo.com/x", "https://www.cibercuba.com/x",
            "https://news.some-local-site.com/x"]);
    }

    [Benchmark]
    public Gazetteer Load() => Gazetteer.Parse(name => (_files[name], name));

    [Benchmark(OperationsPerInvoke = TokenCount)]
    public int PlacePerToken()
    {
        var found = 0;
        for (var i = 0; i < _tokens.Count; i++)
        {
            found += _gazetteer.MatchPlace(_tokens, i, _tokens.Count).Length;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = TokenCount)]
    public int GivenNamePerToken()
    {
        var found = 0;
        foreach (var t in _tokens)
        {
            found += _gazetteer.IsGivenName(t.Norm) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = TokenCount)]
    public int WordNetPerToken()
    {
        var found = 0;
        for (var i = 0; i < _tokens.Count; i++)
        {
            found += _gazetteer.WordNet.Match(_tokens, i, _tokens.Count).Length;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = TokenCount)]
    public int OutletPerToken()
    {
        var found = 0;
        for (var i = 0; i < _tokens.Count; i++)
        {
            found += _gazetteer.MatchOutlet(_tokens, i, _tokens.Count).Length;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = TokenCount)]
    public int AllLookupsPerToken()
    {
        var found = 0;
        for (var i = 0; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            found += _gazetteer.MatchPlace(_tokens, i, _tokens.Count).Length + _gazetteer.WordNet.Match(_tokens, i, _tokens.Count).Length
                + _gazetteer.MatchOutlet(_tokens, i, _tokens.Count).Length + (_gazetteer.IsGivenName(t.Norm) ? 1 : 0)
                + (_gazetteer.CountryOfDemonym(t.Norm) is null ? 0 : 1);
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 8)]
    public int OutletOfHost()
    {
        var found = 0;
        foreach (var h in _hosts)
        {
            found += _gazetteer.OutletOfHost(h) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = LineCount)]
    public int FindCreditPerLine()
    {
        var found = 0;
        foreach (var line in _lines)
        {
            found += _gazetteer.Outlets.FindCredit(line) is null ? 0 : 1;
        }

        return found;
    }

    // ../shared/seeds beside the checkout, looked for in every folder above the build output (a clone or a worktree).
    private static string SeedDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        throw new InvalidOperationException("No shared/seeds folder was found above " + AppContext.BaseDirectory);
    }
}
