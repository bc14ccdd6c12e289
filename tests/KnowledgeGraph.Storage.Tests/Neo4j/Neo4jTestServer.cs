using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// Finds a real Neo4j for the contract suite, once per test run: <c>NEO4J_URI</c> (+ <c>NEO4J_USER</c>,
/// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>) when set, else a <c>neo4j:5.26-community</c> container through
/// Testcontainers. Without either, the skip reason says why and the tests skip with it.
/// </summary>
internal static class Neo4jTestServer
{
    private const string Image = "neo4j:5.26-community";
    private const string Password = "contract-tests";

    private static readonly Lazy<Task<(Neo4jOptions? Options, string? SkipReason)>> Probe = new(ProbeAsync);

    public static Task<(Neo4jOptions? Options, string? SkipReason)> GetAsync() => Probe.Value;

    private static async Task<(Neo4jOptions?, string?)> ProbeAsync()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (!string.IsNullOrWhiteSpace(uri))
        {
            return (Neo4jOptions.FromUri(uri), null);
        }

        IContainer container;
        try
        {
            container = new ContainerBuilder(Image)
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
                .Build();
        }
        catch (Exception ex) when (ex is DockerUnavailableException or InvalidOperationException or ArgumentException)
        {
            return (null, $"No Neo4j reachable: NEO4J_URI is not set and no Docker engine answered ({ex.GetType().Name}: {FirstLine(ex.Message)})");
        }

        try
        {
            await container.StartAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await container.DisposeAsync().ConfigureAwait(false);
            return (null, $"No Neo4j reachable: NEO4J_URI is not set and the {Image} container did not start ({ex.GetType().Name}: {FirstLine(ex.Message)})");
        }

        // The Testcontainers resource reaper removes the container when the test process ends.
        return (new Neo4jOptions
        {
            Uri = new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}"),
            User = "neo4j",
            Password = Password,
        }, null);
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
