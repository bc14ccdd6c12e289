using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class ServeEndToEndTests
{
    [Fact]
    public async Task Seeds_ingested_by_kg_answer_what_Cossio_denied_over_GraphQL()
    {
        using var dir = new TempDir();
        var store = dir.File("kg.db");
        var ingest = await Kg.RunAsync("ingest", Paths.Seeds, "--store", store);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var url = $"http://127.0.0.1:{FreePort()}";

        using var server = Kg.Start("serve", "--store", store, "--urls", url, "--no-sample");
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            await WaitForHealthAsync(http, server);
            var response = await http.PostAsJsonAsync("/graphql", new
            {
                query = """
                    { entity(name: "Fernández de Cossío") { name denied(first: 100) { nodes { claim { text } evidence article { id } reportedBy { name } } } } }
                    """,
            }, TestContext.Current.CancellationToken);

            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            using var json = JsonDocument.Parse(body);
            Assert.False(json.RootElement.TryGetProperty("errors", out _), body);
            var entity = json.RootElement.GetProperty("data").GetProperty("entity");
            Assert.Equal("Carlos Fernández de Cossío", entity.GetProperty("name").GetString());
            var denied = entity.GetProperty("denied").GetProperty("nodes").EnumerateArray().ToList();
            Assert.NotEmpty(denied);
            Assert.All(denied, statement => Assert.StartsWith(
                "article:", statement.GetProperty("article").GetProperty("id").GetString(), StringComparison.Ordinal));
            // The AP interview is named in the text, so the denial of negotiations carries AP as its intermediary.
            Assert.Contains(denied, statement =>
                statement.GetProperty("evidence").GetString()!.Contains("negotiat", StringComparison.OrdinalIgnoreCase)
                && statement.GetProperty("reportedBy").EnumerateArray().Any(r => r.GetProperty("name").GetString() == "Associated Press"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    private static async Task WaitForHealthAsync(HttpClient http, System.Diagnostics.Process server)
    {
        // Drain the server's output so it can never block on a full pipe; keep stderr for the failure message.
        var errors = new System.Text.StringBuilder();
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, e) => { lock (errors) { errors.AppendLine(e.Data); } };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (server.HasExited)
            {
                lock (errors)
                {
                    Assert.Fail($"kg serve exited early with {server.ExitCode}: {errors}");
                }
            }

            try
            {
                using var probe = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
                probe.CancelAfter(TimeSpan.FromSeconds(5));
                var response = await http.GetAsync("/healthz", probe.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        Assert.Fail("kg serve did not answer /healthz within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
