using GraphQL.Types;
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
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id derived from the content hash (article:…).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("file").Description("File name the article was read from.").Resolve(c => c.Source.File);
        Field<NonNullGraphType<StringGraphType>>("title")
            .Description("Headline: the one the article or its metadata states (a heading at the top counts), else its file name; never null. The same text names the article in the network, the viewer and every export.")
            .Resolve(c => c.Source.DisplayTitle);
        Field<StringGraphType>("publisher").Description("Outlet; null when unknown.").Resolve(c => c.Source.Publisher);
        Field<StringGraphType>("url").Description("Address; null when unknown.").Resolve(c => c.Source.Url);
        Field<StringGraphType>("publishedAt").Description("Publication date (ISO yyyy-MM-dd); null when unknown.").Resolve(c => c.Source.PublishedAt);
        Field<StringGraphType>("author").Description("Byline; null when unknown.").Resolve(c => c.Source.Author);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements")
            .Description("Statements found in this article, in text order.")
            .Resolve(c => c.Loaders().StatementsByArticle.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("mentions")
            .Description("Entities the article mentions.")
            .Resolve(c => c.Loaders().Mentions.Load(c.Source.Id));
    }
}
