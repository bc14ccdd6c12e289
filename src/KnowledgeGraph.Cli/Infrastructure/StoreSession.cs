using KnowledgeGraph.Composition;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Opens and initialises the store a command names, turning failures into one plain sentence.</summary>
internal static class StoreSession
{
    /// <summary>
    /// Opens the store for loading, creating a SQLite file that does not exist yet (for the commands that write); its reads
    /// do not map the file (<see cref="GraphStoreFactory.OpenForLoading"/>).
    /// </summary>
    public static Task<IGraphStore> OpenAsync(string spec, CancellationToken cancellationToken) =>
        InitializeAsync(GraphStoreFactory.OpenForLoading(spec), cancellationToken);

    private static async Task<IGraphStore> InitializeAsync(IGraphStore store, CancellationToken cancellationToken)
    {
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

    /// <summary>Opens a store that must exist already (for the commands that only read): a mistyped path is refused, not created empty.</summary>
    /// <exception cref="FileNotFoundException">The spec names a SQLite file that does not exist.</exception>
    public static Task<IGraphStore> OpenExistingAsync(string spec, CancellationToken cancellationToken)
    {
        EnsureExists(spec);
        return InitializeAsync(GraphStoreFactory.Open(spec), cancellationToken);
    }

    /// <summary>Throws, with a sentence saying how a store is made, when <paramref name="spec"/> names a SQLite file that does not exist.</summary>
    public static void EnsureExists(string spec)
    {
        if (!GraphStoreFactory.IsNeo4j(spec) && !string.IsNullOrWhiteSpace(spec) && !File.Exists(spec))
        {
            throw new FileNotFoundException(
                $"There is no store at {spec}: kg ingest or kg load creates one (this command only reads, so it does not).", spec);
        }
    }
}
