using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Makes a cancellation token stop a running SQLite statement. Microsoft.Data.Sqlite checks the token only before a
/// statement starts (<c>SqliteCommand.Cancel</c> does nothing), so a long scan would run on after its client has gone
/// or its deadline passed; <c>sqlite3_interrupt</c> makes it return SQLITE_INTERRUPT at its next step instead.
/// </summary>
internal static class SqliteInterrupt
{
    /// <summary>SQLITE_INTERRUPT, the result code of an interrupted statement.</summary>
    public const int Interrupted = 9;

    /// <summary>
    /// Interrupts <paramref name="connection"/> when <paramref name="cancellationToken"/> fires. Dispose the registration
    /// before the connection goes back to the pool: disposing waits for a running callback, so a pooled connection is
    /// never interrupted on behalf of an earlier user.
    /// </summary>
    public static CancellationTokenRegistration On(SqliteConnection connection, CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled
            ? cancellationToken.Register(static state => SQLitePCL.raw.sqlite3_interrupt(((SqliteConnection)state!).Handle), connection)
            : default;

    /// <summary>True for the error an interrupted statement raises once its token has fired (rethrow as cancellation).</summary>
    public static bool WasCancelled(SqliteException exception, CancellationToken cancellationToken) =>
        exception.SqliteErrorCode == Interrupted && cancellationToken.IsCancellationRequested;
}
