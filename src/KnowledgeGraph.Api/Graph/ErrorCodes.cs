namespace KnowledgeGraph.Api.Graph;

/// <summary>Stable <c>extensions.code</c> values of the errors this API returns.</summary>
public static class ErrorCodes
{
    /// <summary><c>first</c> or <c>last</c> above the page size cap.</summary>
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    /// <summary>A bad argument value (negative page size, malformed cursor or date, missing id and name).</summary>
    public const string BadArgument = "BAD_ARGUMENT";
    /// <summary>An id or name that matches no node.</summary>
    public const string NotFound = "NOT_FOUND";
    /// <summary>The document nests fields deeper than allowed.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    /// <summary>The document's estimated cost is above the budget.</summary>
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    /// <summary>A mutation without the right <c>X-Api-Key</c>.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";
    /// <summary>A mutation on a server without a configured API key.</summary>
    public const string IngestionDisabled = "INGESTION_DISABLED";
    /// <summary>A mutation sent with GET.</summary>
    public const string MutationOverGet = "MUTATION_OVER_GET";
    /// <summary>The request body is larger than allowed.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    /// <summary>The request ran past <c>RequestTimeoutSeconds</c> (the code GraphQL.NET's timeout uses).</summary>
    public const string Timeout = "TIMEOUT";
    /// <summary>A where argument nests too deep or holds too many conditions.</summary>
    public const string FilterTooComplex = "FILTER_TOO_COMPLEX";
    /// <summary>The document is too large before any work: too many aliases, root fields, fragments, directives or expanded selections.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    /// <summary>An entity name matches several entities equally well; the message lists them.</summary>
    public const string AmbiguousName = "AMBIGUOUS_NAME";
    /// <summary>The body is not JSON (POST /graphql takes application/json only).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    /// <summary>Too many requests from this client, or the server is at its concurrency limit; retry after the Retry-After header.</summary>
    public const string RateLimited = "RATE_LIMITED";
    /// <summary>The request holds no query or is not JSON.</summary>
    public const string BadRequest = "BAD_REQUEST";
}
