using System.Net;
using KnowledgeGraph.Api.Endpoints;
using KnowledgeGraph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Endpoints;

public sealed class ValidatedDocumentsTests
{
    [Fact]
    public async Task A_query_sent_again_comes_from_the_cache_with_the_same_answer_and_its_cost_is_checked_against_new_variables()
    {
        await using var factory = new ApiFactory();
        var client = new GraphQLClient(factory.CreateClient());
        var documents = factory.Services.GetRequiredService<ValidatedDocuments>();
        const string query = "query($n: Int) { claims(first: $n) { nodes { statements(first: $n) { nodes { claim { statements(first: $n) { nodes { evidence } } } } } } } }";

        var first = await client.PostAsync(query, new { n = 2 });
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Empty(first.Errors);
        Assert.NotNull(documents.Find(query, null));

        // The cached document skips the schema rules, not the cost analyzer: 100 × 100 × 100 evidence fields are refused.
        var costly = await client.PostAsync(query, new { n = 100 });
        Assert.Equal(HttpStatusCode.BadRequest, costly.Status);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], costly.ErrorCodes);

        var again = await client.PostAsync(query, new { n = 2 });
        Assert.Equal(first.Body, again.Body);
    }

    [Fact]
    public async Task A_document_whose_cost_was_checked_without_variables_is_checked_again_when_variables_come()
    {
        await using var factory = new ApiFactory();
        var client = new GraphQLClient(factory.CreateClient());
        var documents = factory.Services.GetRequiredService<ValidatedDocuments>();
        const string query = "query($n: Int = 2) { claims(first: $n) { nodes { statements(first: $n) { nodes { claim { statements(first: $n) { nodes { evidence } } } } } } } }";

        var cheap = await client.PostAsync(query);
        Assert.Empty(cheap.Errors);
        Assert.True(documents.Find(query, null)?.CostCheckedWithoutVariables);

        // Sent again without variables it skips the analyzer, with the same answer; with variables it runs it again.
        Assert.Equal(cheap.Body, (await client.PostAsync(query)).Body);
        var costly = await client.PostAsync(query, new { n = 100 });
        Assert.Equal(HttpStatusCode.BadRequest, costly.Status);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], costly.ErrorCodes);
        Assert.Equal(cheap.Body, (await client.PostAsync(query)).Body);
    }

    [Fact]
    public async Task A_document_first_checked_with_variables_is_still_checked_without_them()
    {
        await using var factory = new ApiFactory();
        var client = new GraphQLClient(factory.CreateClient());
        var documents = factory.Services.GetRequiredService<ValidatedDocuments>();
        const string query = "query($n: Int = 100) { claims(first: $n) { nodes { statements(first: $n) { nodes { claim { statements(first: $n) { nodes { evidence } } } } } } } }";

        Assert.Empty((await client.PostAsync(query, new { n = 2 })).Errors);
        Assert.False(documents.Find(query, null)?.CostCheckedWithoutVariables);

        // Without variables the defaults (100 × 100 × 100) apply, and the cached document is refused.
        var costly = await client.PostAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, costly.Status);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], costly.ErrorCodes);
        Assert.Equal(["MAX_COMPLEXITY_EXCEEDED"], (await client.PostAsync(query)).ErrorCodes);
    }

    [Fact]
    public async Task A_mutation_validated_over_POST_is_still_refused_over_GET()
    {
        await using var factory = new ApiFactory(apiKey: ApiFactory.TestApiKey);
        var client = new GraphQLClient(factory.CreateClient());
        var documents = factory.Services.GetRequiredService<ValidatedDocuments>();
        const string mutation = "mutation { ingestArticle(input: { text: \"x\" }) { newArticle } }";

        // Without the key the mutation validates and runs, and its resolver refuses it: the document is now cached.
        Assert.Equal(["UNAUTHENTICATED"], (await client.PostAsync(mutation)).ErrorCodes);
        Assert.NotNull(documents.Find(mutation, null));

        using var response = await client.Http.GetAsync($"/graphql?query={Uri.EscapeDataString(mutation)}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("MUTATION_OVER_GET", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_cached_and_fails_again()
    {
        await using var factory = new ApiFactory();
        var client = new GraphQLClient(factory.CreateClient());
        var documents = factory.Services.GetRequiredService<ValidatedDocuments>();
        const string query = "{ stats { articles noSuchField } }";

        var first = await client.PostAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        Assert.Null(documents.Find(query, null));
        Assert.Equal(first.Body, (await client.PostAsync(query)).Body);
    }
}
