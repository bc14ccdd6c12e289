using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Exports.Tests.Support;

/// <summary>A small graph full of <see cref="Nasty"/> strings, one edge of each kind, and one edge that dangles.</summary>
internal static class NastyGraph
{
    public const string Ana = "person:ana";
    public const string Sergei = "person:sergei";
    public const string Mohammed = "person:mohammed";
    public const string Cossio = "person:cossio";
    public const string NewYork = "place:new york";
    public const string Talks = "claim:talks";
    public const string ArticleId = "article:a1";
    public const string DanglingEdge = "e7-dangling";

    public static IReadOnlyList<GraphNode> Nodes { get; } =
    [
        Node(Ana, "Person", Nasty.Quoted, ("aliases", "Ana|La Jefa;boss")),
        Node(Sergei, "Person", Nasty.Cyrillic, ("role", Nasty.Multiline)),
        Node(Mohammed, "Person", Nasty.Arabic, ("country", Nasty.Emoji)),
        Node(Cossio, "Person", Nasty.Accents, ("aliases", "Cossío|De Cossio"), ("role", Nasty.WithControls)),
        Node(NewYork, "Place", Nasty.Backslash),
        Node(Talks, "Claim", Nasty.Claim, ("contested", "true")),
        Node(ArticleId, "Article", Nasty.Title, ("publisher", "AP"), ("url", Nasty.Url), ("publishedAt", "2026-02-02")),
    ];

    /// <summary>Edges with both ends among <see cref="Nodes"/>.</summary>
    public static IReadOnlyList<GraphEdge> Edges { get; } =
    [
        Edge("e1", "SAID", Ana, Talks, ("stance", "said"), ("date", "2026-02-02"), ("articleId", ArticleId), ("evidence", Nasty.Evidence), ("start", "10"), ("end", "60")),
        Edge("e2", "DENIED", Cossio, Talks, ("date", "2026-02-03"), ("articleId", ArticleId), ("evidence", Nasty.Multiline), ("start", "not a number")),
        Edge("e3", "REPORTED_BY", Talks, ArticleId),
        Edge("e4", "MENTIONS", ArticleId, NewYork),
        Edge("e5", "ABOUT", Talks, Mohammed),
        Edge("e6", "MEMBER_OF", Sergei, Mohammed, ("role", Nasty.Arabic)),
    ];

    /// <summary>The edges plus one whose target is not exported.</summary>
    public static IReadOnlyList<GraphEdge> EdgesWithDangling { get; } =
        [.. Edges, Edge(DanglingEdge, "SAID", Ana, "claim:missing", ("evidence", "gone"))];

    public static GraphSource Source() => GraphSource.FromStreams(
        "Nasty test graph & <friends>",
        hasDates: true,
        _ => Nodes.ToAsyncEnumerable(),
        _ => EdgesWithDangling.ToAsyncEnumerable());

    public static async Task<byte[]> ExportAsync(string format)
    {
        using var buffer = new MemoryStream();
        await GraphExporter.ForSource(format, Source()).WriteAsync(buffer, TestContext.Current.CancellationToken);
        return buffer.ToArray();
    }

    public static async Task<string> ExportToFileAsync(string format, TempDir dir)
    {
        var path = dir.File("graph." + format);
        await File.WriteAllBytesAsync(path, await ExportAsync(format), TestContext.Current.CancellationToken);
        return path;
    }

    public static GraphNode NodeById(string id) => Nodes.Single(n => n.Id == id);

    private static GraphNode Node(string id, string label, string name, params (string Key, string? Value)[] properties) =>
        new(id, label, name, properties.ToDictionary(p => p.Key, p => p.Value));

    private static GraphEdge Edge(string id, string type, string source, string target, params (string Key, string? Value)[] properties) =>
        new(id, type, source, target, properties.ToDictionary(p => p.Key, p => p.Value));
}
