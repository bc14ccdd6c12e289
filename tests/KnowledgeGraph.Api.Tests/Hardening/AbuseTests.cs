using System.Net;
using System.Text;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>
/// The hostile requests of the hardening review, each sent to a real server socket: each is refused with its error code
/// and the server still answers afterwards. How fast they are refused is measured by bench/soak.sh, not asserted here.
/// </summary>
public sealed class AbuseTests(RealServer server) : IClassFixture<RealServer>
{
    private readonly GraphQLClient _client = new(server.NewClient());

    [Fact]
    public async Task A_fragment_bomb_39_levels_deep_is_refused_with_DOCUMENT_TOO_LARGE()
    {
        // F1 spreads F0 twice, F2 spreads F1 twice, …: 1.6 KB that stands for 2^39 selections.
        var query = new StringBuilder("query { entity(name: \"Raúl Castro\") { ...F39 } } fragment F0 on Person { name }");
        for (var i = 1; i <= 39; i++)
        {
            query.Append($" fragment F{i} on Person {{ ...F{i - 1} ...F{i - 1} }}");
        }

        var response = await _client.PostAsync(query.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], response.ErrorCodes);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Nested_pages_that_multiply_past_the_budget_are_refused_with_MAX_COMPLEXITY_EXCEEDED()
    {
        var response = await _client.PostAsync("""
            { entity(name: "Fernández de Cossío") { statements(first: 100) { nodes { claim { statements(first: 100) { nodes {
              claim { statements(first: 100) { nodes { evidence } } } } } } } } } }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_thousand_aliases_of_stats_are_refused_with_DOCUMENT_TOO_LARGE()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"s{i}: stats {{ statements }}")) + " }";

        var response = await _client.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], response.ErrorCodes);
        Assert.Contains("1000 root fields", Message(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sixty_aliases_below_one_root_field_are_refused_too()
    {
        var query = "{ stats { " + string.Join(' ', Enumerable.Range(0, 60).Select(i => $"a{i}: statements")) + " } }";

        var response = await _client.PostAsync(query);

        Assert.Equal(["DOCUMENT_TOO_LARGE"], response.ErrorCodes);
        Assert.Contains("60 aliases", Message(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_five_root_fields_without_aliases_are_refused_too()
    {
        var query = "{ " + string.Join(' ', Enumerable.Repeat("stats { statements }", 25)) + " }";

        var response = await _client.PostAsync(query);

        Assert.Equal(["DOCUMENT_TOO_LARGE"], response.ErrorCodes);
        Assert.Contains("root fields", Message(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_or_of_200_textContains_is_refused_with_FILTER_TOO_COMPLEX_naming_the_limit()
    {
        var or = string.Join(", ", Enumerable.Range(0, 200).Select(i => $"{{ textContains: \"word{i}\" }}"));

        var response = await _client.PostAsync($"{{ claims(where: {{ or: [{or}] }}) {{ totalCount }} }}");

        Assert.Equal(["FILTER_TOO_COMPLEX"], response.ErrorCodes);
        Assert.Contains("at most 5 are allowed", Message(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_or_of_30_conditions_is_refused_naming_the_condition_limit()
    {
        var or = string.Join(", ", Enumerable.Range(0, 30).Select(i => $"{{ contested: {(i % 2 == 0 ? "true" : "false")} }}"));

        var response = await _client.PostAsync($"{{ claims(where: {{ or: [{or}] }}) {{ totalCount }} }}");

        Assert.Equal(["FILTER_TOO_COMPLEX"], response.ErrorCodes);
        Assert.Contains("at most 20", Message(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_where_nested_forty_deep_is_refused_with_a_message_naming_the_limit()
    {
        var where = "{ contested: true }";
        for (var i = 0; i < 40; i++)
        {
            where = $"{{ not: {where} }}";
        }

        var response = await _client.PostAsync($"{{ claims(where: {where}) {{ totalCount }} }}");

        Assert.Equal(["FILTER_TOO_COMPLEX"], response.ErrorCodes);
        Assert.Contains("at most 5", Message(response), StringComparison.Ordinal);
        Assert.DoesNotContain("Error executing document", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_body_that_is_not_JSON_is_refused_with_415(string contentType)
    {
        using var content = new StringContent("""{"query":"{ stats { statements } }"}""");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await _client.Http.PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("UNSUPPORTED_MEDIA_TYPE", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_accepts_graphql_response_json_gets_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ stats { statements } }"}""", Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await _client.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string Message(GraphQLResponse response) => response.Errors[0]!["message"]!.GetValue<string>();

    private async Task AssertStillAnswersAsync()
    {
        var data = await _client.DataAsync("{ stats { statements } }");
        Assert.True(data["stats"]!["statements"]!.GetValue<int>() > 0);
    }
}
