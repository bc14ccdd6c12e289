using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private async Task<List<T>> ListAsync<T>(string sql, SqlArgs args, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        var lease = await OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
            return await ListAsync(connection, null, sql, args, map, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<List<T>> ListAsync<T>(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, SqlArgs args, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        var command = PreparedCommands.Get(connection, transaction, sql, out var owned);
        args.ApplyTo(command);
        var items = new List<T>();
        using var interrupt = SqliteInterrupt.On(connection, cancellationToken);
        try
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    items.Add(map(reader));
                }
            }
        }
        catch (SqliteException ex) when (SqliteInterrupt.WasCancelled(ex, cancellationToken))
        {
            throw new OperationCanceledException("The query was stopped: its request was cancelled.", ex, cancellationToken);
        }
        finally
        {
            if (owned)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }

        return items;
    }

    /// <summary>
    /// A read transaction for a call that runs one statement per parent, so that every window sees the same data; null
    /// for a single parent, whose one statement is consistent by itself. The transaction's BEGIN and ROLLBACK are two
    /// more statements, which Microsoft.Data.Sqlite compiles anew each time (a nested page asked for one parent is the
    /// common case: an entity's denials, a claim's statements).
    /// </summary>
    /// A connection of a read scope is inside the scope's transaction already: null too.
    private static SqliteTransaction? BeginReadIfSeveral(ReadLease lease, int statements) =>
        statements > 1 ? BeginRead(lease) : null;

    /// <summary>
    /// A deferred read transaction on <paramref name="lease"/>'s connection, so that a call's statements see the same data;
    /// null when the connection is a read scope's (<see cref="ReadLease.InScope"/>), whose one transaction they share.
    /// End it with <see cref="EndReadAsync"/>.
    /// </summary>
    private static SqliteTransaction? BeginRead(ReadLease lease) =>
        lease.InScope ? null : lease.Connection.BeginTransaction(deferred: true);

    /// <summary>Ends a transaction of <see cref="BeginReadIfSeveral"/> (nothing was written: it is rolled back).</summary>
    private static async ValueTask EndReadAsync(SqliteTransaction? transaction)
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// One window of a filtered query and the total count, read in one transaction so that both see the same data.
    /// <paramref name="select"/> ends where <c>LIMIT</c> would go; <paramref name="count"/> is the matching count query.
    /// </summary>
    private async Task<Page<T>> PageAsync<T>(
        string select, string count, SqlArgs args, PageRequest page, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page.Offset, nameof(page));
        ArgumentOutOfRangeException.ThrowIfNegative(page.Limit, nameof(page));
        var lease = await OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
            var transaction = BeginRead(lease);
            try
            {
                var total = await ListAsync(connection, transaction, count, args, r => r.GetInt32(0), cancellationToken).ConfigureAwait(false);
                var limit = args.AddLimit(page.Limit);
                var offset = args.AddLimit(page.Offset);
                var items = page.Limit == 0
                    ? []
                    : await ListAsync(connection, transaction, $"{select} LIMIT {limit} OFFSET {offset}", args, map, cancellationToken).ConfigureAwait(false);
                return new Page<T>(items, total[0]);
            }
            finally
            {
                await EndReadAsync(transaction).ConfigureAwait(false);
            }
        }
    }
}
