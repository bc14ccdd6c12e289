namespace KnowledgeGraph.Evaluation;

/// <summary>A gold file could not be read; the message names the file and the field.</summary>
public sealed class GoldFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GoldFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public GoldFormatException(string message, Exception innerException) : base(message, innerException) { }
}
