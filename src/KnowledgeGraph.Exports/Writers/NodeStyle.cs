namespace KnowledgeGraph.Exports.Writers;

/// <summary>Colours and shapes per node label, the same in DOT and GEXF (and in the viewer's CSS) so pictures read alike.</summary>
/// <param name="Red">Red, 0–255.</param>
/// <param name="Green">Green, 0–255.</param>
/// <param name="Blue">Blue, 0–255.</param>
/// <param name="DotShape">Graphviz node shape.</param>
internal sealed record NodeStyle(byte Red, byte Green, byte Blue, string DotShape)
{
    private static readonly NodeStyle Other = new(0x9a, 0x9a, 0x9a, "ellipse");

    /// <summary>Hex colour, e.g. <c>#4e79a7</c>.</summary>
    public string Hex => $"#{Red:x2}{Green:x2}{Blue:x2}";

    /// <summary>The style for a node label.</summary>
    public static NodeStyle For(string label) => label switch
    {
        "Person" => new(0x4e, 0x79, 0xa7, "ellipse"),
        "Institution" => new(0xf2, 0x8e, 0x2b, "box"),
        "Place" => new(0x59, 0xa1, 0x4f, "hexagon"),
        "Claim" => new(0xed, 0xc9, 0x48, "note"),
        "Article" => new(0xba, 0xb0, 0xac, "folder"),
        _ => Other,
    };
}
