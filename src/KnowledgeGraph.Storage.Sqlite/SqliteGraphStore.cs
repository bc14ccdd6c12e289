using System.Runtime.CompilerServices;
using KnowledgeGraph.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: the whole graph in one SQLite file (WAL mode, FTS5 for search). The schema is created on first
/// use; a file that is not ours, or was written by a newer schema version, is refused and left untouched. Readers run
/// concurrently on pooled connections; writes are serialised, one transaction per batch.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    /// <summary>
    /// The schema version this code reads and writes (<c>PRAGMA user_version</c>). 2: statements record their extraction
    /// rule. 3: article ids from URL or file with a fingerprint for per-article replace, maintained counts, stemmed
    /// search. 4: a bulk load stages its mentions and REPORTED_BY/ABOUT links in tables of their own
    /// (<see cref="SqliteSchema.StagedLinks"/>; stores of version 3 are upgraded in place). Stores older than 3 are
    /// refused with a message that says to ingest again: their article ids were content hashes
    /// (<see cref="SqliteSchemaCheck"/>).
    /// </summary>
    public const int SchemaVersion = 4;

    /// <summary>
    /// Bytes of the store file a read connection maps into memory (<c>PRAGMA mmap_size</c>; SQLite's build caps it at
    /// 2 GiB). Reads of mapped pages skip a system call and a copy each: on a 4.7 GB store, 400 statements by id took 2.6
    /// instead of 6.6 ms. Only reads map the file: the mapped pages count in the process's resident size, and a writer's
    /// memory is a measured figure (ingest) that file pages read by the writer would blur.
    /// </summary>
    internal const long ReadMapSize = 2L << 30;

    /// <summary>
    /// Page cache of a mapped read connection, in KiB (<c>PRAGMA cache_size</c> = −32768, 32 MiB; SQLite's default is 2
    /// MiB). The map covers only the first 2 GiB of the file, and a bulk load writes every index after the tables, so on
    /// a large store all index pages are read with a system call into this cache: at 2 MiB a <c>network</c> query evicted
    /// and read again the pages it had just used (one tenth less CPU per network query at 600k articles with 32 MiB). The
    /// cache fills only with pages a connection reads; there is one per pooled read connection (so at most 32 MiB times
    /// the read connections open at once, which admission control bounds).
    /// </summary>
    internal const int ReadCacheKib = 32 * 1024;

    /// <summary>Physical read connections whose file mapping and page cache are set (pooled connections keep them while they live).</summary>
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Mapped = [];

    private readonly string _path;
    private readonly string _connectionString;
    private readonly string _readConnectionString;
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ReadConnectionPool? _reads;

    /// <summary>The read scope of the current async flow (<see cref="BeginReadScope"/>), null outside one.</summary>
    private readonly AsyncLocal<ReadScope?> _scope = new();
    private volatile bool _initialized;

    /// <summary>Whether statement pages are read a row as one value (<see cref="PackedRows"/>): the store's text is UTF-8.</summary>
    private bool _packedRows;
    private int _disposed;

    /// <summary>Opens (lazily) the store file at <paramref name="path"/>; it is created on first use if missing.</summary>
    /// <param name="path">The database file.</param>
    public SqliteGraphStore(string path)
        : this(path, mapReads: true)
    {
    }

    /// <summary>Opens (lazily) the store file at <paramref name="path"/>; it is created on first use if missing.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="mapReads">
    /// Whether read connections map the file (<see cref="ReadMapSize"/>): true for a store that answers queries; false for
    /// a loader (kg ingest, kg load), whose reads are few lookups by key and whose resident size would otherwise grow by
    /// every mapped page it touches (re-ingesting 600k articles peaked at 2.6 GB with the mapping, mostly file pages).
    /// </param>
    public SqliteGraphStore(string path, bool mapReads)
    {
        MapsReads = mapReads;
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        // A pool of its own (the file exists once initialised, so ReadWrite, not ReadWriteCreate): read connections map the
        // file. A store that does not map reads takes them from the unmapped pool of the writes.
        _readConnectionString = mapReads
            ? new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString()
            : _connectionString;
        _reads = mapReads ? new ReadConnectionPool(OpenMappedAsync) : null;
    }

    /// <inheritdoc/>
    public string Description => $"SQLite file {_path}";

    /// <summary>Whether read connections map the store file into memory (see the constructor).</summary>
    public bool MapsReads { get; }

    /// <inheritdoc/>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => EnsureInitializedAsync(cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            // Close the pooled connections so that the file is released (and the WAL checkpointed) now, not at exit.
            Interlocked.Exchange(ref _loadConnection, null)?.Dispose();
            _reads?.Dispose();
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
            using var reader = new SqliteConnection(_readConnectionString);
            SqliteConnection.ClearPool(reader);
        }

        return ValueTask.CompletedTask;
    }

    private async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (_initialized)
        {
            return;
        }

        await _initLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await SqliteSchemaCheck.EnsureAsync(_path, _connectionString, cancellationToken).ConfigureAwait(false);
                _packedRows = await SqliteSchemaCheck.IsUtf8Async(_connectionString, cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initLock.Release();
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Only a store that keeps its read connections (<see cref="MapsReads"/>) has scopes: the scope's connection is one of
    /// <see cref="ReadConnectionPool"/>'s (<see cref="ReadScope"/>). A scope begun inside another is null: the outer one
    /// serves both.
    /// </remarks>
    public IDisposable? BeginReadScope()
    {
        if (_reads is null || _scope.Value is not null)
        {
            return null;
        }

        var scope = new ReadScope(_reads, ended => { if (_scope.Value == ended) { _scope.Value = null; } });
        _scope.Value = scope;
        return scope;
    }

    /// <summary>An open connection with our SQL functions; the caller disposes it (back to the pool).</summary>
    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => OpenAsync(_connectionString, cancellationToken);

    /// <summary>
    /// A connection for reads only: when <see cref="MapsReads"/>, one of <see cref="ReadConnectionPool"/>'s, which map the
    /// file (<see cref="ReadMapSize"/>) and keep their compiled statements; else one of the writes' pool.
    /// </summary>
    private async Task<ReadLease> OpenReadAsync(CancellationToken cancellationToken)
    {
        if (_reads is not null)
        {
            await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
            if (_scope.Value is { } scope && await scope.TryTakeAsync(cancellationToken).ConfigureAwait(false) is { } scoped)
            {
                return scoped;
            }

            return await _reads.RentAsync(cancellationToken).ConfigureAwait(false);
        }

        return new ReadLease(await OpenAsync(_readConnectionString, cancellationToken).ConfigureAwait(false), null);
    }

    /// <summary>A new connection of the read pool, mapping the file (<see cref="ReadMapSize"/>) with a larger page cache (<see cref="ReadCacheKib"/>).</summary>
    private async Task<SqliteConnection> OpenMappedAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(_readConnectionString, cancellationToken).ConfigureAwait(false);
        try
        {
            if (connection.Handle is { } handle && !Mapped.TryGetValue(handle, out _))
            {
                await using (var command = connection.CreateCommand())
                {
                    command.CommandText = $"PRAGMA mmap_size = {ReadMapSize}; PRAGMA cache_size = -{ReadCacheKib}";
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                Mapped.AddOrUpdate(handle, handle);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            connection.CreateFunction("kg_fold", (string? text) => text is null ? null : TextFold.Key(text), isDeterministic: true);
            connection.CreateFunction("kg_lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
