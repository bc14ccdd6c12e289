namespace KnowledgeGraph.Exports;

/// <summary>One export format: its name on the command line and in URLs, and how to serve or save it.</summary>
/// <param name="Name">Lower-case name: <c>graphml</c>, <c>gexf</c>, <c>cytoscape</c>, <c>csv</c>, <c>dot</c>.</param>
/// <param name="ContentType">HTTP content type of the output.</param>
/// <param name="FileExtension">File extension with its dot, e.g. <c>.graphml</c>.</param>
/// <param name="Description">One line for people: what the format is for.</param>
public sealed record ExportFormat(string Name, string ContentType, string FileExtension, string Description);
