namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Process exit codes: scripts can tell "some files failed" from "nothing could be done".</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran, but some inputs were skipped or some batches were refused.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command could not run: bad arguments, unreachable store, unreadable input.</summary>
    public const int Failed = 2;
}
