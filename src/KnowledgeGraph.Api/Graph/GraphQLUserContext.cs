namespace KnowledgeGraph.Api.Graph;

/// <summary>Per-request facts the HTTP endpoint hands to resolvers.</summary>
public sealed class GraphQLUserContext : Dictionary<string, object?>
{
    /// <summary>True when the request carried the configured <c>X-Api-Key</c>.</summary>
    public bool HasValidApiKey { get; init; }

    /// <summary>True when the server has an API key configured (mutations are enabled).</summary>
    public bool MutationsEnabled { get; init; }

    /// <summary>
    /// The request's loaders once a resolver has asked for them (<see cref="ResolveContextExtensions.Loaders"/>): kept here,
    /// they are one field read away, where the request's service scope looked them up again for each of the ~45 resolvers
    /// that ask in <c>entity(name){ denied(first:20) … }</c>.
    /// </summary>
    internal Loading.GraphLoaders? Loaders { get; set; }

    /// <summary>The sub-fields <see cref="CollectedFieldsStrategy"/> collected in this request, by selection set and object type.</summary>
    internal Dictionary<(GraphQLParser.AST.GraphQLSelectionSet, GraphQL.Types.IGraphType), (GraphQLParser.AST.GraphQLField Field, GraphQL.Types.FieldType Definition)[]>? CollectedFields { get; set; }
}
