using GraphQL;
using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph;

/// <summary>The KnowledgeGraph GraphQL schema.</summary>
public sealed class KnowledgeGraphSchema : Schema
{
    /// <summary>Builds the schema from the DI-registered graph types.</summary>
    public KnowledgeGraphSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Description = "KnowledgeGraph: news articles turned into a graph of who said or denied which claim, and who reported it.";
        Query = query;
        Mutation = mutation;
        // Introspection is what GraphiQL sends on load; it must never count against the cost budget.
        this.WithIntrospectionComplexityImpact(0);
    }
}
