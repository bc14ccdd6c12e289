using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Paging;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for <see cref="ArticleRecord"/>.</summary>
public sealed class ArticleType : ObjectGraphType<ArticleRecord>
{
    /// <summary>Declares the fields.</summary>
    public ArticleType()
    {
        Name = "Article";
        Description = "A source document: a news article that was read into the graph.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id (article:…), a hash of the article's URL, else of the file it was read from: a corrected text keeps the id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("file").Description("File name the article was read from.").Resolve(c => c.Source.File);
        Field<NonNullGraphType<StringGraphType>>("title")
            .Description("Headline: the one the article or its metadata states (a heading at the top counts), else its file name; never null. The same text names the article in the network, the viewer and every export.")
            .Resolve(c => c.Source.DisplayTitle);
        Field<StringGraphType>("publisher").Description("Outlet; null when unknown.").Resolve(c => c.Source.Publisher);
        Field<StringGraphType>("url").Description("Address; null when unknown.").Resolve(c => c.Source.Url);
        Field<StringGraphType>("publishedAt").Description("Publication date (ISO yyyy-MM-dd); null when unknown.").Resolve(c => c.Source.PublishedAt);
        Field<StringGraphType>("author").Description("Byline; null when unknown.").Resolve(c => c.Source.Author);
        Field<NonNullGraphType<StatementConnectionType>>("statements")
            .Description("Statements found in this article, in text order, a page at a time.")
            .Resolve(c => LinkConnections.ResolveStatements(c, LinkKind.ArticleStatements, c.Source.Id))
            .FieldType.WithPageArguments();
        Field<NonNullGraphType<EntityConnectionType>>("mentions")
            .Description("Entities the article mentions, a page at a time (by id).")
            .Resolve(c => LinkConnections.Resolve<EntityRecord>(c, LinkKind.Mentions, c.Source.Id, (l, id) => l.Entities.Load(id)))
            .FieldType.WithPageArguments();
    }
}
