namespace KnowledgeGraph.Exports;

/// <summary>An export request that cannot be served: unknown format, unknown centre or a depth out of range. The message is a plain sentence for people.</summary>
public sealed class ExportException : Exception
{
    /// <summary>Creates the exception with a plain-sentence message.</summary>
    /// <param name="message">What is wrong, naming the offending value.</param>
    public ExportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    /// <param name="message">What is wrong, naming the offending value.</param>
    /// <param name="innerException">The underlying failure.</param>
    public ExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ExportException()
        : base("The export request is not valid.")
    {
    }
}
