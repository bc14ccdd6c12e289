using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class EvalCommandTests
{
    [Fact]
    public async Task Eval_reports_the_same_totals_as_score_py_on_the_dev_set()
    {
        using var dir = new TempDir();
        var extract = await Kg.RunAsync("extract", Paths.Dev, "--format", "json");
        Assert.True(extract.ExitCode == 0, extract.ToString());
        var facts = dir.File("dev.json");
        await File.WriteAllTextAsync(facts, extract.Stdout, TestContext.Current.CancellationToken);

        var python = await ScorePyAsync(facts, Paths.Dev, Paths.Dev, "--json");
        var eval = await Kg.RunAsync("eval", Paths.Dev, "--json");
        var evalOfFacts = await Kg.RunAsync("eval", Paths.Dev, "--facts", facts, "--json");

        Assert.True(eval.ExitCode == 0, eval.ToString());
        using (var totals = JsonDocument.Parse(python))
        {
            Assert.Equal(24, totals.RootElement.GetProperty("files").GetInt32());
            Assert.Equal(161, totals.RootElement.GetProperty("gold").GetInt32());
        }

        // Character for character: every total, in score.py's order and number format.
        Assert.Equal(python.Trim(), eval.Stdout.Trim());
        Assert.Equal(python.Trim(), evalOfFacts.Stdout.Trim());
    }

    [Fact]
    public async Task Eval_on_the_seeds_with_our_gold_equals_score_py_too()
    {
        using var dir = new TempDir();
        var gold = Path.Combine(Paths.RepoRoot, "tests", "KnowledgeGraph.Core.Tests", "Gold");
        var extract = await Kg.RunAsync("extract", Paths.Seeds, "--format", "json");
        await File.WriteAllTextAsync(dir.File("seeds.json"), extract.Stdout, TestContext.Current.CancellationToken);

        var python = await ScorePyAsync(dir.File("seeds.json"), gold, Paths.Seeds, "--json");
        var eval = await Kg.RunAsync("eval", gold, Paths.Seeds, "--json");

        Assert.True(eval.ExitCode == 0, eval.ToString());
        Assert.Equal(python.Trim(), eval.Stdout.Trim());
    }

    [Fact]
    public async Task Eval_prints_the_totals_a_row_per_rule_and_a_row_per_file()
    {
        var extract = await Kg.RunAsync("extract", Paths.Dev, "--format", "json");
        using var json = JsonDocument.Parse(extract.Stdout);
        var rules = json.RootElement.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("statements").EnumerateArray())
            .Select(s => s.TryGetProperty("rule", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "(none)")
            .GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());

        var result = await Kg.RunAsync("eval", Paths.Dev);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n');
        foreach (var measure in new[] { "statements precision", "statements recall", "statements F1", "found recall", "denied recall",
            "entities recall", "entities precision", "reporter accuracy", "publisher accuracy" })
        {
            Assert.Contains(lines, l => l.StartsWith(measure, StringComparison.Ordinal));
        }

        foreach (var (rule, produced) in rules)
        {
            // "<rule> <produced> <correct> <precision>"
            Assert.Contains(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var name, var p, _, _]
                && name == rule && p == produced.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var files = Directory.GetFiles(Paths.Dev, "*.gold.json").Select(f => Path.GetFileName(f)[..^".gold.json".Length]);
        Assert.All(files, f => Assert.Contains(lines, l => l.StartsWith(f + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Eval_refuses_a_bad_gold_file_naming_the_file_and_the_field()
    {
        using var dir = new TempDir();
        var seed = Directory.GetFiles(Paths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        File.Copy(seed, dir.File("a.txt"));
        await File.WriteAllTextAsync(dir.File("a.txt.gold.json"),
            """{"file": "a.txt", "entities": [], "claims": [{"speaker": "X", "stance": "maybe", "evidence": "y"}]}""",
            TestContext.Current.CancellationToken);

        var result = await Kg.RunAsync("eval", dir.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a.txt.gold.json", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("claims[0].stance", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    // score.py, the dev set's yardstick, run with python3 (installed by .ci/install.sh).
    private static async Task<string> ScorePyAsync(params string[] args)
    {
        var info = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(Paths.Dev, "score.py"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"score.py exited with {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}
