using GraphQL;
using KnowledgeGraph.Api.Graph.Loading;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph;

/// <summary>Access to the per-request services from resolvers.</summary>
public static class ResolveContextExtensions
{
    /// <summary>The batch loaders of this request.</summary>
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.UserContext is GraphQLUserContext user
            ? user.Loaders ??= context.RequestServices!.GetRequiredService<GraphLoaders>() // scoped: a race finds the same instance
            : context.RequestServices!.GetRequiredService<GraphLoaders>();

    /// <summary>The store.</summary>
    public static IGraphStore Store(this IResolveFieldContext context) => context.Loaders().Store;

    /// <summary>
    /// Resolves an argument that may be an entity id or a name; null when the argument is absent.
    /// Article ids pass through unchanged. Throws NOT_FOUND naming the argument when nothing matches.
    /// </summary>
    public static async Task<string?> ResolveEntityIdAsync(this IResolveFieldContext context, string argument, string? idOrName)
    {
        if (string.IsNullOrWhiteSpace(idOrName))
        {
            return null;
        }

        if (GraphLoaders.IsArticleId(idOrName) || idOrName.StartsWith("claim:", StringComparison.Ordinal))
        {
            return idOrName;
        }

        var entity = await EntityNames.ResolveAsync(context.Store(), argument, idOrName, context.CancellationToken).ConfigureAwait(false);
        return entity?.Id ?? throw ApiError.Create(ErrorCodes.NotFound, $"No entity matches '{idOrName}' (argument '{argument}'). Try search(text:) to find the right name.");
    }
}
