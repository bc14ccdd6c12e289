using GraphQL;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using KnowledgeGraph.Api.Graph.Loading;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Api.Graph;

/// <summary>Registration of the GraphQL schema, its limits and the per-request loaders.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Adds the schema (code-first), System.Text.Json, the cost and depth limits, and error shaping.</summary>
    public static IServiceCollection AddKnowledgeGraphQL(this IServiceCollection services)
    {
        services.AddScoped<GraphLoaders>();
        services.AddSingleton<Endpoints.ValidatedDocuments>();
        services.AddSingleton(_ => ArticleExtractor.CreateDefault());
        services.AddGraphQL(graphql =>
        {
            // A cached document sent again without variables reuses its parsed arguments (ReusedValidation says why).
            graphql.Services.Register(typeof(GraphQL.Validation.IDocumentValidator), typeof(ReusedValidation), GraphQL.DI.ServiceLifetime.Singleton, replace: true);
            graphql
                .AddSchema<KnowledgeGraphSchema>()
                .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
                .AddSystemTextJson()
                // Queries resolve their fields one after another: nearly every resolver is synchronous or a batch loader, whose
                // keys are gathered per level either way, and the parallel strategy's task per field cost more CPU than it saved. The
                // serial strategy here collects an object's sub-fields once per object type and selection set of a request.
                .AddExecutionStrategy<CollectedFieldsStrategy>(GraphQLParser.AST.OperationType.Query)
                .AddErrorInfoProvider((options, sp) =>
                {
                    options.ExposeExceptionDetails = sp.GetRequiredService<IHostEnvironment>().IsDevelopment();
                });
        });
        // The cost and depth analyzer is added to a request's rules by the endpoint (GraphQLEndpoints), which leaves it out
        // for a cached document that passed it without variables: its verdict depends only on the document then.
        services.AddSingleton(sp =>
        {
            var limits = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLLimits>>().Value;
            return new ComplexityValidationRule(new ComplexityOptions
            {
                MaxComplexity = limits.MaxComplexity,
                DefaultListImpactMultiplier = 5,
                DefaultComplexityImpactDelegate = QueryCost.Impact,
                ValidateComplexityDelegate = context => DepthLimit.ValidateAsync(context, limits.MaxDepth),
            });
        });
        return services;
    }
}
