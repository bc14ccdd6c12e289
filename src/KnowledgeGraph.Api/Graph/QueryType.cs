using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Inputs;
using KnowledgeGraph.Api.Graph.Paging;
using KnowledgeGraph.Api.Graph.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph;

/// <summary>The root query type: lookups by id or name, filtered lists, search and graph views.</summary>
public sealed partial class QueryType : ObjectGraphType
{
    /// <summary>Declares the root fields.</summary>
    public QueryType()
    {
        Name = "Query";
        Description = "Read the knowledge graph: who said or denied which claim, who reported it, and how people and institutions connect.";
        AddLookups();
        AddLists();
        AddGraphViews();
        AddSummaries();
    }

    private void AddLookups()
    {
        Field<EntityInterface>("entity")
            .Description("One person, institution or place, by id or by name: a full name, or an alias or part of a name that only one entity has (else AMBIGUOUS_NAME lists the candidates).")
            .Argument<IdGraphType>("id", "Entity id, e.g. person:carlos-fernandez-de-cossio.")
            .Argument<StringGraphType>("name", "A name or alias, e.g. \"Fernández de Cossío\"; accents and case are ignored.")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string?>("id");
                var name = c.GetArgument<string?>("name");
                if (id is null && string.IsNullOrWhiteSpace(name))
                {
                    throw ApiError.Create(ErrorCodes.BadArgument, "Give entity(id:) or entity(name:).");
                }

                return id is not null
                    ? (await c.Store().GetEntitiesAsync([id], c.CancellationToken)).FirstOrDefault()
                    : await EntityNames.ResolveAsync(c.Store(), "name", name!, c.CancellationToken);
            });

        Field<NodeInterface>("node")
            .Description("Any node by its global id: an entity, a claim, an article or a statement (every id this API hands out). Null when unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id such as person:…, claim:…, article:… or statement:….")
            .Resolve(c =>
            {
                var id = c.GetArgument<string>("id");
                var loaders = c.Loaders();
                return id.Split(':', 2)[0] switch
                {
                    "claim" => loaders.Claims.Load(id),
                    "article" => loaders.Articles.Load(id),
                    "statement" => loaders.Statements.Load(id),
                    _ => loaders.Entities.Load(id),
                };
            });
    }

    private void AddLists()
    {
        var entities = Field<NonNullGraphType<EntityConnectionType>>("entities")
            .Description("People, institutions and places, filtered and sorted, as a cursor connection.")
            .Argument<EntityWhereInputType>("where", "Conditions combined with and/or/not.")
            .Argument<NonNullGraphType<EntityOrderType>>("orderBy", "Sort order; default NAME.", a => a.DefaultValue = EntityOrder.Name)
            .ResolveAsync(async c =>
            {
                var filter = WhereMapper.ToFilter(c.GetArgument<EntityWhere?>("where"));
                var order = c.GetArgument<EntityOrder>("orderBy");
                var store = c.Store();
                return await PageArguments.ResolveAsync(c, (page, ct) => store.QueryEntitiesAsync(filter, order, page, ct));
            });
        PageArguments.AddTo(entities.FieldType);

        var claims = Field<NonNullGraphType<ClaimConnectionType>>("claims")
            .Description("Claims, filtered and sorted, as a cursor connection.")
            .Argument<ClaimWhereInputType>("where", "Conditions combined with and/or/not.")
            .Argument<NonNullGraphType<ClaimOrderType>>("orderBy", "Sort order; default CORROBORATION.", a => a.DefaultValue = ClaimOrder.Corroboration)
            .ResolveAsync(async c => await ClaimsAsync(c, contestedOnly: false));
        PageArguments.AddTo(claims.FieldType);

        var contested = Field<NonNullGraphType<ClaimConnectionType>>("contestedClaims")
            .Description("Claims that someone said and someone else denied, with the same filters as claims.")
            .Argument<ClaimWhereInputType>("where", "Further conditions combined with and/or/not.")
            .Argument<NonNullGraphType<ClaimOrderType>>("orderBy", "Sort order; default CORROBORATION.", a => a.DefaultValue = ClaimOrder.Corroboration)
            .ResolveAsync(async c => await ClaimsAsync(c, contestedOnly: true));
        PageArguments.AddTo(contested.FieldType);

        var articles = Field<NonNullGraphType<ArticleConnectionType>>("articles")
            .Description("Articles, newest first, as a cursor connection.")
            .Argument<ArticleWhereInputType>("where", "Conditions; all must match.")
            .ResolveAsync(async c =>
            {
                var filter = await WhereMapper.ToFilterAsync(c, c.GetArgument<ArticleWhere?>("where"));
                var store = c.Store();
                return await PageArguments.ResolveAsync(c, (page, ct) => store.QueryArticlesAsync(filter, page, ct));
            });
        PageArguments.AddTo(articles.FieldType);
    }

    private static async Task<Connection<ClaimRecord>> ClaimsAsync(IResolveFieldContext c, bool contestedOnly)
    {
        var filter = await WhereMapper.ToFilterAsync(c, c.GetArgument<ClaimWhere?>("where"));
        if (contestedOnly)
        {
            filter = new ClaimFilter { Contested = true, And = [filter] };
        }

        var order = c.GetArgument<ClaimOrder>("orderBy");
        var store = c.Store();
        return await PageArguments.ResolveAsync(c, (page, ct) => store.QueryClaimsAsync(filter, order, page, ct));
    }
}
