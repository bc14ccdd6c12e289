namespace KnowledgeGraph.Json;

/// <summary>A facts file could not be read; the message names the file and the field.</summary>
public sealed class FactsFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FactsFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public FactsFormatException(string message, Exception innerException) : base(message, innerException) { }
}
