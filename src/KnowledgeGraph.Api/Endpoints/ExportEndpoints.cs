using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Exports;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>
/// <c>GET /export/{format}?center=&amp;depth=</c>: the graph, or a neighbourhood, streamed as a download.
/// <c>POST /export/{format}</c> with <c>{"nodes": [...], "edges": [...]}</c>: exactly that view (the viewer's
/// drawing, or a GraphQL <c>network</c> answer) in the chosen format.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>Largest body <c>POST /export/{format}</c> reads.</summary>
    public const int MaxViewBytes = 8 * 1024 * 1024;

    /// <summary>Maps <c>GET /export</c> (the list of formats), <c>GET /export/{format}</c> and <c>POST /export/{format}</c>.</summary>
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
        endpoints.MapPost("/export/{format}", ExportViewAsync);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string format, string? center, string? depth, IGraphStore store, IOptions<ApiOptions> options, HttpContext http)
    {
        var hops = 1;
        if (!string.IsNullOrWhiteSpace(depth)
            && !int.TryParse(depth, NumberStyles.Integer, CultureInfo.InvariantCulture, out hops))
        {
            return BadRequest($"The depth must be a whole number from {GraphExporter.MinDepth} to {GraphExporter.MaxDepth}, got \"{depth}\".");
        }

        ExportJob job;
        var seconds = options.Value.RequestTimeoutSeconds;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(TimeSpan.FromSeconds(seconds));
        try
        {
            // Everything that can be refused is checked here, before the first byte: afterwards the status is sent.
            // Finding a neighbourhood runs under the request deadline (a depth-3 hub took 13.5 s); streaming the
            // export afterwards is bounded by the neighbourhood's node limit and stops when the client leaves.
            job = await GraphExporter.PrepareAsync(store, format, center, hops, deadline.Token);
        }
        catch (ExportException ex)
        {
            return BadRequest(ex.Message);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            return Results.Problem(
                detail: string.Create(CultureInfo.InvariantCulture, $"The neighbourhood of '{center}' at depth {hops} took longer than {seconds} s to find; ask for a smaller depth."),
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The export took too long.");
        }

        return Download(job, http);
    }

    private static async Task<IResult> ExportViewAsync(string format, HttpContext http)
    {
        if (http.Request.ContentLength > MaxViewBytes)
        {
            return TooLarge();
        }

        GraphNetwork view;
        ExportJob job;
        try
        {
            using var body = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await http.Request.Body.ReadAsync(buffer, http.RequestAborted)) > 0)
            {
                if (body.Length + read > MaxViewBytes)
                {
                    return TooLarge();
                }

                body.Write(buffer, 0, read);
            }

            using var document = JsonDocument.Parse(body.ToArray());
            view = ViewBody.Parse(document.RootElement);
            job = GraphExporter.PrepareView(format, view);
        }
        catch (JsonException ex)
        {
            return BadRequest($"The body is not valid JSON: {ex.Message}");
        }
        catch (Exception ex) when (ex is FormatException or ExportException)
        {
            return BadRequest(ex.Message);
        }

        return Download(job, http);
    }

    private static IResult Download(ExportJob job, HttpContext http) =>
        Results.Stream(
            stream => job.WriteAsync(stream, http.RequestAborted),
            contentType: job.Format.ContentType,
            fileDownloadName: job.FileName);

    private static IResult TooLarge() =>
        Results.Problem(
            detail: string.Create(CultureInfo.InvariantCulture, $"A view to export may be at most {MaxViewBytes} bytes."),
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The export request is too large.");

    private static IResult BadRequest(string message) =>
        Results.Problem(detail: message, statusCode: StatusCodes.Status400BadRequest, title: "The export request is not valid.");
}
