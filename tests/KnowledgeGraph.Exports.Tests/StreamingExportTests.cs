using System.Runtime.CompilerServices;
using KnowledgeGraph.Exports.Tests.Support;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Exports.Tests;

public sealed class StreamingExportTests
{
    private const int NodeCount = 20_000;
    private const int EdgeCount = 200_000;

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    [InlineData("cytoscape")]
    [InlineData("csv")]
    [InlineData("dot")]
    public async Task A_large_graph_is_written_while_the_store_is_still_streaming(string format)
    {
        var sink = new CountingStream();
        long writtenWhenLastEdgeWasRead = -1;
        long writtenWhenHalfTheEdgesWereRead = -1;
        var source = GraphSource.FromStreams(
            "large synthetic graph",
            hasDates: true,
            Nodes,
            ct => Edges(i =>
            {
                if (i == EdgeCount / 2)
                {
                    writtenWhenHalfTheEdgesWereRead = sink.Written;
                }

                if (i == EdgeCount - 1)
                {
                    writtenWhenLastEdgeWasRead = sink.Written;
                }
            }, ct));

        var job = GraphExporter.ForSource(format, source);
        await job.WriteAsync(sink, TestContext.Current.CancellationToken);

        var total = sink.Written;
        Assert.True(writtenWhenHalfTheEdgesWereRead > 0, "Nothing was written before half the edges had been read.");
        // Half the edges read ⇒ a good part of the document is already out; a writer that built the document first would show 0.
        Assert.True(writtenWhenLastEdgeWasRead > total / 2, $"Only {writtenWhenLastEdgeWasRead} of {total} bytes were out when the last edge was read.");
        Assert.Equal(0, job.SkippedEdges);
    }

    private static async IAsyncEnumerable<GraphNode> Nodes([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < NodeCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var label = (i % 3) switch { 0 => "Person", 1 => "Claim", _ => "Article" };
            yield return new GraphNode($"n{i}", label, $"Node {i} & \"friends\"", new Dictionary<string, string?> { ["role"] = "synthetic" });
            if (i % 5000 == 0)
            {
                await Task.Yield();
            }
        }
    }

    private static async IAsyncEnumerable<GraphEdge> Edges(Action<int> onEdge, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < EdgeCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            onEdge(i);
            var type = (i % 2) == 0 ? "SAID" : "DENIED";
            yield return new GraphEdge(
                $"e{i}",
                type,
                $"n{i % NodeCount}",
                $"n{(i * 7 + 1) % NodeCount}",
                new Dictionary<string, string?> { ["date"] = "2026-02-02", ["evidence"] = "quote <" + i + ">" });
            if (i % 5000 == 0)
            {
                await Task.Yield();
            }
        }
    }
}
