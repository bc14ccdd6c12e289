using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Protocol;

/// <summary>Batched loads over explicit Query API transactions: one transaction per batch, committed or rolled back whole.</summary>
public sealed class QueryApiTransactionTests : IAsyncLifetime
{
    private const string TxPath = "/db/neo4j/query/v2/tx";
    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";
    private readonly FakeQueryApiServer _server = FakeQueryApiServer.Start();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private Neo4jGraphStore Store(int maxRetries = 3) => new(new Neo4jOptions
    {
        Uri = _server.Uri,
        MaxRetries = maxRetries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
    });

    /// <summary>
    /// Answers like a server loading the corpus into an empty store: every statement reports its rows written, and the
    /// counters of what its MERGEs created (the corpus declares 10 entities; 2 of its 3 publishers are new institutions).
    /// </summary>
    private static FakeResponse LoadingServer(RecordedRequest request, Func<RecordedRequest, FakeResponse?>? failure = null)
    {
        if (failure?.Invoke(request) is { } failed)
        {
            return failed;
        }

        if (request.Path == "/db/neo4j/query/v2")
        {
            // A read outside the batch: nothing found.
            return FakeResponse.Rows([], []);
        }

        var rows = request.Parameters["rows"]?.AsArray().Count ?? 0;
        var answer = FakeResponse.Rows(["written"], [[rows]]);
        answer = request.Statement == Load("merge-statements").Text ? answer.WithCounters(relationshipsCreated: rows)
            : request.Statement == Load("merge-published-by").Text ? answer.WithCounters(nodesCreated: 2, relationshipsCreated: rows)
            : request.Statement is { } statement && statement.StartsWith("UNWIND", StringComparison.Ordinal) ? answer.WithCounters(nodesCreated: rows)
            : answer;
        return request.Method == "POST" && request.Path == TxPath ? FakeResponse.Begin("lyU", Affinity, answer)
            : request.Path.EndsWith("/commit", StringComparison.Ordinal) ? answer.WithBookmarks(Bookmark)
            : answer;
    }

    private const string Bookmark = "FB:after-the-batch";

    private static CypherStatement Load(string name) => CypherScripts.Get("load-documents", name);

    [Fact]
    public async Task A_batch_is_one_transaction_opened_by_its_first_statement_and_committed_with_its_last()
    {
        _server.Handler = r => LoadingServer(r);
        await using var store = Store();

        var result = await store.UpsertAsync(Some.Corpus(), Ct);

        Assert.Equal(new UpsertResult(4, 4, 12, 4, 6), result);
        // The stored versions are read first, outside the transaction (none here: nothing is replaced).
        var read = _server.Requests[0];
        Assert.Equal(("/db/neo4j/query/v2", CypherScripts.Get("replace-articles", "stored-fingerprints").Text), (read.Path, read.Statement));
        Assert.Equal(4, read.Parameters["ids"]!.AsArray().Count);
        var requests = _server.Requests.Skip(1).ToList();
        Assert.Equal(("POST", TxPath, Load("merge-articles").Text), (requests[0].Method, requests[0].Path, requests[0].Statement));
        Assert.Equal(4, requests[0].Parameters["rows"]!.AsArray().Count);
        Assert.Null(requests[0].Affinity);
        Assert.Equal(("POST", TxPath + "/lyU/commit", Load("merge-published-by").Text), (requests[^1].Method, requests[^1].Path, requests[^1].Statement));
        Assert.All(requests.Skip(1), r => Assert.Equal(Affinity, r.Affinity));
        Assert.All(requests.Skip(1).SkipLast(1), r => Assert.Equal(TxPath + "/lyU", r.Path));
        Assert.All(requests, r => Assert.True(r.Field("includeCounters")!.GetValue<bool>()));
        Assert.DoesNotContain(requests, r => r.Method == "DELETE");
        var load = CypherScripts.File("load-documents").Select(s => s.Text).ToHashSet();
        Assert.All(requests, r => Assert.Contains(r.Statement!, load));
        Assert.Equal(load.Count, requests.Count(r => load.Contains(r.Statement ?? "")));
    }

