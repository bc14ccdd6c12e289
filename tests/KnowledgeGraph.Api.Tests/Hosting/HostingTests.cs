using System.Net;
using System.Text;
using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Composition;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class HostingTests
{
    [Fact]
    public async Task Healthz_says_ok_with_the_counts_of_the_loaded_sample_and_names_no_path()
    {
        await using var factory = new ApiFactory();
        var body = await factory.CreateClient().GetStringAsync("/healthz", TestContext.Current.CancellationToken);
        var json = System.Text.Json.Nodes.JsonNode.Parse(body)!;
        Assert.Equal("ok", json["status"]!.GetValue<string>());
        Assert.Equal(5, json["articles"]!.GetValue<int>());
        Assert.True(json["statements"]!.GetValue<int>() > 0);
        Assert.DoesNotContain(Path.GetFileName(factory.DatabasePath), body, StringComparison.Ordinal);
        Assert.DoesNotContain("/", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_LoadSampleWhenEmpty_false_the_store_starts_empty()
    {
        await using var factory = new ApiFactory(settings: new Dictionary<string, string?> { ["LoadSampleWhenEmpty"] = "false" });
        var data = await new GraphQLClient(factory.CreateClient()).DataAsync("{ stats { articles } claims { totalCount nodes { id } } }");
        JsonAssert.Equal("""{ "stats": { "articles": 0 }, "claims": { "totalCount": 0, "nodes": [] } }""", data);
    }

    [Theory]
    [InlineData("RequestTimeoutSeconds", "0", "RequestTimeoutSeconds must be between 1 and 600, got 0")]
    [InlineData("MaxRequestBytes", "12", "MaxRequestBytes must be between 1024 and 16777216, got 12")]
    [InlineData("GraphQL:MaxDepth", "1", "GraphQL:MaxDepth must be between 2 and 50, got 1")]
    [InlineData("ApiKey", "short", "must be at least 16 characters long, got 5")]
    [InlineData("RateLimits:ConcurrentRequests", "0", "RateLimits:ConcurrentRequests must be between 1 and 1024, got 0")]
    [InlineData("GraphQL:MaxAliases", "0", "GraphQL:MaxAliases must be at least 1, got 0")]
    [InlineData("Cors:Origins:0", "newsroom.example", "got 'newsroom.example'")]
    public async Task Bad_settings_stop_the_start_with_a_message_naming_the_value(string key, string value, string message)
    {
        // The app is built and started as Program does, not through WebApplicationFactory: when the start fails, the
        // factory's deferred host can race Program's Run disposing the host and report ObjectDisposedException instead.
        using var database = new TempDatabase();
        await using var app = KnowledgeGraph.Api.ApiHost.Build(["--store", database.Path, "--urls", "http://127.0.0.1:0", $"--{key}={value}"]);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unexpected_failures_reach_clients_without_details_or_stack_traces()
    {
        await using var factory = new ApiFactory(wrapStore: inner => new FailingSearchStore(inner));
        var response = await new GraphQLClient(factory.CreateClient()).PostAsync("{ search(text: \"cuba\") { id } }");
        Assert.Single(response.Errors);
        Assert.DoesNotContain(FailingSearchStore.Secret, response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("stack", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_body_above_MaxRequestBytes_is_refused_with_REQUEST_TOO_LARGE()
    {
        await using var factory = new ApiFactory(settings: new Dictionary<string, string?> { ["MaxRequestBytes"] = "2048" });
        var padding = new string(' ', 4096);
        using var content = new StringContent($$"""{"query":"{ stats { articles } }{{padding}}"}""", Encoding.UTF8, "application/json");
        using var response = await factory.CreateClient().PostAsync("/graphql", content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("REQUEST_TOO_LARGE", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_BAD_REQUEST()
    {
        await using var factory = new ApiFactory();
        using var content = new StringContent("query { stats }", Encoding.UTF8, "application/json");
        using var response = await factory.CreateClient().PostAsync("/graphql", content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("BAD_REQUEST", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cors_allows_configured_origins_only()
    {
        await using var factory = new ApiFactory(settings: new Dictionary<string, string?> { ["Cors:Origins:0"] = "https://newsroom.example" });
        var http = factory.CreateClient();
        Assert.Equal("https://newsroom.example", await PreflightAsync(http, "https://newsroom.example"));
        Assert.Null(await PreflightAsync(http, "https://elsewhere.example"));
    }

    [Fact]
    public async Task GraphiQL_page_and_its_locally_installed_assets_are_served()
    {
        await using var factory = new ApiFactory();
        var http = factory.CreateClient();
        var page = await http.GetStringAsync("/graphiql", TestContext.Current.CancellationToken);
        Assert.Contains("/vendor/graphiql.min.js", page, StringComparison.Ordinal);
        Assert.DoesNotContain("unpkg", page, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn", page, StringComparison.OrdinalIgnoreCase);
        foreach (var asset in new[] { "/vendor/graphiql.min.js", "/vendor/graphiql.min.css", "/vendor/react.production.min.js", "/vendor/react-dom.production.min.js", "/vendor/cytoscape.min.js", "/graphiql/examples.js" })
        {
            using var response = await http.GetAsync(asset, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public void Store_specs_choose_SQLite_for_paths_and_Neo4j_for_server_urls()
    {
        Assert.False(GraphStoreFactory.IsNeo4j("./knowledge.db"));
        Assert.False(GraphStoreFactory.IsNeo4j("/tmp/http-files/kg.db"));
        foreach (var url in new[] { "http://localhost:7474", "https://db.example", "neo4j://host", "neo4j+s://host", "bolt://host:7687" })
        {
            Assert.True(GraphStoreFactory.IsNeo4j(url), url);
        }

        using var temp = new TempDatabase();
        Assert.IsType<SqliteGraphStore>(GraphStoreFactory.Open(temp.Path));
        Assert.Throws<ArgumentException>(() => GraphStoreFactory.Open(" "));
    }

    [Fact]
    public async Task A_request_running_past_RequestTimeoutSeconds_is_stopped_with_a_timeout_error()
    {
        await using var factory = new ApiFactory(
            wrapStore: inner => new SlowSearchStore(inner),
            settings: new Dictionary<string, string?> { ["RequestTimeoutSeconds"] = "1" });
        var started = System.Diagnostics.Stopwatch.StartNew();
        var response = await new GraphQLClient(factory.CreateClient()).PostAsync("{ search(text: \"cuba\") { id } }");
        Assert.Equal([KnowledgeGraph.Api.Graph.ErrorCodes.Timeout], response.ErrorCodes);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), $"The request ran {started.Elapsed} although the limit is 1 s.");
    }

    private static async Task<string?> PreflightAsync(HttpClient http, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
    }

    /// <summary>Hand-written fake: a real store whose search fails with an internal detail that must not leak.</summary>
    private sealed class FailingSearchStore(IGraphStore inner) : DelegatingGraphStore(inner)
    {
        public const string Secret = "secret-internal-detail-42";

        public override Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(Secret);
    }

    /// <summary>Hand-written fake: a real store whose search takes a minute unless cancelled.</summary>
    private sealed class SlowSearchStore(IGraphStore inner) : DelegatingGraphStore(inner)
    {
        public override async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);
            return [];
        }
    }
}
