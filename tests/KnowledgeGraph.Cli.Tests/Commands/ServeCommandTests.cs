using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>What <c>kg serve</c> tells people: its help, its refusals, its log, its settings file.</summary>
public sealed class ServeCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Help_documents_writing_through_the_API_and_the_settings_the_server_reads()
    {
        var result = await Kg.RunAsync("serve", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var text in new[] { "ingestArticle", "KG_API_KEY", "at least 16 characters", "X-Api-Key", "AllowedHosts", "RateLimits__PerClientPerSecond", "GraphQL__MaxComplexity", "--verbose" })
        {
            Assert.Contains(text, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_short_api_key_is_one_sentence_and_exit_code_2_before_anything_is_served()
    {
        using var dir = new TempDir();

        var result = await Kg.RunInAsync(dir.Path, new Dictionary<string, string> { ["KG_API_KEY"] = "short" },
            "serve", "--store", dir.File("k.db"), "--urls", $"http://127.0.0.1:{FreePort()}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("at least 16 characters", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Serving on", result.Stderr + result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr + result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Started_from_another_folder_it_reads_its_own_settings_and_logs_no_requests_unless_verbose()
    {
        using var dir = new TempDir();
        var quiet = await ServeAndAskAsync(dir, verbose: false);
        var verbose = await ServeAndAskAsync(dir, verbose: true);

        // appsettings.json beside kg.dll limits the hosts; without it any Host would be answered.
        Assert.Equal(HttpStatusCode.BadRequest, quiet.ForeignHost);
        Assert.DoesNotContain("Request starting", quiet.Log, StringComparison.Ordinal);
        Assert.Contains("Serving on", quiet.Log, StringComparison.Ordinal);
        Assert.Contains("Request starting", verbose.Log, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode ForeignHost, string Log)> ServeAndAskAsync(TempDir dir, bool verbose)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        // No --store: the default ./knowledge.db, created with the sample in the folder it is started from (a named store must exist).
        string[] args = ["serve", "--urls", url, .. verbose ? ["--verbose"] : Array.Empty<string>()];
        using var server = Kg.StartIn(dir.Path, new Dictionary<string, string>(), args);
        var log = new StringBuilder();
        server.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        server.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
            await WaitUntilServingAsync(http, server, log);
            using var foreign = new HttpRequestMessage(HttpMethod.Get, "/healthz");
            foreign.Headers.Host = "attacker.example";
            using var answer = await http.SendAsync(foreign, Ct);
            await http.GetStringAsync("/healthz", Ct);
            await Task.Delay(500, Ct); // let the log lines of the last request arrive
            lock (log)
            {
                return (answer.StatusCode, log.ToString());
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(Ct);
        }
    }

    private static async Task WaitUntilServingAsync(HttpClient http, Process server, StringBuilder log)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(server.HasExited, $"kg serve exited early: {log}");
            try
            {
                if ((await http.GetAsync("/healthz", Ct)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250, Ct);
        }

        Assert.Fail($"kg serve did not answer within 60 s: {log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
