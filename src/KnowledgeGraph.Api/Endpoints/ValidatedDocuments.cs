using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>
/// Documents that parsed, passed <see cref="Graph.DocumentLimits"/> and validated once, by query text and operation
/// name, so that a query sent again skips parsing and the schema validation rules (about a sixth of the CPU of a small
/// nested query). Only the rules that depend on the request still run on a cached document: the cost and depth
/// analyzer (page sizes may come from variables), variable coercion and, over GET, the no-mutation rule. The cache
/// holds no data, only syntax trees, so ingesting never makes an entry stale; the schema is fixed for the process.
/// A document that also passed the cost and depth analyzer without variables skips it when sent again without variables:
/// the analyzer's verdict then depends on nothing but the document (about a twentieth of the CPU of a small nested query
/// went to walking the document again for it).
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
    public ValidatedDocument? Find(string query, string? operationName) =>
        _cache.TryGetValue(Key(query, operationName), out ValidatedDocument? document) ? document : null;

    /// <summary>
    /// Remembers a document that passed validation (an executed result), evicting the least recently used when full;
    /// <paramref name="costCheckedWithoutVariables"/> when it passed the cost analyzer in a request without variables.
    /// </summary>
    public void Add(string query, string? operationName, GraphQLDocument document, bool costCheckedWithoutVariables)
    {
        var key = Key(query, operationName);
        _cache.Set(key, new ValidatedDocument(document, costCheckedWithoutVariables), new MemoryCacheEntryOptions { Size = key.Length });
    }

    /// <inheritdoc/>
    public void Dispose() => _cache.Dispose();

    // The operation is part of the key: validation looks at the chosen operation, not only the document.
    private static string Key(string query, string? operationName) => operationName is null ? query : $"{operationName}\u0000{query}";
}

/// <summary>A cached document (<see cref="ValidatedDocuments"/>).</summary>
/// <param name="Document">The parsed document, valid against the schema and within the size limits.</param>
/// <param name="CostCheckedWithoutVariables">Whether it passed the cost and depth analyzer in a request without variables.</param>
internal sealed record ValidatedDocument(GraphQLDocument Document, bool CostCheckedWithoutVariables);
