using System.Globalization;
using KnowledgeGraph.Exports;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Exports;

/// <summary><c>GET /export/{format}?center=&amp;depth=</c>: the graph, or a neighbourhood, streamed as a download.</summary>
public static class ExportEndpoints
{
    /// <summary>Maps <c>GET /export</c> (the list of formats) and <c>GET /export/{format}</c>.</summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/export", () => Results.Ok(GraphExporter.Formats.Select(f => new
        {
            name = f.Name,
            contentType = f.ContentType,
            extension = f.FileExtension,
            description = f.Description,
            href = "/export/" + f.Name,
        })));
        endpoints.MapGet("/export/{format}", ExportAsync);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string format, string? center, string? depth, IGraphStore store, HttpContext http)
    {
        var hops = 1;
        if (!string.IsNullOrWhiteSpace(depth)
            && !int.TryParse(depth, NumberStyles.Integer, CultureInfo.InvariantCulture, out hops))
        {
            return BadRequest($"The depth must be a whole number from {GraphExporter.MinDepth} to {GraphExporter.MaxDepth}, got \"{depth}\".");
        }

        ExportJob job;
        try
        {
            // Everything that can be refused is checked here, before the first byte: afterwards the status is sent.
            job = await GraphExporter.PrepareAsync(store, format, center, hops, http.RequestAborted);
        }
        catch (ExportException ex)
        {
            return BadRequest(ex.Message);
        }

        return Results.Stream(
            stream => job.WriteAsync(stream, http.RequestAborted),
            contentType: job.Format.ContentType,
            fileDownloadName: job.FileName);
    }

    private static IResult BadRequest(string message) =>
        Results.Problem(detail: message, statusCode: StatusCodes.Status400BadRequest, title: "The export request is not valid.");
}
