using KnowledgeGraph.Exports.Writers;

namespace KnowledgeGraph.Exports;

/// <summary>A checked export request, ready to write. Made by <see cref="GraphExporter.PrepareAsync"/>; write it once.</summary>
public sealed class ExportJob
{
    private readonly IGraphWriter _writer;
    private readonly GraphSource _source;
    private int _written;

    internal ExportJob(ExportFormat format, IGraphWriter writer, GraphSource source, string baseName)
    {
        Format = format;
        _writer = writer;
        _source = source;
        FileName = baseName + format.FileExtension;
    }

    /// <summary>The format being written.</summary>
    public ExportFormat Format { get; }

    /// <summary>A suggested file name (ASCII), e.g. <c>knowledge-graph-person-marco-rubio-depth1.gexf</c>.</summary>
    public string FileName { get; }

    /// <summary>What is exported, for people: the whole graph or a neighbourhood.</summary>
    public string Title => _source.Title;

    /// <summary>Edges left out because one of their ends was not exported (known once written).</summary>
    public int SkippedEdges => _source.SkippedEdges;

    /// <summary>Writes the export to <paramref name="output"/>, which is flushed and left open.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when everything is written.</returns>
    public async Task WriteAsync(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        MarkWritten();
        await _writer.WriteAsync(_source, output, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes to a file, or into a directory when <paramref name="path"/> is an existing directory or ends with a
    /// separator: CSV then becomes <c>nodes.csv</c> and <c>relationships.csv</c>; other formats use <see cref="FileName"/>.
    /// </summary>
    /// <param name="path">A file path or a directory.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The files written.</returns>
    public async Task<IReadOnlyList<string>> WriteToPathAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var isDirectory = Directory.Exists(path)
            || path.EndsWith(Path.DirectorySeparatorChar)
            || path.EndsWith(Path.AltDirectorySeparatorChar);
        if (isDirectory)
        {
            Directory.CreateDirectory(path);
            if (_writer is Neo4jCsvWriter csv)
            {
                MarkWritten();
                return await csv.WriteFilesAsync(_source, path, cancellationToken).ConfigureAwait(false);
            }

            path = Path.Combine(path, FileName);
        }

        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            await WriteAsync(file, cancellationToken).ConfigureAwait(false);
        }

        return [Path.GetFullPath(path)];
    }

    private void MarkWritten()
    {
        // The source tracks exported node ids while streaming: a second pass would see every edge as known.
        if (Interlocked.Exchange(ref _written, 1) != 0)
        {
            throw new InvalidOperationException("An export job can be written only once; prepare a new one.");
        }
    }
}
