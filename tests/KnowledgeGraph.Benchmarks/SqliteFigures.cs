using System.Diagnostics;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --figures</c>: quick figures for the SQLite store (ingest rows/s; p50/p99 of network,
/// path and search queries on the ~1M-relationship graph). Every loop is bounded in count and in time.
/// Add <c>--ingest-only</c> to skip the query part (minutes on a first run) while tuning the write path.
/// </summary>
internal static class SqliteFigures
{
    private static readonly TimeSpan SectionBudget = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(bool ingestOnly)
    {
        Console.WriteLine($"SQLite store figures ({Environment.ProcessorCount} cores, {DateTime.UtcNow:u})");
        await IngestAsync();
        if (ingestOnly)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var path = await SqliteSyntheticGraph.EnsureAsync();
        Console.WriteLine($"synthetic graph ready in {clock.Elapsed.TotalSeconds:F1} s: {path} ({new FileInfo(path).Length / 1_048_576} MiB)");
        await using var store = new SqliteGraphStore(path);
        var counts = await store.GetCountsAsync();
        long edges = 0;
        clock.Restart();
        await foreach (var _ in store.StreamEdgesAsync())
        {
            edges++;
        }

        Console.WriteLine($"graph: {counts.Entities:N0} entities, {counts.Claims:N0} claims, {counts.Articles:N0} articles, {counts.Statements:N0} statements, {edges:N0} relationships in all");
        Console.WriteLine($"stream every relationship: {clock.Elapsed.TotalSeconds:F2} s ({edges / clock.Elapsed.TotalSeconds:N0}/s)");

        var random = new Random(7);
        foreach (var depth in new[] { 1, 2, 3 })
        {
            await MeasureAsync($"network depth {depth}, limit 200, random person", 300,
                () => store.GetNetworkAsync(new NetworkQuery(SqliteSyntheticGraph.PersonId(SqliteSyntheticGraph.Skewed(random, SqliteSyntheticGraph.People, 1.0)), depth, null, 200)));
        }

        await MeasureAsync("network depth 2, limit 200, hub claim", 200,
            () => store.GetNetworkAsync(new NetworkQuery(SqliteSyntheticGraph.ClaimId(random.Next(20)), 2, null, 200)));
        var found = 0;
        var tried = 0;
        await MeasureAsync("shortest path, max 6 hops, two random people", 300, async () =>
        {
            tried++;
            var path = await store.FindPathAsync(
                SqliteSyntheticGraph.PersonId(random.Next(SqliteSyntheticGraph.People)), SqliteSyntheticGraph.PersonId(random.Next(SqliteSyntheticGraph.People)), 6);
            found += path is null ? 0 : 1;
            return path;
        });
        Console.WriteLine($"  paths found: {found} of {tried}");
        string[] words = ["border talks", "budget", "minister harbour", "person 42", "sanctions treaty", "coffee"];
        await MeasureAsync("search, 10 hits", 300, () => store.SearchAsync(words[random.Next(words.Length)], 10));
        await MeasureAsync("claims page: contested, by corroboration", 100,
            () => store.QueryClaimsAsync(new ClaimFilter { Contested = true }, ClaimOrder.Corroboration, PageRequest.First(20)));
    }

    private static async Task IngestAsync()
    {
        var documents = SqliteSyntheticGraph.Documents(0, 100, SqliteIngestBenchmarks.Statements / 100);
        var rates = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            var file = Path.Combine(Path.GetTempPath(), $"kg-figures-{Guid.NewGuid():N}.db");
            try
            {
                await using var store = new SqliteGraphStore(file);
                await store.InitializeAsync();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var result = await store.UpsertAsync(documents);
                clock.Stop();
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                var rows = await RowsAsync(file);
                rates.Add(result.NewStatements / clock.Elapsed.TotalSeconds);
                Console.WriteLine(
                    $"ingest run {run + 1}: {result.NewStatements:N0} statements ({rows:N0} rows in all tables) in {clock.Elapsed.TotalSeconds:F2} s wall, {cpuSeconds:F2} s CPU " +
                    $"= {rates[^1]:N0} statements/s, {rows / clock.Elapsed.TotalSeconds:N0} rows/s ({result.NewStatements / cpuSeconds:N0} statements per CPU-second)");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(file + suffix);
                }
            }
        }

        await BaselineAsync();
        rates.Sort();
        Console.WriteLine($"ingest median: {rates[rates.Count / 2]:N0} statements/s (one transaction, fresh file, search indexes rebuilt at the end)");
    }

    /// <summary>What this machine does right now with the simplest possible insert loop: the yardstick for the figures above.</summary>
    private static async Task BaselineAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kg-baseline-{Guid.NewGuid():N}.db");
        try
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False");
            await connection.OpenAsync();
            await using (var create = connection.CreateCommand())
            {
                create.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE t(id TEXT PRIMARY KEY, a TEXT, b TEXT)";
                await create.ExecuteNonQueryAsync();
            }

            var clock = Stopwatch.StartNew();
            await using var transaction = connection.BeginTransaction();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO t(id, a, b) VALUES ($id, $a, $b)";
            var id = insert.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Text);
            var a = insert.Parameters.Add("$a", Microsoft.Data.Sqlite.SqliteType.Text);
            var b = insert.Parameters.Add("$b", Microsoft.Data.Sqlite.SqliteType.Text);
            insert.Prepare();
            for (var i = 0; i < 100_000; i++)
            {
                id.Value = $"row:{i * 7_919 % 100_003}";
                a.Value = "some text";
                b.Value = "more text";
                insert.ExecuteNonQuery();
            }

            await transaction.CommitAsync();
            Console.WriteLine($"baseline: bare prepared insert of 100,000 rows into a one-index table: {100_000 / clock.Elapsed.TotalSeconds:N0} rows/s");
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }

    private static async Task<long> RowsAsync(string file)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = string.Join(" + ", new[] { "entity", "entity_name", "article", "claim", "statement", "statement_reporter", "claim_reporter", "claim_about", "mention", "published_by", "membership" }
            .Select(t => $"(SELECT count(*) FROM {t})"));
        command.CommandText = "SELECT " + command.CommandText;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task MeasureAsync<T>(string name, int count, Func<Task<T>> query)
    {
        await query(); // warm-up
        var times = new List<double>(count);
        var budget = Stopwatch.StartNew();
        for (var i = 0; i < count && budget.Elapsed < SectionBudget; i++)
        {
            var clock = Stopwatch.StartNew();
            await query();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine($"{name}: n={times.Count}, p50 {At(0.50):F2} ms, p99 {At(0.99):F2} ms, max {times[^1]:F2} ms");
    }
}
