using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary><c>GET /healthz</c>: 200 with the store's counts when the store answers, 503 otherwise.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps the health endpoint.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (IGraphStore store, CancellationToken cancellationToken) =>
        {
            try
            {
                var counts = await store.GetCountsAsync(cancellationToken);
                return Results.Json(new { status = "ok", store = store.Description, articles = counts.Articles, statements = counts.Statements });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Results.Json(new { status = "unavailable", store = store.Description, error = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
