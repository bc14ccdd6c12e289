using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>
/// Documents that parsed, passed <see cref="Graph.DocumentLimits"/> and validated once, by query text and operation
/// name, so that a query sent again skips parsing and the schema validation rules (about a sixth of the CPU of a small
/// nested query). Only the rules that depend on the request still run on a cached document: the cost and depth
/// analyzer (page sizes may come from variables), variable coercion and, over GET, the no-mutation rule. The cache
/// holds no data, only syntax trees, so ingesting never makes an entry stale; the schema is fixed for the process.
/// </summary>
/// <remarks>
/// graphql-dotnet's own <c>MemoryDocumentCache</c> (package GraphQL.MemoryCache) does this, but the package is not in
/// the registry our machines reach, and it would parse before our size limits run.
/// </remarks>
internal sealed class ValidatedDocuments : IDisposable
{
    /// <summary>Characters of query text the cache holds at most (the documents themselves take several times that).</summary>
    public const long MaxQueryChars = 1_000_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxQueryChars });

    /// <summary>The document validated earlier for this text and operation, or null.</summary>
    public GraphQLDocument? Find(string query, string? operationName) =>
        _cache.TryGetValue(Key(query, operationName), out GraphQLDocument? document) ? document : null;

    /// <summary>Remembers a document that passed validation (an executed result), evicting the least recently used when full.</summary>
    public void Add(string query, string? operationName, GraphQLDocument document)
    {
        var key = Key(query, operationName);
        _cache.Set(key, document, new MemoryCacheEntryOptions { Size = key.Length });
    }

    /// <inheritdoc/>
    public void Dispose() => _cache.Dispose();

    // The operation is part of the key: validation looks at the chosen operation, not only the document.
    private static string Key(string query, string? operationName) => operationName is null ? query : $"{operationName}\u0000{query}";
}
