using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Inputs;
using KnowledgeGraph.Api.Graph.Types;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph;

/// <summary>The root mutation type: ingestion, guarded by the API key.</summary>
public sealed class MutationType : ObjectGraphType
{
    /// <summary>Declares the root fields.</summary>
    public MutationType()
    {
        Name = "Mutation";
        Description = "Change the graph. Enabled only when the server has an API key; send it in the X-Api-Key header.";
        Field<NonNullGraphType<IngestResultType>>("ingestArticle")
            .Description("Extracts entities and attributed statements from an article's text and upserts them (one transaction); a corrected text sent with the url of a stored article replaces that article's statements, mentions and reports. Requires X-Api-Key.")
            .Argument<NonNullGraphType<IngestArticleInputType>>("input", "The article text and its metadata.")
            .ResolveAsync(async c => await IngestAsync(c));
    }

    private static async Task<IngestResult> IngestAsync(IResolveFieldContext c)
    {
        var user = c.UserContext as GraphQLUserContext;
        if (user is not { MutationsEnabled: true })
        {
            throw ApiError.Create(ErrorCodes.IngestionDisabled, "Ingestion is disabled on this server: start it with ApiKey (or KG_API_KEY) set.");
        }

        if (!user.HasValidApiKey)
        {
            throw ApiError.Create(ErrorCodes.Unauthenticated, "ingestArticle needs the server's API key in the X-Api-Key header.");
        }

        var input = c.GetArgument<IngestArticle>("input");
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            throw ApiError.Create(ErrorCodes.BadArgument, "The field 'input.text' is empty: give the article's text.");
        }

        var metadata = new ArticleMetadata(input.Title, input.Publisher, input.Url, WhereMapper.CheckDate("input.publishedAt", input.PublishedAt), input.Author);
        // Without a URL the text is all that identifies the article (its id comes from the URL, else the file name):
        // one shared name would make every URL-less ingest replace the one before.
        var file = input.Url ?? $"api-ingest-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(input.Text)), 0, 8)}.txt";
        var document = c.RequestServices!.GetRequiredService<ArticleExtractor>().Extract(new ArticleInput(file, input.Text, metadata));

        var store = c.Store();
        var upsert = await store.UpsertAsync([document], c.CancellationToken);
        var article = (await store.GetArticlesAsync([document.Source.Id], c.CancellationToken)).FirstOrDefault();
        var statements = await store.QueryStatementsAsync(
            new StatementFilter { ArticleIds = [document.Source.Id] }, new PageRequest(0, Loading.GraphLoaders.NestedStatementLimit), c.CancellationToken);
        return new IngestResult(article, [.. statements.Items.OrderBy(s => s.Start)], upsert, document.Warnings);
    }
}
