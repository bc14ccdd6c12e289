namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>
/// A gazetteer data file that cannot be used as it is (a syntax error, an unknown column or key, a duplicate entry):
/// the message names the file, the line and the reason, and nothing of the file is loaded.
/// </summary>
public sealed class GazetteerDataException : Exception
{
    /// <summary>Creates the error for <paramref name="file"/> at <paramref name="line"/> (1-based; 0 when the whole file is at fault).</summary>
    public GazetteerDataException(string file, int line, string reason, Exception? inner = null)
        : base(line > 0 ? $"The gazetteer file {file} is not valid at line {line}: {reason}" : $"The gazetteer file {file} is not valid: {reason}", inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file (a path, or the name of the embedded resource).</summary>
    public string File { get; }

    /// <summary>The 1-based line at fault, or 0 when the fault is the whole file (missing, empty).</summary>
    public int Line { get; }

    /// <summary>What is wrong, as a plain sentence.</summary>
    public string Reason { get; }
}
