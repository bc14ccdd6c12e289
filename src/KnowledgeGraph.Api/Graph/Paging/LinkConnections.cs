using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Loading;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Paging;

/// <summary>
/// The nested connections (an entity's denials, a claim's reporters, …): <c>first</c>/<c>after</c> map onto one
/// store window per parent, read one row past the window to know whether more follow, and count the whole list only
/// when <c>totalCount</c> is selected. All parents of one query level share one store call per step.
/// </summary>
public static class LinkConnections
{
    /// <summary>Items in a nested page when <c>first</c> is not given.</summary>
    public const int DefaultPageSize = 10;

    /// <summary>Adds <c>first</c> (default <see cref="DefaultPageSize"/>) and <c>after</c>, described.</summary>
    public static FieldType WithPageArguments(this FieldType field)
    {
        field.Arguments ??= new QueryArguments();
        field.Arguments.Add(new QueryArgument<IntGraphType>
        {
            Name = "first",
            Description = $"Return the first n items after `after` (0–{GraphQLLimits.MaxPageSize}).",
            DefaultValue = DefaultPageSize,
        });
        field.Arguments.Add(new QueryArgument<StringGraphType> { Name = "after", Description = "Cursor of the item the page starts after (an edge's `cursor` or `pageInfo.endCursor`)." });
        return field;
    }

    /// <summary>
    /// Resolves one page of <paramref name="parentId"/>'s statements (<paramref name="kind"/>: Said, Denied,
    /// SpeakerStatements, ClaimStatements or ArticleStatements), read with the window in one store call per level.
    /// </summary>
    public static IDataLoaderResult ResolveStatements(IResolveFieldContext context, LinkKind kind, string parentId)
    {
        var first = PageArguments.CheckSize(context, "first") ?? DefaultPageSize;
        var offset = (PageArguments.ParseCursor(context, "after") ?? -1) + 1;
        var loaders = context.Loaders();
        // A page that shows each statement's claim reads the claims with the statements (one store call, not two).
        var withClaims = Selections.MaySelect(context, "nodes", "claim") || Selections.MaySelect(context, "edges", "node", "claim");
        // … and one that shows their intermediaries reads them right after the page, in the same loader step.
        var withReporters = Selections.MaySelect(context, "nodes", "reportedBy") || Selections.MaySelect(context, "edges", "node", "reportedBy");
        // … and one that shows the list's length counts it in that step too: with all three, the page's fields are plain values.
        var withCounts = Selections.MaySelect(context, "totalCount");
        // One row past the window tells whether another page follows, without counting the list.
        return loaders.StatementPage(kind, new PageRequest(offset, first + 1), withClaims, withReporters, withCounts).Load(parentId).Then(statements =>
        {
            var edges = new List<Edge<StatementRecord>>(Math.Min(first, statements.Count));
            for (var i = 0; i < statements.Count && i < first; i++)
            {
                edges.Add(new Edge<StatementRecord>(offset + i, statements[i]));
            }

            var info = new PageInfo(statements.Count > first, offset > 0, edges.Count == 0 ? null : edges[0].Offset, edges.Count == 0 ? null : edges[^1].Offset);
            return new Connection<StatementRecord>(edges, info, 0)
            {
                CountTotal = () => loaders.LinkCount(kind) is var counts && counts.TryGetLoaded(parentId, out var count) ? count : counts.Load(parentId),
            };
        });
    }

    /// <summary>
    /// Resolves one page of <paramref name="parentId"/>'s <paramref name="kind"/> list; <paramref name="load"/> turns an
    /// item id into a pending node (null when the node is gone, which leaves the item out).
    /// </summary>
    public static IDataLoaderResult Resolve<T>(IResolveFieldContext context, LinkKind kind, string parentId, Func<GraphLoaders, string, IDataLoaderResult> load)
    {
        var first = PageArguments.CheckSize(context, "first") ?? DefaultPageSize;
        var offset = (PageArguments.ParseCursor(context, "after") ?? -1) + 1;
        var loaders = context.Loaders();
        // One row past the window tells whether another page follows, without counting the list.
        return loaders.LinkPage(kind, new PageRequest(offset, first + 1)).Load(parentId).Then(ids =>
        {
            var window = ids.Take(first).ToList();
            return DataLoaderAll.Of([.. window.Select(id => load(loaders, id))]).Then(nodes =>
            {
                var edges = new List<Edge<T>>(window.Count);
                for (var i = 0; i < window.Count; i++)
                {
                    if (nodes[i] is T node)
                    {
                        edges.Add(new Edge<T>(offset + i, node));
                    }
                }

                var info = new PageInfo(ids.Count > first, offset > 0, edges.Count == 0 ? null : edges[0].Offset, edges.Count == 0 ? null : edges[^1].Offset);
                return new Connection<T>(edges, info, 0) { CountTotal = () => loaders.LinkCount(kind).Load(parentId) };
            });
        });
    }
}
