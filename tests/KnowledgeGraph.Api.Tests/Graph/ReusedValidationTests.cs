using GraphQL;
using GraphQL.Validation;
using KnowledgeGraph.Api.Graph;
using KnowledgeGraph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Graph;

public sealed class ReusedValidationTests
{
    private const string Query = """{ entity(name: "Fernández de Cossío") { denied(first: 2) { nodes { id } } } }""";

    [Fact]
    public async Task An_operation_validated_without_rules_or_variables_is_parsed_once_and_each_request_gets_its_own_copy()
    {
        await using var factory = new ApiFactory();
        var counting = new CountingValidator();
        var validation = new ReusedValidation(counting);
        var options = Options(factory, Query, rules: [], Inputs.Empty);

        var first = await validation.ValidateAsync(options);
        var second = await validation.ValidateAsync(options);
        var third = await validation.ValidateAsync(options);

        Assert.Equal(1, counting.Calls);
        Assert.True(second.IsValid);
        Assert.NotNull(second.ArgumentValues);
        Assert.Equal(first.ArgumentValues!.Keys, second.ArgumentValues!.Keys);
        Assert.Equal(first.ArgumentValues.Values, second.ArgumentValues.Values);
        // graphql-dotnet's executor adds merged fields to the request's dictionary: no two requests may share one.
        Assert.NotSame(first.ArgumentValues, second.ArgumentValues);
        Assert.NotSame(second.ArgumentValues, third.ArgumentValues);
    }

    [Fact]
    public async Task Rules_or_variables_validate_the_document_every_time()
    {
        await using var factory = new ApiFactory();
        var counting = new CountingValidator();
        var validation = new ReusedValidation(counting);
        var withRules = Options(factory, Query, DocumentValidator.CoreRules, Inputs.Empty);
        const string withVariable = "query($n: Int) { claims(first: $n) { nodes { id } } }";
        var withVariables = Options(factory, withVariable, rules: [], new Inputs(new Dictionary<string, object?> { ["n"] = 2 }));

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await validation.ValidateAsync(withRules)).IsValid);
            Assert.True((await validation.ValidateAsync(withVariables)).IsValid);
        }

        Assert.Equal(6, counting.Calls);
    }

    [Fact]
    public async Task A_cached_query_that_repeats_a_field_answers_the_same_when_sent_again_and_again()
    {
        // The repeated `denied` is merged by the executor, which adds the merged field to the request's arguments.
        const string repeated = """
            { entity(name: "Fernández de Cossío") { denied(first: 2) { nodes { id } } denied(first: 2) { nodes { date } totalCount } } }
            """;
        await using var factory = new ApiFactory();
        var client = new GraphQLClient(factory.CreateClient());
        Assert.IsType<ReusedValidation>(factory.Services.GetRequiredService<IDocumentValidator>());

        var first = await client.PostAsync(repeated);
        Assert.Empty(first.Errors);
        var again = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostAsync(repeated)));
        Assert.All(again, a => Assert.Equal(first.Body, a.Body));
    }

    private static ValidationOptions Options(ApiFactory factory, string query, IEnumerable<IValidationRule> rules, Inputs variables)
    {
        var schema = factory.Services.GetRequiredService<GraphQL.Types.ISchema>();
        var document = GraphQLParser.Parser.Parse(query);
        return new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single(),
            Rules = rules,
            Variables = variables,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            Metrics = GraphQL.Instrumentation.Metrics.None,
        };
    }

    /// <summary>graphql-dotnet's validator, counting its calls.</summary>
    private sealed class CountingValidator : IDocumentValidator
    {
        private readonly DocumentValidator _inner = new();

        public int Calls { get; private set; }

        public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
        {
            Calls++;
            return _inner.ValidateAsync(options);
        }
    }
}
