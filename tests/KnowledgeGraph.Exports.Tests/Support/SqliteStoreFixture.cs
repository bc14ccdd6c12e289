using KnowledgeGraph.Json;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Exports.Tests.Support;

/// <summary>A real SQLite file loaded with the reviewed sample facts and the nasty synthetic documents.</summary>
public sealed class SqliteStoreFixture : IAsyncLifetime
{
    private readonly TempDir _dir = new();

    internal IGraphStore Store { get; private set; } = null!;

    /// <summary>Node ids and edges as the store streams them: what a whole-graph export must hold.</summary>
    internal HashSet<string> NodeIds { get; } = new(StringComparer.Ordinal);

    internal List<GraphEdge> Edges { get; } = [];

    internal int ConnectedEdges => Edges.Count(e => NodeIds.Contains(e.Source) && NodeIds.Contains(e.Target));

    public async ValueTask InitializeAsync()
    {
        var store = new SqliteGraphStore(_dir.File("exports.db"));
        await store.InitializeAsync();
        var sample = ContractJson.Deserialize(await File.ReadAllTextAsync(RepoPaths.SampleFacts), "seeds.facts.json");
        await store.UpsertAsync(sample.Documents);
        await store.UpsertAsync(NastyDocuments.All);
        Store = store;

        await foreach (var node in store.StreamNodesAsync())
        {
            NodeIds.Add(node.Id);
        }

        await foreach (var edge in store.StreamEdgesAsync())
        {
            Edges.Add(edge);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _dir.Dispose();
    }
}
