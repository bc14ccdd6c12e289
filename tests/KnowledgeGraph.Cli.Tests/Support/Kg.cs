using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>Runs the real <c>kg</c> executable (kg.dll, copied next to the tests) as a child process.</summary>
internal static class Kg
{
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "kg.dll");

    public static Task<KgResult> RunAsync(params string[] args) => RunDllAsync(Dll, args);

    /// <summary>Runs the kg.dll at <paramref name="dll"/> (e.g. a trimmed copy) to completion.</summary>
    public static async Task<KgResult> RunDllAsync(string dll, params string[] args)
    {
        using var process = StartDll(dll, args);
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new KgResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs kg with <paramref name="input"/> on its standard input.</summary>
    public static async Task<KgResult> RunWithInputAsync(byte[] input, params string[] args)
    {
        using var process = StartDll(Dll, args, redirectInput: true);
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.BaseStream.WriteAsync(input, TestContext.Current.CancellationToken);
        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new KgResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts kg without waiting; the caller disposes (and kills) it.</summary>
    public static Process Start(params string[] args) => StartDll(Dll, args);

    /// <summary>Runs kg to completion in <paramref name="workingDirectory"/> with extra environment variables.</summary>
    public static async Task<KgResult> RunInAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = StartIn(workingDirectory, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new KgResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts kg in <paramref name="workingDirectory"/> with extra environment variables; the caller disposes (and kills) it.</summary>
    public static Process StartIn(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        StartDll(Dll, args, workingDirectory, environment);

    private static Process StartDll(string dll, string[] args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null, bool redirectInput = false)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet kg.dll.");
    }
}

/// <summary>What a finished kg process left behind.</summary>
internal sealed record KgResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
