namespace KnowledgeGraph.Api.Endpoints;

/// <summary><c>GET /graphiql</c>: the GraphiQL page, with assets served locally from /vendor (never a CDN).</summary>
public static class GraphiQLEndpoints
{
    /// <summary>Maps the page.</summary>
    public static IEndpointRouteBuilder MapGraphiQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/graphiql", (IWebHostEnvironment environment) =>
        {
            var page = environment.WebRootFileProvider.GetFileInfo("graphiql/index.html");
            return page.Exists && page.PhysicalPath is not null
                ? Results.File(page.PhysicalPath, "text/html; charset=utf-8")
                : Results.Problem("The GraphiQL page is missing from this build (wwwroot/graphiql/index.html).", statusCode: StatusCodes.Status500InternalServerError);
        });
        return endpoints;
    }
}
