using Spectre.Console;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Where people-facing output goes. Logs, progress and errors go to stderr so that stdout carries only
/// the command's data (the JSON of <c>kg extract</c>, an export), which other tools read.
/// </summary>
internal static class Terminal
{
    public static IAnsiConsole Err { get; } = CreateErr();

    public static void Error(string message) => Err.MarkupLineInterpolated($"[red]error:[/] {message}");

    public static void Warn(string message) => Err.MarkupLineInterpolated($"[yellow]warning:[/] {message}");

    public static void Info(string message) => Err.MarkupLineInterpolated($"{message}");

    private static IAnsiConsole CreateErr()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!console.Profile.Capabilities.Interactive)
        {
            // Redirected to a log or a pipe: one message stays one line, whatever the width Spectre would assume.
            console.Profile.Width = 4096;
        }

        return console;
    }
}