    [Fact]
    public async Task A_changed_article_is_cleared_inside_the_transaction_and_its_claims_pruned_and_recounted_before_the_commit()
    {
        // The store holds an older version of the first article; its statement "statement:kept" comes back.
        var kept = Some.FirstArticle();
        var keptId = StatementIds.For(kept.Statements[0].SpeakerId, kept.Statements[0].Stance, kept.Statements[0].ClaimId, kept.Source.Id, kept.Statements[0].Start);
        _server.Handler = r => r.Statement == CypherScripts.Get("replace-articles", "stored-fingerprints").Text
            ? FakeResponse.Rows(["id", "fingerprint"], [[Some.A1, "an-older-version"]])
            : r.Statement == CypherScripts.Get("replace-articles", "clear-statements").Text
                ? FakeResponse.Rows(["claimId", "statementIds", "speakerIds"], [["claim:gone", new[] { keptId, "statement:gone" }, new[] { "person:old-speaker" }]])
                : r.Statement == CypherScripts.Get("replace-articles", "clear-mentions").Text
                    ? FakeResponse.Rows(["entityIds"], [[new[] { "place:old-mention" }]])
                    : LoadingServer(r);
        await using var store = Store();

        var result = await store.UpsertAsync([kept], Ct);

        var statements = _server.Requests.Select(r => r.Statement).ToList();
        int At(string file, string name) => statements.IndexOf(CypherScripts.Get(file, name).Text);
        Assert.True(At("load-documents", "merge-articles") < At("replace-articles", "clear-mentions"));
        Assert.True(At("replace-articles", "clear-mentions") < At("replace-articles", "clear-statements"));
        Assert.True(At("replace-articles", "clear-statements") < At("load-documents", "merge-statements"));
        Assert.True(At("load-documents", "merge-mentions") < At("replace-articles", "prune-claim-reports"));
        Assert.True(At("replace-articles", "prune-claim-reports") < At("replace-articles", "remove-orphan-claims"));
        Assert.True(At("replace-articles", "remove-orphan-claims") < At("load-documents", "refresh-claim-counts"));
        Assert.Equal(Load("merge-published-by").Text, statements[^1]);
        Assert.All(_server.Requests.Where(r => r.Statement!.Contains("$ids", StringComparison.Ordinal) && r.Path.StartsWith(TxPath, StringComparison.Ordinal)),
            r => Assert.Equal(TxPath + "/lyU", r.Path.Replace("/commit", "", StringComparison.Ordinal)));
        Assert.Equal([Some.A1], Ids("replace-articles", "clear-statements"));
        Assert.Equal(["claim:gone"], Ids("replace-articles", "remove-orphan-claims"));
        Assert.Contains("claim:gone", Ids("load-documents", "refresh-claim-counts"));
        Assert.Contains(kept.Statements[0].ClaimId, Ids("load-documents", "refresh-claim-counts"));
        Assert.Contains("person:old-speaker", Ids("load-documents", "refresh-entity-counts"));
        Assert.Contains("place:old-mention", Ids("load-documents", "refresh-entity-counts"));
        Assert.Contains(kept.Statements[0].SpeakerId, Ids("load-documents", "refresh-entity-counts"));
        // Both statements were written again; only the one the old version did not hold is new.
        Assert.Equal(1, result.ReplacedArticles);
        Assert.Equal(kept.Statements.Count - 1, result.NewStatements);
    }

    [Fact]
    public async Task An_article_stored_with_the_same_fingerprint_sends_no_write_at_all()
    {
        var unchanged = Some.FirstArticle();
        _server.Handler = r => r.Statement == CypherScripts.Get("replace-articles", "stored-fingerprints").Text
            ? FakeResponse.Rows(["id", "fingerprint"], [[Some.A1, DocumentFingerprint.Of(unchanged)]])
            : LoadingServer(r);
        await using var store = Store();

        var result = await store.UpsertAsync([Some.FirstArticle() with { Statements = [] }, unchanged], Ct);

        Assert.Equal(new UpsertResult(2, 0, 0, 0, 0), result);
        Assert.DoesNotContain(_server.Requests, r => r.Path.StartsWith(TxPath, StringComparison.Ordinal));
        // The last document of an article in a batch is the one that counts.
        Assert.Equal([Some.A1], Ids("replace-articles", "stored-fingerprints"));
    }

