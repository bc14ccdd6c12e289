using System.Net;
using System.Text;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Graph;

public sealed class LimitTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Fact]
    public async Task A_query_nested_twenty_levels_deep_is_rejected_with_MAX_DEPTH_EXCEEDED()
    {
        // entity > memberships > person > memberships > person > … > name: twenty levels of fields.
        string[] fields = ["entity(name: \"Raúl Castro\")", .. Enumerable.Repeat<string[]>(["memberships", "person"], 9).SelectMany(f => f), "name"];
        Assert.Equal(20, fields.Length);
        var query = new StringBuilder("{ ").AppendJoin(" { ", fields).Append(string.Concat(Enumerable.Repeat(" }", fields.Length)));

        var response = await api.Client.PostAsync(query.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], response.ErrorCodes);
        Assert.Null(response.Json["data"]);
    }

    [Fact]
    public async Task First_of_one_hundred_thousand_is_rejected_with_PAGE_SIZE_EXCEEDED()
    {
        var response = await api.Client.PostAsync("{ claims(first: 100000) { totalCount } }");
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], response.ErrorCodes);
        Assert.Contains("100000", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_above_one_hundred_and_search_first_above_one_hundred_are_rejected_too()
    {
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], (await api.Client.PostAsync("{ entities(last: 101) { totalCount } }")).ErrorCodes);
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], (await api.Client.PostAsync("{ search(text: \"cuba\", first: 500) { id } }")).ErrorCodes);
    }

    [Fact]
    public async Task A_wide_nested_list_query_within_the_depth_limit_is_rejected_with_MAX_COMPLEXITY_EXCEEDED()
    {
        var response = await api.Client.PostAsync("""
            { claims(first: 100) { nodes { statements(first: 100) { nodes { claim { statements(first: 100) { nodes { evidence } } } } } } } }
            """);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task GraphiQL_introspection_works_although_it_is_deeper_than_the_depth_limit()
    {
        var response = await api.Client.PostAsync(IntrospectionQuery);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        var types = response.Json["data"]!["__schema"]!["types"]!.AsArray();
        Assert.Contains(types, t => t!["name"]!.GetValue<string>() == "Claim");
        Assert.Equal("Query", response.Json["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Non_null_lists_come_back_as_empty_arrays_never_null()
    {
        var data = await api.Client.DataAsync("""
            { entity(name: "GAESA") { claimsAbout { nodes { id } } said { nodes { id } } denied { edges { cursor } } } search(text: "zzzqqqxxx") { id } }
            """);
        JsonAssert.Equal("""{ "entity": { "claimsAbout": { "nodes": [] }, "said": { "nodes": [] }, "denied": { "edges": [] } }, "search": [] }""", data);
    }

    // The query GraphiQL sends on load (graphql-js getIntrospectionQuery), 15 levels deep through ofType.
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
