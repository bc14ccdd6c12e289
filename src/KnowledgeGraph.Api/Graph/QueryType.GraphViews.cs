using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Types;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph;

/// <summary>Search, network and path fields.</summary>
public sealed partial class QueryType
{
    /// <summary>Most nodes a network may hold.</summary>
    public const int MaxNetworkLimit = 1000;

    private void AddGraphViews()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchResultType>>>>("search")
            .Description("Ranked full-text search over entity names and aliases, claim texts and statement evidence, with snippets. "
                + "Its cost does not grow with the store: on the embedded (SQLite) store entities come first, then claims, then statements, "
                + "the shorter text first within a kind, and only the 400 most recently stored matches of each kind are ranked.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "Words to look for; accents and case are ignored.")
            .Argument<IntGraphType>("first", $"Most results to return (1–{GraphQLLimits.MaxPageSize}).", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("text");
                var first = CheckRange(c, "first", 1, GraphQLLimits.MaxPageSize, ErrorCodes.PageSizeExceeded);
                return string.IsNullOrWhiteSpace(text) ? [] : await c.Store().SearchAsync(text, first, c.CancellationToken);
            });

        Field<NetworkType>("network")
            .Description("The neighbourhood of a node over all relationship types, ready for a visualisation. Bounded whatever the degree of "
                + "the nodes it meets: at each hop a node contributes at most k relationships of each type and direction (SAID/DENIED newest first; "
                + "k is at least 8 and at most limit, smaller as the hop widens), the new nodes joined by the most of them come first, "
                + "and truncated tells when the limit or a cap left some out.")
            .Argument<NonNullGraphType<StringGraphType>>("center", "Centre node: any global id, or an entity name.")
            .Argument<IntGraphType>("depth", "Hops from the centre (1–3).", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("kinds", "Node labels to keep (Person, Institution, Place, Claim, Article); the centre is always kept. Default: all.")
            .Argument<IntGraphType>("limit", $"Most nodes to return (1–{MaxNetworkLimit}); truncated tells when it cut the network.", a => a.DefaultValue = 200)
            .ResolveAsync(async c =>
            {
                var depth = CheckRange(c, "depth", 1, 3, ErrorCodes.BadArgument);
                var limit = CheckRange(c, "limit", 1, MaxNetworkLimit, ErrorCodes.BadArgument);
                var labels = c.GetArgument<List<string>?>("kinds")?.Select(NormaliseLabel).ToList();
                var center = await ResolveNodeIdAsync(c, "center", c.GetArgument<string>("center"));
                // Edge properties (a statement's evidence, article, date, reporters) cost a read per edge: only when asked for.
                var query = new NetworkQuery(center, depth, labels, limit) { EdgeProperties = Selections.MaySelect(c, "edges", "properties") };
                return await c.Store().GetNetworkAsync(query, c.CancellationToken);
            });

        Field<PathType>("path")
            .Description("A shortest connection between two nodes over any relationship, ignoring direction. Null when none exists within maxHops. "
                + "Bounded whatever the degree of the nodes: on the embedded (SQLite) store each node's relationships are read up to 64 of each type "
                + "and direction, and the search gives up (null) after reaching 20,000 nodes from either end, so a connection that runs only "
                + "through the unread relationships of hubs can be missed.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "Start: any global id, or an entity name.")
            .Argument<NonNullGraphType<StringGraphType>>("to", "End: any global id, or an entity name.")
            .Argument<IntGraphType>("maxHops", "Longest path to look for, in edges (1–6).", a => a.DefaultValue = 6)
            .ResolveAsync(async c =>
            {
                var maxHops = CheckRange(c, "maxHops", 1, 6, ErrorCodes.BadArgument);
                var from = await ResolveNodeIdAsync(c, "from", c.GetArgument<string>("from"));
                var to = await ResolveNodeIdAsync(c, "to", c.GetArgument<string>("to"));
                return await c.Store().FindPathAsync(from, to, maxHops, c.CancellationToken);
            });
    }

    private static int CheckRange(IResolveFieldContext c, string name, int min, int max, string codeAboveMax)
    {
        var value = c.GetArgument<int>(name);
        if (value < min)
        {
            throw ApiError.Create(ErrorCodes.BadArgument, $"The argument '{name}' must be at least {min}, got {value}.");
        }

        return value <= max ? value : throw ApiError.Create(codeAboveMax, $"The argument '{name}' must be at most {max}, got {value}.");
    }

    private static string NormaliseLabel(string kind) =>
        GraphLabels.NodeLabels.FirstOrDefault(l => string.Equals(l, kind, StringComparison.OrdinalIgnoreCase))
        ?? throw ApiError.Create(ErrorCodes.BadArgument, $"The argument 'kinds' holds '{kind}', which is not one of {string.Join(", ", GraphLabels.NodeLabels)}.");

    private static async Task<string> ResolveNodeIdAsync(IResolveFieldContext c, string argument, string idOrName)
    {
        var store = c.Store();
        if (idOrName.Contains(':', StringComparison.Ordinal)
            && (await store.GetNodesAsync([idOrName], c.CancellationToken)).Count > 0)
        {
            return idOrName;
        }

        var entity = await EntityNames.ResolveAsync(store, argument, idOrName, c.CancellationToken);
        return entity?.Id ?? throw ApiError.Create(ErrorCodes.NotFound, $"No node matches '{idOrName}' (argument '{argument}'). Try search(text:) to find the right name.");
    }
}