    private List<string> Ids(string file, string name) =>
        [.. _server.Requests.Single(r => r.Statement == CypherScripts.Get(file, name).Text).Parameters["ids"]!.AsArray().Select(n => n!.GetValue<string>())];

    [Fact]
    public async Task The_new_figures_are_the_counters_of_what_each_merge_created()
    {
        // A store that already held most of the batch: only what the counters say was created is new.
        _server.Handler = r => LoadingServer(r, q =>
        {
            var written = FakeResponse.Rows(["written"], [[q.Parameters["rows"]?.AsArray().Count ?? 0]]);
            return q.Statement == Load("merge-articles").Text ? FakeResponse.Begin("lyU", Affinity, written.WithCounters(nodesCreated: 1))
                : q.Statement == Load("merge-entities").Text ? written.WithCounters(nodesCreated: 3)
                : q.Statement == Load("merge-stubs").Text ? written.WithCounters(nodesCreated: 1)
                : q.Statement == Load("merge-claims").Text ? written.WithCounters()
                : q.Statement == Load("merge-statements").Text ? written.WithCounters(relationshipsCreated: 2)
                : q.Statement == Load("merge-published-by").Text ? written.WithCounters(nodesCreated: 1, relationshipsCreated: 1)
                : null;
        });
        await using var store = Store();

        var result = await store.UpsertAsync(Some.Corpus(), Ct);

        Assert.Equal(new UpsertResult(4, 1, 5, 0, 2), result);
        Assert.DoesNotContain(_server.Requests, r => r.Statement == CypherScripts.Get("counts", "counts").Text);
    }

    [Fact]
    public async Task Reads_after_a_batch_go_to_read_members_and_wait_for_its_bookmark()
    {
        _server.Handler = r => LoadingServer(r);
        await using var store = Store();

        await store.GetClaimsAsync(["claim:x"], Ct);
        await store.UpsertAsync(Some.Corpus(), Ct);
        await store.GetClaimsAsync(["claim:x"], Ct);

        var first = _server.Requests[0];
        Assert.Equal(("/db/neo4j/query/v2", "Read"), (first.Path, first.Field("accessMode")!.GetValue<string>()));
        Assert.Null(first.Field("bookmarks"));
        Assert.All(_server.Requests.Where(r => r.Path.StartsWith(TxPath, StringComparison.Ordinal)), r => Assert.Null(r.Field("accessMode")));
        var last = _server.Requests[^1];
        Assert.Equal(("/db/neo4j/query/v2", "Read"), (last.Path, last.Field("accessMode")!.GetValue<string>()));
        Assert.Equal([Bookmark], last.Field("bookmarks")!.AsArray().Select(b => b!.GetValue<string>()));
    }

    [Fact]
    public async Task An_answer_without_counters_is_refused_rather_than_counted_as_nothing_new()
    {
        _server.Handler = r => r.Method == "POST" && r.Path == TxPath
            ? FakeResponse.Begin("lyU", Affinity, FakeResponse.Rows(["written"], [[4]]))
            : LoadingServer(r);
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.UpsertAsync(Some.Corpus(), Ct));

