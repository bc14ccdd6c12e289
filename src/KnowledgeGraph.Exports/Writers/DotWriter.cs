using System.Text;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Exports.Writers;

/// <summary>Graphviz DOT for quick pictures: colours and shapes by label, statement edges styled by stance.</summary>
internal sealed class DotWriter : IGraphWriter
{
    private const int MaxLabel = 48;

    private static readonly ExportAttribute ExtractedBy = ExportAttribute.Edge.Single(a => a.Name == "extractedBy");

    public async Task WriteAsync(GraphSource source, Stream output, CancellationToken cancellationToken)
    {
        var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        await using (text.ConfigureAwait(false))
        {
            await text.WriteLineAsync("digraph \"knowledge-graph\" {").ConfigureAwait(false);
            await text.WriteLineAsync($"  graph [label={Label(source.Title)}, labelloc=t, rankdir=LR, overlap=false, fontname=\"Helvetica\"];").ConfigureAwait(false);
            await text.WriteLineAsync("  node [style=filled, fontname=\"Helvetica\", fontsize=10];").ConfigureAwait(false);
            await text.WriteLineAsync("  edge [fontname=\"Helvetica\", fontsize=8];").ConfigureAwait(false);

            await foreach (var node in source.NodesAsync(cancellationToken).ConfigureAwait(false))
            {
                var style = NodeStyle.For(node.Label);
                await text.WriteLineAsync(
                    $"  {Id(node.Id)} [label={Label(Shorten(node.Name))}, tooltip={Label(node.Name)}, shape={style.DotShape}, fillcolor=\"{style.Hex}\"];")
                    .ConfigureAwait(false);
            }

            await foreach (var edge in source.EdgesAsync(cancellationToken).ConfigureAwait(false))
            {
                var evidence = edge.Properties.GetValueOrDefault("evidence");
                var tooltip = evidence is null ? string.Empty : $", tooltip={Label(evidence)}";
                // Graphviz keeps attributes it does not draw (dot -Tcanon), as the other formats keep their columns.
                var rule = ExtractedBy.ValueOf(edge);
                var extractedBy = rule is null ? string.Empty : $", {ExtractedBy.Name}={Label(rule)}";
                await text.WriteLineAsync(
                    $"  {Id(edge.Source)} -> {Id(edge.Target)} [label={Label(edge.Type)}, {EdgeStyle(edge.Type)}{tooltip}{extractedBy}];")
                    .ConfigureAwait(false);
            }

            await text.WriteLineAsync("}").ConfigureAwait(false);
            await text.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A quoted DOT identifier: quotes and backslashes escaped, line breaks as spaces.</summary>
    internal static string Id(string value) => "\"" + Escape(value, entities: false) + "\"";

    /// <summary>
    /// A quoted DOT label. Graphviz reads <c>&amp;name;</c> entities and backslash escapes inside labels, so
    /// ampersands become <c>&amp;amp;</c> and backslashes are doubled; newlines become <c>\n</c> line breaks.
    /// </summary>
    internal static string Label(string value) => "\"" + Escape(value, entities: true) + "\"";

    private static string Shorten(string value) =>
        value.Length <= MaxLabel ? value : string.Concat(value.AsSpan(0, MaxLabel - 1).TrimEnd(), "…");

    private static string EdgeStyle(string type) => type switch
    {
        GraphLabels.Said => "color=\"#2e7d32\", fontcolor=\"#2e7d32\", style=solid, penwidth=1.6",
        GraphLabels.Denied => "color=\"#c62828\", fontcolor=\"#c62828\", style=dashed, penwidth=1.6",
        GraphLabels.ReportedBy => "color=\"#757575\", fontcolor=\"#757575\", style=dotted",
        _ => "color=\"#9e9e9e\", fontcolor=\"#757575\", style=solid",
    };

    private static string Escape(string value, bool entities)
    {
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    // Doubled, so a trailing backslash cannot escape the closing quote; labels read it back as one.
                    builder.Append("\\\\");
                    break;
                case '&' when entities:
                    builder.Append("&amp;");
                    break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    builder.Append(entities ? "\\n" : " ");
                    break;
                default:
                    builder.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }
}
