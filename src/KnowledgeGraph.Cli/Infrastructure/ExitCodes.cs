namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Process exit codes, the same for every command (listed in <c>kg --help</c>): scripts can tell "done", "done but
/// some inputs were skipped", "nothing could be done" and "interrupted" apart.
/// </summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran, but some inputs were skipped or some batches were refused (each named on stderr).</summary>
    public const int SomeFailed = 1;

    /// <summary>Nothing could be done: bad arguments, a store that cannot be opened or does not exist, no usable input.</summary>
    public const int Failed = 2;

    /// <summary>Stopped by Ctrl+C or SIGTERM, after finishing the batch in progress and printing the summary (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    /// <summary>What the table gives for a run that did <paramref name="done"/> things and met <paramref name="problems"/>.</summary>
    public static int For(long done, long problems, bool interrupted) =>
        interrupted ? Interrupted : problems == 0 ? Ok : done == 0 ? Failed : SomeFailed;

    /// <summary>The table as printed in <c>kg --help</c>.</summary>
    public const string Table =
        "Exit codes (every command): 0 done; 1 done, but some inputs were skipped or some batches refused (each named on stderr); " +
        "2 nothing done: bad arguments, a store that cannot be opened or does not exist, no usable input; " +
        "130 interrupted by Ctrl+C or SIGTERM (the batch in progress is finished and the summary printed first).";
}
