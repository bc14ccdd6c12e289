using Spectre.Console;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Where people-facing output goes. Logs, progress and errors go to stderr so that stdout carries only
/// the command's data (the JSON of <c>kg extract</c>, an export), which other tools read.
/// </summary>
internal static class Terminal
{
    public static IAnsiConsole Err { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    public static void Error(string message) => Err.MarkupLineInterpolated($"[red]error:[/] {message}");

    public static void Warn(string message) => Err.MarkupLineInterpolated($"[yellow]warning:[/] {message}");

    public static void Info(string message) => Err.MarkupLineInterpolated($"{message}");

    /// <summary>Runs work with a progress bar on stderr; it degrades to periodic lines when stderr is redirected.</summary>
    public static Task<T> ProgressAsync<T>(string title, double total, Func<ProgressTask, Task<T>> work) =>
        Err.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx => await work(ctx.AddTask(title, maxValue: Math.Max(total, 1))).ConfigureAwait(false));
}
