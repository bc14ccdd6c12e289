using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>What a claim can be REPORTED_BY: an article or an intermediary entity.</summary>
public sealed class ReporterUnion : UnionGraphType
{
    /// <summary>Declares the member types.</summary>
    public ReporterUnion()
    {
        Name = "Reporter";
        Description = "A reporter of a claim: an Article carrying it, or a Person, Institution or Place named as the intermediary.";
        Type<ArticleType>();
        Type<PersonType>();
        Type<InstitutionType>();
        Type<PlaceType>();
    }
}
