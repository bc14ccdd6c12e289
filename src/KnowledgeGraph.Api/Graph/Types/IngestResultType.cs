using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for <see cref="IngestResult"/>.</summary>
public sealed class IngestResultType : ObjectGraphType<IngestResult>
{
    /// <summary>Declares the fields.</summary>
    public IngestResultType()
    {
        Name = "IngestResult";
        Description = "The outcome of reading one article into the graph.";
        Field<ArticleType>("article").Description("The stored article.").Resolve(c => c.Source.Article);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements").Description("Statements found in the article, in text order.").Resolve(c => c.Source.Statements);
        Field<NonNullGraphType<BooleanGraphType>>("newArticle").Description("False when the article (same url) was stored before: the same text again changes nothing, a corrected one replaces its statements.").Resolve(c => c.Source.Upsert.NewArticles > 0);
        Field<NonNullGraphType<IntGraphType>>("newEntities").Description("Entities not stored before.").Resolve(c => c.Source.Upsert.NewEntities);
        Field<NonNullGraphType<IntGraphType>>("newClaims").Description("Claims not stored before.").Resolve(c => c.Source.Upsert.NewClaims);
        Field<NonNullGraphType<IntGraphType>>("newStatements").Description("Statements not stored before.").Resolve(c => c.Source.Upsert.NewStatements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings").Description("What the extractor skipped and why.").Resolve(c => c.Source.Warnings);
    }
}
