using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Protocol;

/// <summary>How Neo4j's refusals, temporary failures, silence and absence reach people: plain sentences naming the server.</summary>
public sealed class QueryApiErrorTests : IAsyncLifetime
{
    private readonly FakeQueryApiServer _server = FakeQueryApiServer.Start();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private Neo4jGraphStore Store(int maxRetries = 3, double timeoutSeconds = 30) => new(new Neo4jOptions
    {
        Uri = _server.Uri,
        Password = "wrong",
        MaxRetries = maxRetries,
        Timeout = TimeSpan.FromSeconds(timeoutSeconds),
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
    });

    [Fact]
    public async Task A_syntax_error_names_the_server_the_code_and_the_cypher_file()
    {
        _server.Handler = _ => FakeResponse.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'");
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.GetCountsAsync(Ct));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains($"Neo4j at {_server.Uri.GetLeftPart(UriPartial.Authority)}", error.Message, StringComparison.Ordinal);
        Assert.Contains("cypher/counts.cypher#counts", error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid input 'MATC'", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Errors_from_older_servers_with_http_400_are_read_the_same_way()
    {
        _server.Handler = _ => FakeResponse.Error("Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): ids", status: 400);
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.GetClaimsAsync(["claim:x"], Ct));

        Assert.Equal("Neo.ClientError.Statement.ParameterMissing", error.Code);
    }

    [Fact]
    public async Task Wrong_credentials_are_reported_as_rejected_and_not_retried()
    {
        _server.Handler = _ => FakeResponse.Unauthorized();
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.GetCountsAsync(Ct));

