namespace KnowledgeGraph.Api.Endpoints;

/// <summary>
/// <c>GET /healthz</c>: 200 with "ok" and the store's counts (at most <see cref="HealthCounts.MaxAge"/> old) when the
/// store answers, 503 otherwise. It names no path, host or error text: anyone may call it, and the server log has the
/// details.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Maps the health endpoint.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (HealthCounts health, ILogger<HealthCheck> logger, CancellationToken cancellationToken) =>
        {
            try
            {
                var counts = await health.GetAsync(cancellationToken);
                return Results.Json(new { status = "ok", articles = counts.Articles, entities = counts.Entities, claims = counts.Claims, statements = counts.Statements });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Health check failed: the store did not answer.");
                return Results.Json(new { status = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}

/// <summary>Log category of the health endpoint.</summary>
internal sealed class HealthCheck;
