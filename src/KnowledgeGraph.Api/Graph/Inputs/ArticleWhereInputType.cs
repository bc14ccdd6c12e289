using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Inputs;

/// <summary>GraphQL input for <see cref="ArticleWhere"/>.</summary>
public sealed class ArticleWhereInputType : InputObjectGraphType<ArticleWhere>
{
    /// <summary>Declares the fields.</summary>
    public ArticleWhereInputType()
    {
        Name = "ArticleWhere";
        Description = "Conditions on articles; all set fields must match.";
        Field<StringGraphType>("titleContains").Description("Title contains this (case-insensitive).");
        Field<StringGraphType>("publisher").Description("Publisher (exact name, case-insensitive).");
        Field<StringGraphType>("from").Description("Published on or after this ISO date (yyyy-MM-dd).");
        Field<StringGraphType>("to").Description("Published on or before this ISO date (yyyy-MM-dd).");
        Field<StringGraphType>("mentions").Description("The article mentions this entity: an id or a name.");
    }
}
