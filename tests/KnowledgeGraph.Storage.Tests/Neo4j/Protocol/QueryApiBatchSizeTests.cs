using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Protocol;

/// <summary>
/// The write path at pipeline size, against the FAKE Query API: a batch of articles travels as one UNWIND request per
/// load statement, whatever its size, so the number of round trips per batch is constant and each request carries
/// thousands of rows (issue 10 §7). Whether Neo4j executes those rows right is the contract suite's job.
/// </summary>
public sealed class QueryApiBatchSizeTests
{
    private const string TxPath = "/db/neo4j/query/v2/tx";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Answers as an empty store would: no stored version of any article, every row written and created.</summary>
    private static FakeResponse EmptyStore(RecordedRequest request)
    {
        if (!request.Path.StartsWith(TxPath, StringComparison.Ordinal))
        {
            // The read before the batch (stored fingerprints): nothing stored.
            return FakeResponse.Rows([], []);
        }

        var rows = request.Parameters["rows"]?.AsArray().Count ?? 0;
        var answer = FakeResponse.Rows(["written"], [[rows]]);
        answer = request.Statement == Load("merge-statements").Text ? answer.WithCounters(relationshipsCreated: rows) : answer.WithCounters(nodesCreated: rows);
        return request.Method == "POST" && request.Path == TxPath ? FakeResponse.Begin("b1", "YWZmaW5pdHk=", answer) : answer;
    }

    private static CypherStatement Load(string name) => CypherScripts.Get("load-documents", name);

    private static async Task<IReadOnlyList<RecordedRequest>> LoadAsync(IReadOnlyList<ExtractedDocument> documents)
    {
        await using var server = FakeQueryApiServer.Start();
        server.Handler = EmptyStore;
        await using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = server.Uri, MaxRetries = 0 });
        await store.UpsertAsync(documents, Ct);
        // Only the batch's transaction: the one read before it (stored fingerprints) is one request too, whatever the size.
        Assert.Single(server.Requests, r => !r.Path.StartsWith(TxPath, StringComparison.Ordinal));
        return [.. server.Requests.Where(r => r.Path.StartsWith(TxPath, StringComparison.Ordinal))];
    }

    [Fact]
    public async Task A_pipeline_batch_of_500_articles_takes_as_many_requests_as_a_batch_of_5()
    {
        var small = await LoadAsync(Some.ManyDocuments(5, 6));
        var large = await LoadAsync(Some.ManyDocuments(500, 6));

        var statements = CypherScripts.File("load-documents").Count;
        Assert.Equal(statements, small.Count);
        Assert.Equal(statements, large.Count);
        Assert.Equal(small.Select(r => r.Statement), large.Select(r => r.Statement));
    }

    [Fact]
    public async Task Each_request_of_a_pipeline_batch_carries_every_row_of_its_kind()
    {
        var requests = await LoadAsync(Some.ManyDocuments(500, 6));

        // 500 articles of 6 statements each, by 6 different speakers of 300 about 6 different claims of 500.
        int Rows(string name) => requests.Single(r => r.Statement == Load(name).Text).Parameters["rows"]!.AsArray().Count;
        Assert.Equal(
            [("merge-articles", 500), ("merge-entities", 300), ("merge-claims", 500), ("merge-statements", 3000),
             ("merge-reported-by", 3000), ("merge-mentions", 3000), ("merge-published-by", 500)],
            new[] { "merge-articles", "merge-entities", "merge-claims", "merge-statements", "merge-reported-by", "merge-mentions", "merge-published-by" }
                .Select(name => (name, Rows(name))));
    }
}
