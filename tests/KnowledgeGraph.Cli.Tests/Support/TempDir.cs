namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>A scratch folder per test, removed afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kg-cli-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A server process may still hold the SQLite file for a moment; the OS temp cleaner gets it.
        }
    }
}
