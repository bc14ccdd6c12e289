using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>kill -9, SIGTERM and Ctrl+C in the middle of a run: the store stays intact and a re-run completes it exactly.</summary>
public sealed partial class InterruptTests
{
    private const int Articles = 1500;

    [Fact]
    public async Task A_killed_ingest_leaves_an_intact_store_that_a_rerun_completes_exactly()
    {
        using var dir = new TempDir();
        var corpus = Corpus.WriteJsonl(dir.File("corpus.jsonl.gz"), Articles);
        var crashed = dir.File("crashed.db");

        var stored = await RunUntilStoredAsync(["ingest", corpus, "--store", crashed, "--batch-size", "20"], p => p.Kill());

        Assert.True(stored.Articles is > 0 and < Articles, $"kill -9 came after {stored.Articles} of {Articles} articles: {stored.Output}");
        Assert.Equal("ok", StoreFile.IntegrityCheck(crashed));
        var rerun = await Kg.RunAsync("ingest", corpus, "--store", crashed);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains("already stored with the same text", rerun.Stdout, StringComparison.Ordinal);
        var clean = await Kg.RunAsync("ingest", corpus, "--store", dir.File("clean.db"));
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Equal((await IngestCommandTests.StatsAsync(dir.File("clean.db"))).ToString(), (await IngestCommandTests.StatsAsync(crashed)).ToString());
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task A_signal_finishes_the_batch_prints_the_summary_and_exits_130(string signal)
    {
        using var dir = new TempDir();
        var corpus = Corpus.WriteJsonl(dir.File("corpus.jsonl"), Articles);
        var store = dir.File("kg.db");

        var run = await RunUntilStoredAsync(["ingest", corpus, "--store", store, "--batch-size", "20"], p => Signal(p, signal));

        Assert.True(run.ExitCode == 130, run.Output);
        var summary = Summary().Match(run.Output);
        Assert.True(summary.Success, run.Output);
        var loaded = int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(loaded, 1, Articles - 1);
        // Everything the summary counts is stored, nothing more: the batch in progress was finished, no later one begun.
        Assert.Equal(loaded, StoreFile.Articles(store));
        Assert.Equal("ok", StoreFile.IntegrityCheck(store));
    }

    [Fact]
    public async Task An_interrupted_extract_still_writes_valid_json_and_exits_130()
    {
        using var dir = new TempDir();
        var corpus = Corpus.WriteJsonl(dir.File("corpus.jsonl"), Articles);
        using var process = Kg.Start("extract", corpus);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var stdout = new MemoryStream();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var copy = Task.Run(async () =>
        {
            var chunk = new byte[1 << 16];
            int read;
            while ((read = await process.StandardOutput.BaseStream.ReadAsync(chunk, TestContext.Current.CancellationToken)) > 0)
            {
                stdout.Write(chunk, 0, read);
                started.TrySetResult();
            }

            started.TrySetResult();
        }, TestContext.Current.CancellationToken);

        // Interrupt once the first documents are out.
        await started.Task.WaitAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);
        Signal(process, "INT");
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await copy;

        Assert.True(process.ExitCode == 130, await stderr);
        using var json = JsonDocument.Parse(stdout.ToArray());
        Assert.InRange(json.RootElement.GetProperty("documents").GetArrayLength(), 0, Articles - 1);
        Assert.Contains("Interrupted. Extracted ", await stderr, StringComparison.Ordinal);
    }

    private sealed record Stopped(int ExitCode, long Articles, string Output);

    /// <summary>Starts kg, waits until the store holds an article, does <paramref name="stop"/> to it and waits for the end.</summary>
    private static async Task<Stopped> RunUntilStoredAsync(string[] args, Action<Process> stop)
    {
        var store = args[Array.IndexOf(args, "--store") + 1];
        using var process = Kg.Start(args);
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (StoreFile.Articles(store) == 0 && !process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        stop(process);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        process.WaitForExit(); // flushes the asynchronous output readers
        lock (output)
        {
            return new Stopped(process.ExitCode, StoreFile.Articles(store), output.ToString());
        }
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    [GeneratedRegex(@"^Interrupted\. Loaded (\d+) article\(s\)", RegexOptions.Multiline)]
    private static partial Regex Summary();
}
