using System.IO.Compression;
using System.Text.Json;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>kg synth: the benchmark corpus is deterministic, news-sized, and gives the extractor contested and corroborated claims.</summary>
public sealed class SynthCommandTests
{
    [Fact]
    public async Task The_same_seed_gives_the_same_corpus_and_another_seed_another()
    {
        using var dir = new TempDir();

        foreach (var (name, seed) in new[] { ("a", "7"), ("b", "7"), ("c", "8") })
        {
            var result = await Kg.RunAsync("synth", "--articles", "50", "--seed", seed, "-o", dir.File($"{name}.jsonl.gz"));
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("for benchmarks only", result.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal(Lines(dir.File("a.jsonl.gz")), Lines(dir.File("b.jsonl.gz")));
        Assert.NotEqual(Lines(dir.File("a.jsonl.gz")), Lines(dir.File("c.jsonl.gz")));
    }

    [Fact]
    public async Task Articles_are_news_sized_and_their_claims_recur_with_both_stances()
    {
        using var dir = new TempDir();
        var corpus = dir.File("corpus.jsonl.gz");
        Assert.Equal(0, (await Kg.RunAsync("synth", "--articles", "300", "-o", corpus)).ExitCode);

        var words = Lines(corpus).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!
            .Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length).ToList();
        Assert.Equal(300, words.Count);
        Assert.InRange(words.Min(), 300, 1_200);
        Assert.InRange(words.Max(), 300, 1_200);
        Assert.InRange(words.Average(), 500, 750);

        var extract = await Kg.RunAsync("extract", corpus, "--format", "jsonl");
        Assert.True(extract.ExitCode == 0, extract.Stderr);
        var statements = extract.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("statements").EnumerateArray()
                .Select(s => (Claim: s.GetProperty("claimId").GetString()!, Stance: s.GetProperty("stance").GetString()!)))
            .ToList();
        Assert.InRange(statements.Count / 300.0, 3.5, 7);
        var byClaim = statements.GroupBy(s => s.Claim).ToList();
        Assert.Contains(byClaim, g => g.Any(s => s.Stance == "said") && g.Any(s => s.Stance == "denied"));
        Assert.True(byClaim.Count(g => g.Count(s => s.Stance == "said") >= 2) >= 10, "few corroborated claims");
    }

    private static List<string> Lines(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
