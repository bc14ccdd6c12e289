using System.Diagnostics;
using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Gazetteer costs in processor time rather than wall time, so that they hold on a machine other jobs share: one cold
/// load, warm loads, the heap the data keeps, and the per-token cost of each lookup over the seed articles' tokens (median
/// of five passes of 200,000 tokens). Run: dotnet run -c Release --project tests/KnowledgeGraph.Benchmarks -- --gazetteer-figures
/// </summary>
public static class GazetteerFigures
{
    private const int TokenCount = 200_000;

    public static void Run()
    {
        var assembly = typeof(Gazetteer).Assembly;
        var files = Gazetteer.FileNames.ToDictionary(n => n, n =>
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream("KnowledgeGraph.Data.gazetteers." + n)!);
            return reader.ReadToEnd();
        });
        Console.WriteLine($"data files: {files.Values.Sum(f => (long)f.Length):N0} chars ({string.Join(", ", files.Select(f => $"{f.Key} {f.Value.Length:N0}"))})");

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var (cold, gazetteer) = CpuMs(() => Gazetteer.Parse(n => (files[n], n)));
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        var warm = Enumerable.Range(0, 5).Select(_ => CpuMs(() => Gazetteer.Parse(n => (files[n], n))).Ms).Order().ToList();
        Console.WriteLine($"load: cold {cold:N0} ms processor time, warm median {warm[2]:N0} ms; heap kept {retained / 1048576.0:N1} MiB");

        var tokens = new List<Token>(TokenCount + 5000);
        var seeds = Directory.GetFiles(SeedDir(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        for (var i = 0; tokens.Count < TokenCount; i++)
        {
            Tokenizer.Tokenize(seeds[i % seeds.Count], 0, seeds[i % seeds.Count].Length, tokens);
        }

        tokens.RemoveRange(TokenCount, tokens.Count - TokenCount);
        var capitalised = tokens.Count(t => t.Cap);
        Console.WriteLine($"tokens: {tokens.Count:N0}, {capitalised:N0} capitalised");
        Report("place trie, every token", tokens, i => gazetteer.MatchPlace(tokens, i, tokens.Count).Length);
        Report("WordNet trie, every token", tokens, i => gazetteer.WordNet.Match(tokens, i, tokens.Count).Length);
        Report("outlet trie, every token", tokens, i => gazetteer.MatchOutlet(tokens, i, tokens.Count).Length);
        Report("given name, every token", tokens, i => gazetteer.IsGivenName(tokens[i].Norm) ? 1 : 0);
        Report("demonym, every token", tokens, i => gazetteer.CountryOfDemonym(tokens[i].Norm) is null ? 0 : 1);
        Report("all five, every token", tokens, i => gazetteer.MatchPlace(tokens, i, tokens.Count).Length
            + gazetteer.WordNet.Match(tokens, i, tokens.Count).Length + gazetteer.MatchOutlet(tokens, i, tokens.Count).Length
            + (gazetteer.IsGivenName(tokens[i].Norm) ? 1 : 0) + (gazetteer.CountryOfDemonym(tokens[i].Norm) is null ? 0 : 1));

        // What an extractor pays when it asks only at capitalised tokens (where names start), per token of text.
        Report("all five, capitalised only", tokens, i => !tokens[i].Cap ? 0 : gazetteer.MatchPlace(tokens, i, tokens.Count).Length
            + gazetteer.WordNet.Match(tokens, i, tokens.Count).Length + gazetteer.MatchOutlet(tokens, i, tokens.Count).Length
            + (gazetteer.IsGivenName(tokens[i].Norm) ? 1 : 0) + (gazetteer.CountryOfDemonym(tokens[i].Norm) is null ? 0 : 1));
    }

    private static void Report(string what, List<Token> tokens, Func<int, int> lookup)
    {
        var passes = new List<double>();
        var found = 0;
        for (var pass = 0; pass < 6; pass++)
        {
            var (ms, hits) = CpuMs(() =>
            {
                var n = 0;
                for (var i = 0; i < tokens.Count; i++)
                {
                    n += lookup(i);
                }

                return n;
            });
            found = hits;
            if (pass > 0)
            {
                passes.Add(ms * 1e6 / tokens.Count);
            }
        }

        passes.Sort();
        Console.WriteLine($"{what,-28} median {passes[2],6:N1} ns/token (min {passes[0]:N1}); {found:N0} hits");
    }

    private static (double Ms, T Result) CpuMs<T>(Func<T> work)
    {
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var result = work();
        process.Refresh();
        return ((process.TotalProcessorTime - before).TotalMilliseconds, result);
    }

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
