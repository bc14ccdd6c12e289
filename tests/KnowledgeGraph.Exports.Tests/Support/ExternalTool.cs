using System.Diagnostics;

namespace KnowledgeGraph.Exports.Tests.Support;

/// <summary>Runs a command-line validator (xmllint, dot, node) and skips the test, with the reason, only when the tool is missing.</summary>
internal static class ExternalTool
{
    private const string Install = "run .ci/install.sh to install it";

    public static string? Find(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static string Require(string name, string package)
    {
        var path = Find(name);
        Assert.SkipUnless(path is not null, $"{name} is not installed (Debian package {package}); {Install}.");
        return path!;
    }

    public static string RequireCytoscapeScript()
    {
        Require("node", "nodejs");
        var modules = Path.Combine(RepoPaths.NodeTools, "node_modules", "cytoscape");
        Assert.SkipUnless(Directory.Exists(modules), $"cytoscape is not installed under {RepoPaths.NodeTools}; {Install} (npm ci).");
        return Path.Combine(RepoPaths.NodeTools, "load-cytoscape.mjs");
    }

    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
