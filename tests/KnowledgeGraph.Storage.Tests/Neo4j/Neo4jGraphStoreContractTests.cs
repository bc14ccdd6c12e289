using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Tests.Contract;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// The store contract against a real Neo4j (see <see cref="Neo4jTestServer"/>). Each test starts from an empty
/// database: the store is initialised and every KnowledgeGraph node is deleted first. Where no Neo4j is reachable,
/// every test is skipped with the reason; none is counted as passed.
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var (options, skipReason) = await Neo4jTestServer.GetAsync();
        if (options is null)
        {
            Assert.Skip(skipReason ?? "No Neo4j reachable.");
        }

        var store = new Neo4jGraphStore(options);
        await store.InitializeAsync(Ct);
        await store.ClearAsync(Ct);
        return store;
    }
}
