using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using KnowledgeGraph.Api.Graph;
using KnowledgeGraph.Api.Hosting;
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

    private static async Task HandlePostAsync(HttpContext http, IGraphQLTextSerializer serializer, IOptions<ApiOptions> options)
    {
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
        catch (System.Text.Json.JsonException ex)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"The request body is not valid GraphQL-over-HTTP JSON: {ex.Message}");
            return;
        }

        await ExecuteAsync(http, serializer, options.Value, request, allowMutations: true);
    }

    private static async Task HandleGetAsync(HttpContext http, IGraphQLTextSerializer serializer, IOptions<ApiOptions> options)
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
        await ExecuteAsync(http, serializer, options.Value, request, allowMutations: false);
    }

    private static async Task ExecuteAsync(HttpContext http, IGraphQLTextSerializer serializer, ApiOptions options, GraphQLRequest? request, bool allowMutations)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The request holds no GraphQL query: send {\"query\": \"…\"}.");
            return;
        }

        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(o =>
        {
            o.Query = request.Query;
            o.OperationName = request.OperationName;
            o.Variables = request.Variables;
            o.RequestServices = http.RequestServices;
            o.User = http.User;
            o.CancellationToken = http.RequestAborted;
            o.Timeout = TimeSpan.FromSeconds(options.RequestTimeoutSeconds);
            o.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            o.UserContext = new GraphQLUserContext
            {
                MutationsEnabled = !string.IsNullOrEmpty(options.ApiKey),
                HasValidApiKey = ApiKeyHeader.Matches(http.Request, options.ApiKey),
            };
            if (!allowMutations)
            {
                o.ValidationRules = [.. DocumentValidator.CoreRules, new NoMutationOverGetRule()];
            }
        });

        // Requests that never ran (parse or validation errors, limits) are client errors.
        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        http.Response.ContentType = "application/json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        var result = new ExecutionResult { Executed = false, Errors = [ApiError.Create(code, message)] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
