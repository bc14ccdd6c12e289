using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Core.Tests.Support;

/// <summary>
/// Runs ../shared/dev/score.py, the dev set's yardstick, with python3 (installed by .ci/install.sh): either as a
/// program or imported, to call its own functions. A machine without python3 fails these tests with that reason.
/// </summary>
internal static class ScorePy
{
    public static string DevDir => Path.GetFullPath(Path.Combine(Seeds.RepoRoot, "..", "shared", "dev"));

    public static string Script => Path.Combine(DevDir, "score.py");

    /// <summary>Runs score.py with <paramref name="args"/> and returns its stdout.</summary>
    public static string Run(params string[] args) => Python([Script, .. args], stdin: null);

    /// <summary>Runs a Python snippet that has <c>score</c> (score.py) imported; <paramref name="stdin"/> is its input.</summary>
    public static string Call(string code, string stdin) =>
        Python(["-c", $"import sys; sys.path.insert(0, {PyString(DevDir)}); import score\n{code}"], stdin);

    private static string PyString(string s) => "r'" + s.Replace("'", "", StringComparison.Ordinal) + "'";

    private static string Python(IEnumerable<string> args, string? stdin)
    {
        var info = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["PYTHONIOENCODING"] = "utf-8";
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("python3 is needed to run ../shared/dev/score.py (bash .ci/install.sh installs it).", ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(stdin ?? "");
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill();
                throw new TimeoutException("score.py did not finish within two minutes.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"python3 exited with {process.ExitCode}: {stderr.Result}");
            }

            return stdout.Result;
        }
    }
}
