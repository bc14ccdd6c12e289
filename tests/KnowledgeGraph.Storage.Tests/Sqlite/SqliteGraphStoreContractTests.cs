using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Contract;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>The store contract against a real SQLite file in a temporary folder.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<IGraphStore> CreateStoreAsync() =>
        Task.FromResult<IGraphStore>(new SqliteGraphStore(_folder.File("store.db")));

    public void Dispose() => _folder.Dispose();
}
