namespace KnowledgeGraph.Api.Viewer;

/// <summary>The network viewer page at <c>/viewer</c>; its script and styles are static files under <c>/viewer/</c>.</summary>
public static class ViewerEndpoints
{
    /// <summary>Maps <c>GET /viewer</c> (and <c>/viewer/</c>) to <c>wwwroot/viewer/index.html</c>.</summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapViewer(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var page = (IWebHostEnvironment environment) =>
        {
            var file = environment.WebRootFileProvider.GetFileInfo("viewer/index.html");
            return file.Exists && file.PhysicalPath is not null
                ? Results.File(file.PhysicalPath, "text/html; charset=utf-8")
                : Results.Problem(detail: "The viewer page is missing from wwwroot/viewer; rebuild the API project.", statusCode: StatusCodes.Status500InternalServerError);
        };
        // Routing ignores a trailing slash, so this also answers /viewer/.
        endpoints.MapGet("/viewer", page);
        return endpoints;
    }
}
