using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>One exit-code table for every command, as <c>kg --help</c> prints it.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public async Task The_table_is_in_kg_help()
    {
        var result = await Kg.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exit codes", result.Stdout, StringComparison.Ordinal);
        foreach (var code in new[] { "0 done", "1 done, but some inputs were skipped", "2 nothing done", "130 interrupted" })
        {
            Assert.Contains(code, result.Stdout.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Extract_and_ingest_agree_on_the_code_for_the_same_problem()
    {
        using var dir = new TempDir();
        var missing = dir.File("no-such-folder");
        var empty = dir.File("empty.txt");
        await File.WriteAllTextAsync(empty, "", TestContext.Current.CancellationToken);
        var some = Directory.CreateDirectory(dir.File("some")).FullName;
        await File.WriteAllTextAsync(Path.Combine(some, "empty.txt"), "", TestContext.Current.CancellationToken);
        File.Copy(Directory.GetFiles(Paths.Seeds).Order(StringComparer.Ordinal).Last(), Path.Combine(some, "good.txt"));

        foreach (var (input, expected) in new[] { (missing, 2), (empty, 2), (some, 1) })
        {
            var extract = await Kg.RunAsync("extract", input);
            var ingest = await Kg.RunAsync("ingest", input, "--store", dir.File("kg.db"));
            Assert.True(extract.ExitCode == expected, $"{input}: {extract}");
            Assert.True(ingest.ExitCode == expected, $"{input}: {ingest}");
        }
    }

    [Fact]
    public async Task A_usage_error_exits_with_two()
    {
        Assert.Equal(2, (await Kg.RunAsync("ingest")).ExitCode);
        Assert.Equal(2, (await Kg.RunAsync("extract", "x.txt", "--format", "yaml")).ExitCode);
        Assert.Equal(2, (await Kg.RunAsync("no-such-command")).ExitCode);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("export", "--format", "graphml")]
    [InlineData("serve", "--urls", "http://127.0.0.1:0")]
    public async Task Commands_that_only_read_refuse_a_store_that_does_not_exist(params string[] command)
    {
        using var dir = new TempDir();
        var typo = dir.File("typo.db");

        var result = await Kg.RunAsync([.. command, "--store", typo]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"There is no store at {typo}", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(typo));
    }
}
