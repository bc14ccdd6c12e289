using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// A store that answers queries keeps its read connections open between calls, with their compiled statements: reads must
/// still see every later write, survive a cancelled call, and let go of the file when the store is disposed.
/// </summary>
public sealed class SqliteReadConnectionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Reads_on_kept_connections_see_what_was_written_after_their_statements_were_compiled()
    {
        await using var store = new SqliteGraphStore(_folder.File("store.db"));
        await store.UpsertAsync([Some.FirstArticle()], Ct);
        var before = await store.GetCountsAsync(Ct);
        Assert.Empty(await store.GetArticlesAsync(["article:a5"], Ct));

        await store.UpsertAsync([Some.UnrelatedArticle()], Ct);

        // The same SQL texts again, on the connections that compiled them.
        Assert.Single(await store.GetArticlesAsync(["article:a5"], Ct));
        Assert.Equal(before.Articles + 1, (await store.GetCountsAsync(Ct)).Articles);
    }

    [Fact]
    public async Task A_cancelled_read_leaves_the_store_answering()
    {
        await using var store = new SqliteGraphStore(_folder.File("store.db"));
        await store.UpsertAsync(Some.Corpus(), Ct);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetStatementsAsync(["statement:x"], cancelled.Token));

        Assert.Single(await store.GetEntitiesAsync([Some.Lopez], Ct));
        Assert.Equal(Some.CorpusCounts.Statements, (await store.GetCountsAsync(Ct)).Statements);
    }

    [Fact]
    public async Task Disposing_the_store_closes_its_kept_read_connections()
    {
        Assert.SkipUnless(Directory.Exists("/proc/self/fd"), "Open files are read from /proc/self/fd, which this system does not have.");
        var path = Path.GetFullPath(_folder.File("store.db"));
        var store = new SqliteGraphStore(path);
        await store.UpsertAsync(Some.Corpus(), Ct);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.GetEntitiesAsync([Some.Lopez], Ct)));
        Assert.True(OpenHandles(path) > 0);

        await store.DisposeAsync();

        Assert.Equal(0, OpenHandles(path));
    }

    [Fact]
    public void A_kept_connection_reuses_its_command_for_the_same_sql_and_others_get_their_own()
    {
        using var kept = new SqliteConnection("Data Source=:memory:");
        using var plain = new SqliteConnection("Data Source=:memory:");
        kept.Open();
        plain.Open();
        PreparedCommands.Keep(kept);

        var first = PreparedCommands.Get(kept, null, "SELECT 1", out var firstOwned);
        var again = PreparedCommands.Get(kept, null, "SELECT 1", out _);
        var other = PreparedCommands.Get(kept, null, "SELECT 2", out _);
        using var own = PreparedCommands.Get(plain, null, "SELECT 1", out var ownOwned);

        Assert.False(firstOwned);
        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.True(ownOwned);
        using var ownAgain = PreparedCommands.Get(plain, null, "SELECT 1", out _);
        Assert.NotSame(own, ownAgain);
        PreparedCommands.Forget(kept);
        using var afterForget = PreparedCommands.Get(kept, null, "SELECT 1", out var ownedAfterForget);
        Assert.True(ownedAfterForget);
    }

    [Fact]
    public async Task Page_statements_stay_compiled_when_their_window_moves()
    {
        // SQLite 3.53 (the version we ship) plans with the value of a bare LIMIT/OFFSET placeholder and compiles such a statement again each
        // time a value is bound to it, which made every kept page statement parse and plan on every call.
        var path = _folder.File("store.db");
        await using (var store = new SqliteGraphStore(path))
        {
            await store.UpsertAsync(Some.Corpus(), Ct);
        }

        var texts = Enum.GetValues<LinkKind>().Select(SqliteGraphStore.PageSql)
            .Concat(Enum.GetValues<LinkKind>().SelectMany(k => new[] { false, true }.SelectMany(packed =>
                new[] { SqliteGraphStore.StatementPageSql(k, withClaims: false, packed), SqliteGraphStore.StatementPageSql(k, withClaims: true, packed) })).OfType<string>())
            .Append("SELECT c.id FROM claim c WHERE c.id <> {0} ORDER BY c.corroboration DESC, c.folded, c.id LIMIT {1} OFFSET {2}")
            .ToList();
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        connection.Handle!.enable_sqlite3_next_stmt(true);
        foreach (var text in texts)
        {
            // A filtered page (PageAsync) writes its window with SqlArgs.AddLimit; the values are bound below like the others'.
            var args = new SqlArgs();
            var sql = text.Contains("{0}", StringComparison.Ordinal)
                ? string.Format(System.Globalization.CultureInfo.InvariantCulture, text, args.Add(Some.Lopez), args.AddLimit(2), args.AddLimit(0))
                : text;
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (offset, limit) in new[] { (0, 2), (1, 3), (2, 1) })
            {
                command.Parameters.Clear();
                foreach (var (name, value) in new (string, object)[] { ("$id", Some.Lopez), ("$limit", limit), ("$offset", offset), ("$end", offset + limit), ("$p0", Some.Lopez), ("$p1", limit), ("$p2", offset) })
                {
                    if (sql.Contains(name, StringComparison.Ordinal) && !command.Parameters.Contains(name))
                    {
                        command.Parameters.AddWithValue(name, value);
                    }
                }

                await using var reader = await command.ExecuteReaderAsync(Ct);
                while (await reader.ReadAsync(Ct))
                {
                }
            }

            var statement = SQLitePCL.raw.sqlite3_next_stmt(connection.Handle, null);
            Assert.NotNull(statement);
            Assert.True(SQLitePCL.raw.sqlite3_stmt_status(statement, StatementStatusReprepare, 0) == 0, "Compiled again when the window moved: " + sql);
        }
    }

    // SQLITE_STMTSTATUS_REPREPARE: how often a statement was compiled again after its first compilation.
    private const int StatementStatusReprepare = 5;

    /// <summary>File descriptors of this process open on <paramref name="path"/> itself (not its -wal or -shm files).</summary>
    private static int OpenHandles(string path) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Count(fd =>
        {
            try
            {
                return fd.LinkTarget == path;
            }
            catch (IOException)
            {
                return false;
            }
        });
}