        Assert.Contains("includeCounters", error.Message, StringComparison.Ordinal);
        Assert.Equal("DELETE", _server.Requests[^1].Method);
    }

    [Fact]
    public async Task A_rollback_that_times_out_does_not_hide_the_error_that_caused_it()
    {
        _server.Handler = r => r.Method == "DELETE"
            ? FakeResponse.Rows([], []) with { Delay = TimeSpan.FromSeconds(5) }
            : LoadingServer(r, q => q.Statement == Load("merge-claims").Text
                ? FakeResponse.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists")
                : null);
        await using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = _server.Uri, MaxRetries = 0, RollbackTimeout = TimeSpan.FromMilliseconds(200) });

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.UpsertAsync(Some.Corpus(), Ct));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Contains(_server.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task Load_rows_carry_deduplicated_entities_with_unioned_aliases_and_folded_copies()
    {
        _server.Handler = r => LoadingServer(r);
        await using var store = Store();

        await store.UpsertAsync(Some.Corpus(), Ct);

        var entities = _server.Requests.Single(r => r.Statement == CypherScripts.Get("load-documents", "merge-entities").Text).Parameters["rows"]!.AsArray();
        Assert.Equal(10, entities.Count);
        var lopez = entities.Single(e => e!["id"]!.GetValue<string>() == Some.Lopez)!;
        Assert.Equal(["López", "A. López"], lopez["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("ana lopez", lopez["nameFold"]!.GetValue<string>());
        Assert.Equal("Foreign Minister", lopez["role"]!.GetValue<string>());
        var statements = _server.Requests.Single(r => r.Statement == CypherScripts.Get("load-documents", "merge-statements").Text).Parameters["rows"]!.AsArray();
        Assert.Equal(6, statements.Count);
        Assert.Equal(6, statements.Select(s => s!["id"]!.GetValue<string>()).Distinct().Count());
        var publishers = _server.Requests.Single(r => r.Statement == CypherScripts.Get("load-documents", "merge-published-by").Text).Parameters["rows"]!.AsArray();
        Assert.Contains(publishers, p => p!["institutionId"]!.GetValue<string>() == Some.EveningCourier);
    }

    [Fact]
    public async Task Blank_article_values_travel_as_null_so_that_a_reload_keeps_the_stored_ones()
    {
        _server.Handler = r => LoadingServer(r);
        await using var store = Store();
        var first = Some.FirstArticle();

        await store.UpsertAsync([first with { Source = first.Source with { Title = " ", Publisher = "", Author = null, PublishedAt = "  " } }], Ct);

        var article = Assert.Single(_server.Requests.Single(r => r.Statement == Load("merge-articles").Text).Parameters["rows"]!.AsArray())!.AsObject();
        Assert.All(["title", "publisher", "publisherFold", "author", "publishedAt", "url"], key => Assert.Null(article[key]));
        Assert.Empty(_server.Requests.Single(r => r.Statement == Load("merge-published-by").Text).Parameters["rows"]!.AsArray());
        Assert.All(_server.Requests.Single(r => r.Statement == Load("merge-statements").Text).Parameters["rows"]!.AsArray(), row => Assert.Null(row!["date"]));
    }

    [Fact]
    public async Task A_failing_statement_rolls_the_transaction_back_and_never_commits()
    {
        var failing = CypherScripts.Get("load-documents", "merge-claims").Text;
        _server.Handler = r => LoadingServer(r, q => q.Statement == failing
            ? FakeResponse.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists")
            : null);
        await using var store = Store();

        var error = await Assert.ThrowsAsync<Neo4jStoreException>(() => store.UpsertAsync(Some.Corpus(), Ct));

        Assert.Contains("cypher/load-documents.cypher#merge-claims", error.Message, StringComparison.Ordinal);
        var requests = _server.Requests;
        Assert.Equal(("DELETE", TxPath + "/lyU", Affinity), (requests[^1].Method, requests[^1].Path, requests[^1].Affinity));
        Assert.DoesNotContain(requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => r.Statement == CypherScripts.Get("load-documents", "merge-statements").Text);
    }

    [Fact]
    public async Task A_transient_failure_in_a_batch_retries_the_whole_batch_in_a_new_transaction()
    {
        var failures = 0;
        var merge = CypherScripts.Get("load-documents", "merge-about").Text;
        _server.Handler = r => LoadingServer(r, q => q.Statement == merge && Interlocked.Increment(ref failures) == 1
            ? FakeResponse.Error("Neo.TransientError.Transaction.LockClientStopped", "lock client stopped")
            : null);
        await using var store = Store();

        var result = await store.UpsertAsync(Some.Corpus(), Ct);

        Assert.Equal(4, result.NewArticles);
        var requests = _server.Requests;
        Assert.Equal(2, requests.Count(r => r.Method == "POST" && r.Path == TxPath));
        Assert.Equal(1, requests.Count(r => r.Method == "DELETE"));
        Assert.Equal(1, requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)));
        var rollback = requests.ToList().FindIndex(r => r.Method == "DELETE");
        var secondBegin = requests.ToList().FindLastIndex(r => r.Path == TxPath);
        Assert.True(rollback < secondBegin);
    }

    [Fact]
    public async Task A_statement_whose_speaker_is_unknown_rolls_back_with_a_plain_message()
    {
        var statements = CypherScripts.Get("load-documents", "merge-statements").Text;
        // The server matched no speaker for one row: fewer statements written than sent.
        _server.Handler = r => LoadingServer(r, q => q.Statement == statements
            ? FakeResponse.Rows(["written"], [[q.Parameters["rows"]!.AsArray().Count - 1]]).WithCounters(relationshipsCreated: 1)
            : q.Statement == CypherScripts.Get("entities", "entities-by-ids").Text
                ? FakeResponse.Rows(["id", "kind", "name", "aliases", "role", "country"], [[Some.Carter, "Person", "John Carter", Array.Empty<string>(), null, null]])
                : null);
        await using var store = Store();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync([Some.FirstArticle()], Ct));

        Assert.Contains(Some.Lopez, error.Message, StringComparison.Ordinal);
        Assert.Equal("DELETE", _server.Requests[^1].Method);
    }

    [Fact]
    public async Task Undeclared_references_become_stubs_when_their_id_names_a_kind()
    {
        _server.Handler = r => LoadingServer(r);
        await using var store = Store();
        var document = Some.Document("article:x", "x.txt", "T", "Wire", "2026-03-01", [Some.Entity("person:a", Model.EntityKind.Person, "A", [])],
            Some.Statement("person:a", Model.Stance.Said, "claim:x", "X", "a said x", ["institution:news-wire-service"], ["place:north-land"]));

        await store.UpsertAsync([document], Ct);

        var stubs = _server.Requests.Single(r => r.Statement == CypherScripts.Get("load-documents", "merge-stubs").Text).Parameters["rows"]!.AsArray();
        Assert.Equal(
            ["institution:news-wire-service=News Wire Service", "place:north-land=North Land"],
            stubs.Select(s => $"{s!["id"]}={s["name"]}").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(_server.Requests, r => r.Statement == CypherScripts.Get("entities", "entities-by-ids").Text);
    }

    [Fact]
    public async Task A_reference_naming_no_kind_must_be_stored_or_the_batch_is_rolled_back()
    {
        _server.Handler = r => LoadingServer(r, q => q.Statement == CypherScripts.Get("entities", "entities-by-ids").Text
            ? FakeResponse.Rows(["id", "kind", "name", "aliases", "role", "country"], [])
            : null);
        await using var store = Store();
        var document = Some.Document("article:x", "x.txt", "T", null, "2026-03-01", [Some.Entity("person:a", Model.EntityKind.Person, "A", [])],
            Some.Statement("person:a", Model.Stance.Said, "claim:x", "X", "a said x", ["journalist-x"], []));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync([document], Ct));

        Assert.Contains("'journalist-x'", error.Message, StringComparison.Ordinal);
        Assert.Contains("x.txt", error.Message, StringComparison.Ordinal);
        Assert.Equal("DELETE", _server.Requests[^1].Method);
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_offsets_are_refused_before_anything_is_sent()
    {
        await using var store = Store();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync([Some.UnrelatedArticle(), Some.BrokenArticle()], Ct));

        Assert.Contains("broken.txt", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }
}
