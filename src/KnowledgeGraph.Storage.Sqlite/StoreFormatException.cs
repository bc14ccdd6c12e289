namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>A file was refused as a store: it is not ours or was written by a newer version. The message names the file.</summary>
public sealed class StoreFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public StoreFormatException(string message, Exception innerException) : base(message, innerException) { }
}
