using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Inputs;

/// <summary>GraphQL input for <see cref="IngestArticle"/>.</summary>
public sealed class IngestArticleInputType : InputObjectGraphType<IngestArticle>
{
    /// <summary>Declares the fields.</summary>
    public IngestArticleInputType()
    {
        Name = "IngestArticleInput";
        Description = "An article to read into the graph. Metadata given here wins over what the text states.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The full article text (plain text).");
        Field<StringGraphType>("url").Description("The article's address, which identifies it: a text sent again with the same url replaces the stored one.");
        Field<StringGraphType>("title").Description("The headline.");
        Field<StringGraphType>("publisher").Description("The outlet, e.g. Associated Press.");
        Field<StringGraphType>("publishedAt").Description("Publication date as ISO yyyy-MM-dd.");
        Field<StringGraphType>("author").Description("The byline.");
    }
}
