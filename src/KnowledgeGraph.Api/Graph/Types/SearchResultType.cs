using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for <see cref="SearchHit"/>.</summary>
public sealed class SearchResultType : ObjectGraphType<SearchHit>
{
    /// <summary>Declares the fields.</summary>
    public SearchResultType()
    {
        Name = "SearchResult";
        Description = "One full-text search hit over entities, claims and statement evidence, best first.";
        Field<NonNullGraphType<StringGraphType>>("kind").Description("Entity, Claim or Statement.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the entity, claim or statement.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Description("Entity name, claim text, or the statement's claim text.").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("snippet").Description("Matching text with the match marked by [ and ].").Resolve(c => c.Source.Snippet);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance; higher is better, comparable within one result list.").Resolve(c => c.Source.Score);
    }
}