        Assert.Equal($"Neo4j at {_server.Uri.GetLeftPart(UriPartial.Authority)} rejected the credentials of user 'neo4j' (Neo.ClientError.Security.Unauthorized).", error.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_transient_error_is_retried_until_the_statement_succeeds()
    {
        var calls = 0;
        _server.Handler = _ => Interlocked.Increment(ref calls) <= 2
            ? FakeResponse.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
            : FakeResponse.Rows(["articles", "entities", "claims", "statements", "people", "institutions", "places"], [[1, 2, 3, 4, 1, 1, 0]]);
        await using var store = Store(maxRetries: 3);

        var counts = await store.GetCountsAsync(Ct);

        Assert.Equal(3, counts.Claims);
        Assert.Equal(3, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal(CypherScripts.Get("counts", "counts").Text, r.Statement));
    }

    [Fact]
    public async Task Transient_errors_beyond_max_retries_surface_with_their_code()
    {
        _server.Handler = _ => FakeResponse.Error("Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available");
        await using var store = Store(maxRetries: 1);

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.GetCountsAsync(Ct));

        Assert.True(error.IsTransient);
        Assert.Contains("temporary failure", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_gets_a_plain_timeout_message()
    {
        _server.Handler = _ => FakeResponse.Rows([], []) with { Delay = TimeSpan.FromSeconds(5) };
        await using var store = Store(maxRetries: 0, timeoutSeconds: 0.3);

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.GetCountsAsync(Ct));

        Assert.StartsWith($"Neo4j at {_server.Uri.GetLeftPart(UriPartial.Authority)} did not answer within 0.3 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_says_the_server_could_not_be_reached()
    {
        var nowhere = FakeQueryApiServer.UnusedAddress();
        await using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = nowhere, MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.GetCountsAsync(Ct));

        Assert.StartsWith($"Neo4j at {nowhere.GetLeftPart(UriPartial.Authority)} could not be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initialize_migrates_a_version_1_store_after_the_schema_and_before_the_new_stamp()
    {
        _server.Handler = request => request.Statement == CypherScripts.Get("meta", "read-meta").Text
            ? FakeResponse.Rows(["version", "foreignNodes", "allNodes"], [[1, 0, 40]])
            : FakeResponse.Rows([], []);
        await using var store = Store();

        await store.InitializeAsync(Ct);

        var statements = _server.Requests.Select(r => r.Statement).ToList();
        var migration = statements.IndexOf(CypherScripts.Get("meta", "migrate-2-alias-text").Text);
        Assert.True(migration > statements.IndexOf(CypherScripts.Get("schema", "fulltext-entity-names").Text));
        Assert.Equal(
            [CypherScripts.Get("meta", "migrate-2-alias-text").Text, CypherScripts.Get("meta", "migrate-3-claim-counts").Text, CypherScripts.Get("meta", "migrate-3-entity-counts").Text, CypherScripts.Get("meta", "write-meta").Text],
            statements.Skip(migration));
        Assert.Equal(Neo4jGraphStore.SchemaVersion, _server.Requests[^1].Parameters["version"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public async Task Initialize_counts_a_store_written_before_counts_were_kept_once(int version, bool counted)
    {
        _server.Handler = request => request.Statement == CypherScripts.Get("meta", "read-meta").Text
            ? FakeResponse.Rows(["version", "foreignNodes", "allNodes"], [[version, 0, 40]])
            : FakeResponse.Rows([], []);
        await using var store = Store();

        await store.InitializeAsync(Ct);

        var statements = _server.Requests.Select(r => r.Statement).ToList();
        Assert.DoesNotContain(CypherScripts.Get("meta", "migrate-2-alias-text").Text, statements);
        Assert.Equal(counted, statements.Contains(CypherScripts.Get("meta", "migrate-3-claim-counts").Text));
        Assert.Equal(counted, statements.Contains(CypherScripts.Get("meta", "migrate-3-entity-counts").Text));
        Assert.Equal(CypherScripts.Get("meta", "write-meta").Text, statements[^1]);
    }

    [Fact]
    public async Task Initialize_waits_for_populating_indexes_in_short_requests()
    {
        var polls = 0;
        _server.Handler = request => request.Statement == CypherScripts.Get("meta", "read-meta").Text
            ? FakeResponse.Rows(["version", "foreignNodes", "allNodes"], [[2, 0, 40]])
            : request.Statement == CypherScripts.Get("meta", "indexes-not-online").Text && Interlocked.Increment(ref polls) <= 3
                ? FakeResponse.Rows(["name", "state", "populationPercent", "failureMessage"], [["claim_text_keys", "POPULATING", 40.0, null]])
                : FakeResponse.Rows([], []);
        await using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = _server.Uri, Timeout = TimeSpan.FromSeconds(1) }) { IndexPollInterval = TimeSpan.FromMilliseconds(10) };

        await store.InitializeAsync(Ct);

        Assert.Equal(4, polls);
        Assert.Equal(CypherScripts.Get("meta", "write-meta").Text, _server.Requests[^1].Statement);
        Assert.DoesNotContain(_server.Requests, r => r.Statement!.Contains("awaitIndexes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Initialize_stops_with_the_reason_when_an_index_failed()
    {
        _server.Handler = request => request.Statement == CypherScripts.Get("meta", "read-meta").Text
            ? FakeResponse.Rows(["version", "foreignNodes", "allNodes"], [[2, 0, 40]])
            : request.Statement == CypherScripts.Get("meta", "indexes-not-online").Text
                ? FakeResponse.Rows(["name", "state", "populationPercent", "failureMessage"], [["claim_text_keys", "FAILED", 12.5, "disk full"]])
                : FakeResponse.Rows([], []);
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.InitializeAsync(Ct));

        Assert.Contains("'claim_text_keys' FAILED (disk full)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.Requests, r => r.Statement == CypherScripts.Get("meta", "write-meta").Text);
    }

    [Fact]
    public async Task Initialize_gives_up_on_indexes_after_the_maintenance_timeout_naming_them()
    {
        _server.Handler = request => request.Statement == CypherScripts.Get("meta", "read-meta").Text
            ? FakeResponse.Rows(["version", "foreignNodes", "allNodes"], [[2, 0, 40]])
            : request.Statement == CypherScripts.Get("meta", "indexes-not-online").Text
                ? FakeResponse.Rows(["name", "state", "populationPercent", "failureMessage"], [["entity_name_keys", "POPULATING", 99.5, null]])
                : FakeResponse.Rows([], []);
        await using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = _server.Uri, Timeout = TimeSpan.FromSeconds(2), MaintenanceTimeout = TimeSpan.FromSeconds(2) })
        {
            IndexPollInterval = TimeSpan.FromMilliseconds(10),
        };

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.InitializeAsync(Ct));

        Assert.Contains("entity_name_keys POPULATING 99.5%", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_are_sent_for_read_members_and_schema_changes_for_the_writer()
    {
        _server.Handler = request => request.Statement == CypherScripts.Get("meta", "read-meta").Text
            ? FakeResponse.Rows(["version", "foreignNodes", "allNodes"], [[null, 0, 0]])
            : FakeResponse.Rows([], []);
        await using var store = Store();

        await store.InitializeAsync(Ct);

        Assert.Equal("Read", _server.Requests[0].Field("accessMode")!.GetValue<string>());
        Assert.All(_server.Requests.Skip(1), r => Assert.Null(r.Field("accessMode")));
    }

    [Fact]
    public async Task Initialize_refuses_a_newer_schema_version()
    {
        _server.Handler = _ => FakeResponse.Rows(["version", "foreignNodes", "allNodes"], [[Neo4jGraphStore.SchemaVersion + 1, 0, 10]]);
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.InitializeAsync(Ct));

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Initialize_refuses_a_database_holding_someone_elses_graph()
    {
        _server.Handler = _ => FakeResponse.Rows(["version", "foreignNodes", "allNodes"], [[null, 250, 250]]);
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.InitializeAsync(Ct));

        Assert.Contains("250 nodes that are not a KnowledgeGraph", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initialize_creates_every_schema_statement_then_stamps_the_version()
    {
        _server.Handler = request => request.Statement == CypherScripts.Get("meta", "read-meta").Text
            ? FakeResponse.Rows(["version", "foreignNodes", "allNodes"], [[null, 0, 0]])
            : FakeResponse.Rows([], []);
        await using var store = Store();

        await store.InitializeAsync(Ct);

        var schema = CypherScripts.File("schema");
        Assert.True(schema.Count >= 10);
        Assert.Equal(
            [CypherScripts.Get("meta", "read-meta").Text, .. schema.Select(s => s.Text), CypherScripts.Get("meta", "indexes-not-online").Text, CypherScripts.Get("meta", "write-meta").Text],
            _server.Requests.Select(r => r.Statement));
        Assert.Equal(Neo4jGraphStore.SchemaVersion, _server.Requests[^1].Parameters["version"]!.GetValue<int>());
    }
}
