using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>Posts GraphQL requests and returns the status and the parsed JSON body.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(body)!.AsObject(), body);
    }

    /// <summary>Posts and fails the test (showing the errors) unless the response has data and no errors.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Status == HttpStatusCode.OK && response.Errors.Count == 0, $"Expected data without errors, got {(int)response.Status}: {response.Body}");
        return response.Json["data"]!;
    }
}

/// <summary>A GraphQL HTTP response.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonObject Json, string Body)
{
    public JsonArray Errors => Json["errors"] as JsonArray ?? [];

    public IReadOnlyList<string?> ErrorCodes => [.. Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>())];
}

/// <summary>JSON comparison with a readable failure message (graphql-dotnet QueryTestBase style).</summary>
public static class JsonAssert
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Equal(string expectedJson, JsonNode? actual)
    {
        var expected = JsonNode.Parse(expectedJson);
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Fail($"JSON differs.\nExpected:\n{expected?.ToJsonString(Indented)}\nActual:\n{actual?.ToJsonString(Indented)}");
        }
    }
}
