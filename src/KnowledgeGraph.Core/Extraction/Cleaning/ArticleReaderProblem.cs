namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>Something the <see cref="ArticleReader"/> met while reading: a file or line it skipped, or read with a warning.</summary>
/// <param name="Source">The file as named in the walk (<c>-</c> for standard input).</param>
/// <param name="Line">The line of a JSON Lines file, when the problem is one line's; null for a whole file.</param>
/// <param name="Message">One plain sentence for people, naming the file (and line): printed as it is.</param>
/// <param name="Skipped">True when input was left out (the file, the line, or the rest of the file); false for a warning only.</param>
public sealed record ArticleReaderProblem(string Source, long? Line, string Message, bool Skipped);
