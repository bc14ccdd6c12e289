using System.Diagnostics;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// A large load into a young SQLite store defers its indexes and builds them once at the end
/// (<see cref="SqliteGraphStore.BeginBulkLoadAsync"/>); other stores load as they are. The size of the load is estimated
/// from the input's bytes: an underestimate only means the indexes are kept up to date row by row, as for a small load.
/// </summary>
internal sealed class BulkLoad
{
    private readonly SqliteGraphStore? _store;

    private BulkLoad(SqliteGraphStore? store) => _store = store;

    /// <summary>Time spent building the deferred indexes at the end.</summary>
    public TimeSpan IndexTime { get; private set; }

    /// <summary>Starts a bulk load of about <paramref name="inputBytes"/> / <paramref name="bytesPerArticle"/> articles when the store is SQLite.</summary>
    public static async Task<BulkLoad> BeginAsync(IGraphStore store, long? inputBytes, int bytesPerArticle, CancellationToken cancellationToken)
    {
        if (store is not SqliteGraphStore sqlite || inputBytes is not { } bytes)
        {
            return new BulkLoad(null);
        }

        return new BulkLoad(await sqlite.BeginBulkLoadAsync(bytes / bytesPerArticle, cancellationToken).ConfigureAwait(false) ? sqlite : null);
    }

    /// <summary>Builds the deferred indexes; not cancellable (a second Ctrl+C ends the process, and the next opening builds them).</summary>
    public async Task CompleteAsync()
    {
        if (_store is null)
        {
            return;
        }

        Terminal.Info("Building the store's indexes…");
        var started = Stopwatch.GetTimestamp();
        await _store.CompleteBulkLoadAsync(CancellationToken.None).ConfigureAwait(false);
        IndexTime = Stopwatch.GetElapsedTime(started);
    }
}
