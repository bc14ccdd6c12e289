using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Endpoints;

public sealed class MutationTests
{
    private const string Ingest = """
        mutation($input: IngestArticleInput!) {
          ingestArticle(input: $input) { newArticle newStatements article { id publisher publishedAt } statements { stance speaker { id } claim { text } } }
        }
        """;

    private static object Input(string text) => new
    {
        input = new { text, title = "Test article", publisher = "Test Wire", publishedAt = "2026-03-01", url = "https://example.org/test" },
    };

    private static string SeedText() =>
        File.ReadAllText(Directory.GetFiles(RepoPaths.Seeds, "004_*.txt").Single());

    [Fact]
    public async Task Without_a_configured_key_ingestion_is_disabled_with_INGESTION_DISABLED()
    {
        await using var factory = new ApiFactory();
        var client = new GraphQLClient(factory.CreateClient());
        var response = await client.PostAsync(Ingest, Input("Officials said nothing."), apiKey: ApiFactory.TestApiKey);
        Assert.Equal(["INGESTION_DISABLED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Without_the_header_or_with_a_wrong_key_ingestion_is_UNAUTHENTICATED_and_nothing_is_stored()
    {
        await using var factory = new ApiFactory(apiKey: ApiFactory.TestApiKey);
        var client = new GraphQLClient(factory.CreateClient());
        Assert.Equal(["UNAUTHENTICATED"], (await client.PostAsync(Ingest, Input(SeedText()))).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await client.PostAsync(Ingest, Input(SeedText()), apiKey: "wrong-key-0123456789")).ErrorCodes);
        var stats = await client.DataAsync("{ stats { articles } }");
        Assert.Equal(5, stats["stats"]!["articles"]!.GetValue<int>());
    }

    [Fact]
    public async Task With_the_key_an_article_is_extracted_stored_and_its_statements_returned()
    {
        await using var factory = new ApiFactory(apiKey: ApiFactory.TestApiKey, settings: new Dictionary<string, string?> { ["LoadSampleWhenEmpty"] = "false" });
        var client = new GraphQLClient(factory.CreateClient());

        var response = await client.PostAsync(Ingest, Input(SeedText()), apiKey: ApiFactory.TestApiKey);
        Assert.True(response.Errors.Count == 0, response.Body);
        var result = response.Json["data"]!["ingestArticle"]!;
        Assert.True(result["newArticle"]!.GetValue<bool>());
        Assert.Equal("Test Wire", result["article"]!["publisher"]!.GetValue<string>());
        Assert.Equal("2026-03-01", result["article"]!["publishedAt"]!.GetValue<string>());
        var statements = result["statements"]!.AsArray();
        Assert.NotEmpty(statements);
        Assert.Equal(statements.Count, result["newStatements"]!.GetValue<int>());
        Assert.Contains(statements, s => s!["stance"]!.GetValue<string>() == "DENIED");

        // Stored: readable afterwards; ingesting the same text again adds nothing.
        var stats = await client.DataAsync("{ stats { articles statements } }");
        Assert.Equal(1, stats["stats"]!["articles"]!.GetValue<int>());
        Assert.Equal(statements.Count, stats["stats"]!["statements"]!.GetValue<int>());
        var again = (await client.PostAsync(Ingest, Input(SeedText()), apiKey: ApiFactory.TestApiKey)).Json["data"]!["ingestArticle"]!;
        Assert.False(again["newArticle"]!.GetValue<bool>());
        Assert.Equal(0, again["newStatements"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_corrected_text_sent_with_the_same_url_replaces_the_article_instead_of_adding_one()
    {
        await using var factory = new ApiFactory(apiKey: ApiFactory.TestApiKey, settings: new Dictionary<string, string?> { ["LoadSampleWhenEmpty"] = "false" });
        var client = new GraphQLClient(factory.CreateClient());
        const string ingest = "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { newArticle article { id } statements { id } } }";
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToList();

        var first = (await client.PostAsync(ingest, Input(File.ReadAllText(seeds[0])), apiKey: ApiFactory.TestApiKey)).Json["data"]!["ingestArticle"]!;
        var second = (await client.PostAsync(ingest, Input(File.ReadAllText(seeds[3])), apiKey: ApiFactory.TestApiKey)).Json["data"]!["ingestArticle"]!;

        var id = first["article"]!["id"]!.GetValue<string>();
        Assert.Equal(id, second["article"]!["id"]!.GetValue<string>());
        Assert.False(second["newArticle"]!.GetValue<bool>());
        var kept = second["statements"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var dropped = first["statements"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).Where(s => !kept.Contains(s)).ToList();
        Assert.NotEmpty(kept);
        Assert.NotEmpty(dropped);
        var data = await client.DataAsync(
            "query($id: ID!, $old: ID!) { stats { articles statements } node(id: $id) { ... on Article { statements(first: 100) { totalCount } } } old: node(id: $old) { id } }",
            new { id, old = dropped[0] });
        Assert.Equal(1, data["stats"]!["articles"]!.GetValue<int>());
        Assert.Equal(kept.Count, data["stats"]!["statements"]!.GetValue<int>());
        Assert.Equal(kept.Count, data["node"]!["statements"]!["totalCount"]!.GetValue<int>());
        Assert.Null(data["old"]);
    }

    [Fact]
    public async Task A_mutation_sent_with_GET_is_rejected_with_MUTATION_OVER_GET()
    {
        await using var factory = new ApiFactory(apiKey: ApiFactory.TestApiKey);
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.TestApiKey);
        var query = Uri.EscapeDataString("mutation { ingestArticle(input: { text: \"x\" }) { newArticle } }");
        using var response = await http.GetAsync($"/graphql?query={query}", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("MUTATION_OVER_GET", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_sent_with_GET_and_variables_returns_data()
    {
        await using var factory = new ApiFactory();
        var http = factory.CreateClient();
        var query = Uri.EscapeDataString("query($n: String) { entity(name: $n) { id } }");
        var variables = Uri.EscapeDataString("""{"n":"MINREX"}""");
        var body = await http.GetStringAsync($"/graphql?query={query}&variables={variables}", TestContext.Current.CancellationToken);
        JsonAssert.Equal("""{ "data": { "entity": { "id": "institution:minrex" } } }""", System.Text.Json.Nodes.JsonNode.Parse(body));
    }
}
