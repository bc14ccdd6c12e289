using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Composition;

/// <summary>Opens a store from a spec: a Neo4j URL (http, https, neo4j, neo4j+s, bolt) or else a SQLite file path.</summary>
public static class GraphStoreFactory
{
    /// <summary>The store used when none is configured.</summary>
    public const string DefaultSpec = "./knowledge.db";

    private static readonly string[] Neo4jSchemes = ["http://", "https://", "neo4j://", "neo4j+s://", "bolt://"];

    /// <summary>True when the spec names a Neo4j server rather than a SQLite file.</summary>
    public static bool IsNeo4j(string spec) =>
        Neo4jSchemes.Any(s => spec.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>Creates (but does not initialise) the store the spec names.</summary>
    /// <exception cref="ArgumentException">The spec is empty.</exception>
    public static IGraphStore Open(string spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            throw new ArgumentException("The store spec is empty: give a SQLite file path or a Neo4j URL.", nameof(spec));
        }

        return IsNeo4j(spec) ? OpenNeo4j(spec) : new SqliteGraphStore(spec);
    }

    /// <summary>
    /// Creates (but does not initialise) the store the spec names, for a loader (kg ingest, kg load): a SQLite store's reads
    /// do not map the file (<see cref="SqliteGraphStore.MapsReads"/>), so that the loader's memory is its own, not the
    /// store's pages.
    /// </summary>
    /// <exception cref="ArgumentException">The spec is empty.</exception>
    public static IGraphStore OpenForLoading(string spec) =>
        IsNeo4j(spec) || string.IsNullOrWhiteSpace(spec) ? Open(spec) : new SqliteGraphStore(spec, mapReads: false);

    // Neo4j is reached over its HTTP Query API; credentials and database come from NEO4J_* variables.
    private static IGraphStore OpenNeo4j(string spec) => new Neo4jGraphStore(Neo4jOptions.FromUri(spec));
}
