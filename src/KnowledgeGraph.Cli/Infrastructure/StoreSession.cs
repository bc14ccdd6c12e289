using KnowledgeGraph.Composition;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Opens and initialises the store a command names, turning failures into one plain sentence.</summary>
internal static class StoreSession
{
    public static async Task<IGraphStore> OpenAsync(string spec, CancellationToken cancellationToken)
    {
        var store = GraphStoreFactory.Open(spec);
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
