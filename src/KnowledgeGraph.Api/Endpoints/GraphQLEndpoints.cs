using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using KnowledgeGraph.Api.Graph;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary><c>POST /graphql</c> (JSON body) and <c>GET /graphql?query=…</c> (queries only).</summary>
/// <remarks>
/// Hand-written on minimal APIs because GraphQL.Server.Transports.AspNetCore (graphql-dotnet's ready-made endpoint
/// middleware) is not in the package registry our machines reach.
/// </remarks>
public static class GraphQLEndpoints
{
    /// <summary>Path of the GraphQL endpoint.</summary>
    public const string Path = "/graphql";

    /// <summary>Maps both verbs.</summary>
    public static IEndpointRouteBuilder MapGraphQLEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandlePostAsync);
        endpoints.MapGet(Path, HandleGetAsync);
        return endpoints;
    }

    /// <summary>The response media type of the GraphQL-over-HTTP spec, sent when the client accepts it.</summary>
    public const string GraphQLResponseMediaType = "application/graphql-response+json";

    private static async Task HandlePostAsync(HttpContext http, IGraphQLTextSerializer serializer, IOptions<ApiOptions> options, IOptions<GraphQLLimits> limits)
    {
        // Only JSON: a form or text/plain body is what a third-party page can send cross-site without a preflight.
        if (!IsJson(http.Request.ContentType))
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"POST /graphql takes a JSON body with Content-Type: application/json, got '{http.Request.ContentType ?? "none"}'.");
            return;
        }

        var max = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > max)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
                $"The request body has {http.Request.ContentLength} bytes; at most {max} are accepted.");
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = max;
        }

        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body is larger than {max} bytes.");
            return;
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own verdicts, e.g. 408 for a body sent slower than its minimum data rate: the client's fault, not ours.
            await WriteErrorAsync(http, serializer, ex.StatusCode, ErrorCodes.BadRequest, $"The request body could not be read: {ex.Message}");
            return;
        }
        catch (System.Text.Json.JsonException ex)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"The request body is not valid GraphQL-over-HTTP JSON: {ex.Message}");
            return;
        }

        await ExecuteAsync(http, serializer, options.Value, limits.Value, request, allowMutations: true);
    }

    private static async Task HandleGetAsync(HttpContext http, IGraphQLTextSerializer serializer, IOptions<ApiOptions> options, IOptions<GraphQLLimits> limits)
    {
        var query = http.Request.Query;
        Inputs? variables;
        try
        {
            variables = query.TryGetValue("variables", out var v) && !string.IsNullOrEmpty(v) ? serializer.Deserialize<Inputs>(v!) : null;
        }
        catch (System.Text.Json.JsonException ex)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"The 'variables' parameter is not valid JSON: {ex.Message}");
            return;
        }

        var request = new GraphQLRequest { Query = query["query"], OperationName = query["operationName"], Variables = variables };
        await ExecuteAsync(http, serializer, options.Value, limits.Value, request, allowMutations: false);
    }

    private static async Task ExecuteAsync(HttpContext http, IGraphQLTextSerializer serializer, ApiOptions options, GraphQLLimits limits, GraphQLRequest? request, bool allowMutations)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The request holds no query: send {\"query\": \"…\"}.");
            return;
        }

        var hasValidApiKey = false;
        if (http.Request.Headers.ContainsKey(ApiKeyHeader.Name) && !string.IsNullOrEmpty(options.ApiKey))
        {
            var attempts = http.RequestServices.GetRequiredService<ApiKeyAttempts>();
            var client = AdmissionControl.ClientOf(http);
            if (attempts.IsBlocked(client))
            {
                await AdmissionControl.WriteTooManyAsync(http, ApiKeyAttempts.Window, "Too many wrong API keys from this client.", http.RequestAborted);
                return;
            }

            hasValidApiKey = ApiKeyHeader.Matches(http.Request, options.ApiKey);
            if (!hasValidApiKey)
            {
                attempts.RecordFailure(client);
            }
        }

        // The deadline covers parsing, validation and execution; the client going away cancels the same token.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.RequestTimeoutSeconds));
        var documents = http.RequestServices.GetRequiredService<ValidatedDocuments>();
        var validated = documents.Find(request.Query, request.OperationName);
        var document = validated?.Document ?? TryParse(request.Query);
        var withoutVariables = request.Variables is null || request.Variables.Count == 0;
        if (validated is null && document is not null && DocumentLimits.Check(document, limits) is { } tooLarge)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.DocumentTooLarge, tooLarge);
            return;
        }

        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var cost = http.RequestServices.GetRequiredService<GraphQL.Validation.Rules.Custom.ComplexityValidationRule>();
        ExecutionResult result;
        try
        {
            // A query's store reads share one read transaction (IGraphStore.BeginReadScope): one snapshot, and one BEGIN per
            // request instead of one transaction per store call. A mutation reads what it wrote, so it reads on its own.
            using var reads = OnlyQueries(document) ? http.RequestServices.GetRequiredService<IGraphStore>().BeginReadScope() : null;
            result = await executer.ExecuteAsync(o =>
            {
                // A document that did not parse goes to the executer as text, which answers with the syntax error.
                o.Query = request.Query;
                o.Document = document;
                o.OperationName = request.OperationName;
                o.Variables = request.Variables;
                o.RequestServices = http.RequestServices;
                o.User = http.User;
                o.CancellationToken = deadline.Token;
                o.UserContext = new GraphQLUserContext
                {
                    MutationsEnabled = !string.IsNullOrEmpty(options.ApiKey),
                    HasValidApiKey = hasValidApiKey,
                };
                // A document validated before skips the schema rules; the cost analyzer runs unless the document passed it
                // without variables and none are given now (page sizes may come from variables), and over GET the
                // no-mutation rule runs whether the document is cached or not.
                IEnumerable<IValidationRule> rules = validated is null ? DocumentValidator.CoreRules : [];
                if (validated is not { CostCheckedWithoutVariables: true } || !withoutVariables)
                {
                    rules = rules.Append(cost);
                }

                o.ValidationRules = allowMutations ? rules : [.. rules, new NoMutationOverGetRule()];
            });

            if (document is not null && result.Executed && (validated is null || (withoutVariables && !validated.CostCheckedWithoutVariables)))
            {
                documents.Add(request.Query, request.OperationName, document, withoutVariables);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            result = new ExecutionResult();
        }

        if (http.RequestAborted.IsCancellationRequested)
        {
            return; // The client left: nobody is there to answer.
        }

        if (deadline.IsCancellationRequested)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status503ServiceUnavailable, ErrorCodes.Timeout,
                $"The request ran longer than {options.RequestTimeoutSeconds} s and was stopped. Ask for less (smaller first, fewer nested lists) or narrow the filters.");
            return;
        }

        // Requests that never ran (parse or validation errors, limits) are client errors.
        await WriteResultAsync(http, serializer, result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, result);
    }

    /// <summary>True when every operation of <paramref name="document"/> is a query (none writes); false for no document.</summary>
    internal static bool OnlyQueries(GraphQLParser.AST.GraphQLDocument? document)
    {
        if (document is null)
        {
            return false;
        }

        var operations = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLParser.AST.GraphQLOperationDefinition operation)
            {
                if (operation.Operation != GraphQLParser.AST.OperationType.Query)
                {
                    return false;
                }

                operations++;
            }
        }

        return operations > 0;
    }

    private static GraphQLParser.AST.GraphQLDocument? TryParse(string query)
    {
        try
        {
            return GraphQLParser.Parser.Parse(query, new GraphQLParser.ParserOptions { Ignore = GraphQLParser.IgnoreOptions.Comments });
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null;
        }
    }

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Equals(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase));

    private static async Task WriteResultAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = AcceptsGraphQLResponse(http.Request) ? GraphQLResponseMediaType + "; charset=utf-8" : "application/json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static bool AcceptsGraphQLResponse(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);

    private static Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string code, string message) =>
        WriteResultAsync(http, serializer, status, new ExecutionResult { Executed = false, Errors = [ApiError.Create(code, message)] });
}
