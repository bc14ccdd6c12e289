using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Protocol;

/// <summary>
/// A statement's extraction rule on the way into and out of Neo4j, against <see cref="FakeQueryApiServer"/> (a fake of
/// the Query API); the round trip through a real Neo4j is the contract suite's.
/// </summary>
public sealed class QueryApiRuleTests : IAsyncLifetime
{
    private readonly FakeQueryApiServer _server = FakeQueryApiServer.Start();
    private Neo4jGraphStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _store = new Neo4jGraphStore(new Neo4jOptions { Uri = _server.Uri, User = "analyst", Password = "s3cret", Database = "news" });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public void Statement_rows_for_merge_statements_carry_the_rule_trimmed_and_null_when_there_is_none()
    {
        var document = Some.FirstArticle();
        document = document with { Statements = [document.Statements[0] with { Rule = " according " }, document.Statements[1]] };

        var rows = UpsertRows.Build([document]);

        Assert.Equal(["according", null], rows.Statements.Select(s => s.Rule));
    }

    [Fact]
    public async Task A_statement_page_reads_the_rule_and_a_missing_one_as_null()
    {
        Dictionary<string, object?> Row(string id, string? rule)
        {
            var row = new Dictionary<string, object?>
            {
                ["id"] = id, ["speakerId"] = "person:a", ["stance"] = "SAID", ["claimId"] = "claim:1", ["articleId"] = "article:1",
                ["evidence"] = "it rains", ["start"] = 0, ["end"] = 8, ["date"] = null, ["reportedBy"] = Array.Empty<string>(),
            };
            if (rule is not null)
            {
                row["rule"] = rule;
            }

            return row;
        }

        _server.Handler = _ => FakeResponse.Rows(["total", "items"], [[2, new[] { Row("statement:1", "quote-then-verb"), Row("statement:2", null) }]]);

        var page = await _store.QueryStatementsAsync(new StatementFilter(), PageRequest.First(10), Ct);

        Assert.Equal(["quote-then-verb", null], page.Items.Select(s => s.Rule));
    }

    [Fact]
    public async Task Statements_by_id_read_the_rule()
    {
        _server.Handler = _ => FakeResponse.Rows(
            ["id", "speakerId", "stance", "claimId", "articleId", "evidence", "start", "end", "date", "reportedBy", "rule"],
            [["statement:1", "person:a", "DENIED", "claim:1", "article:1", "flatly rejected", 10, 25, null, Array.Empty<string>(), "according"]]);

        var statement = Assert.Single(await _store.GetStatementsAsync(["statement:1"], Ct));

        Assert.Equal("according", statement.Rule);
    }
}
