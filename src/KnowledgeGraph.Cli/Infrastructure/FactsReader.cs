using System.IO.Compression;
using System.Text.Json;
using KnowledgeGraph.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Reads the documents of a facts file one at a time, in constant memory: the <c>kg extract --format json</c> form
/// (<c>{"documents": [ … ]}</c>, streamed with <see cref="Utf8JsonReader"/>) or JSON Lines (one document per line, as
/// <c>--format jsonl</c> writes), either of them gzip-compressed. Which it is is decided by the content, not the name. A
/// document that does not deserialise or validate is reported by index or line and the others go on; broken JSON or
/// damaged gzip data end the file there.
/// </summary>
internal sealed partial class FactsReader(Stream source, string name)
{
    private const int MaxDocumentBytes = 256 << 20;

    private static readonly byte[] GzipMagic = [0x1F, 0x8B];

    static FactsReader()
    {
        // Without it a gzip file cut short reads as if it ended there, and the loss goes unnoticed (.NET's opt-in check).
        AppContext.SetSwitch("System.IO.Compression.UseStrictValidation", true);
    }

    private readonly Stream _source = source;
    private Stream _stream = source;
    private bool _gzip;

    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _final;

    /// <summary>Reads the file at <paramref name="path"/> (or standard input for <c>-</c>).</summary>
    public static IEnumerable<FactsEntry> Read(string path, Func<Stream> standardInput)
    {
        Stream stream;
        try
        {
            stream = path == "-" ? standardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return [new FactsEntry(null, $"{path}: no such file or folder; skipped.")];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = ex is UnauthorizedAccessException ? "permission denied" : ex.Message.Replace(Path.GetFullPath(path), "it", StringComparison.Ordinal);
            return [new FactsEntry(null, $"{path}: the file could not be read ({reason}); skipped.")];
        }

        return new FactsReader(stream, path == "-" ? "standard input" : path).ReadAll();
    }

    private IEnumerable<FactsEntry> ReadAll()
    {
        try
        {
            var failure = Fill() ?? Ungzip();
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            if (_end == 0)
            {
                yield return new FactsEntry(null, $"{name}: the file is empty; skipped.");
                yield break;
            }

            var entries = IsWrapped() ? ReadWrapped() : ReadLines();
            foreach (var entry in entries)
            {
                yield return entry;
            }
        }
        finally
        {
            if (_stream != _source)
            {
                _stream.Dispose(); // the decompressor, which closes the source through its prefix
            }

            _source.Dispose();
        }
    }

    /// <summary>
    /// When the bytes read so far open with gzip's magic number, reads on through a decompressor (over those bytes and
    /// the rest of the stream) and fills the buffer again from it.
    /// </summary>
    private FactsEntry? Ungzip()
    {
        while (_end - _start < GzipMagic.Length && !_final)
        {
            if (Fill() is { } failure)
            {
                return failure;
            }
        }

        if (!_buffer.AsSpan(_start, _end - _start).StartsWith(GzipMagic))
        {
            return null;
        }

        _gzip = true;
        _stream = new GZipStream(new PrefixedStream(_buffer.AsSpan(_start, _end - _start).ToArray(), _source), CompressionMode.Decompress);
        _start = _end = 0;
        _final = false;
        return Fill();
    }

    /// <summary>True when the content opens as <c>{ "documents"</c>: the one-object form; otherwise JSON Lines.</summary>
    private bool IsWrapped()
    {
        var head = _buffer.AsSpan(_start, _end - _start);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start += 3;
            head = head[3..];
        }

        head = head.TrimStart(" \t\r\n"u8);
        return !head.IsEmpty && head[0] == (byte)'{' && head[1..].TrimStart(" \t\r\n"u8).StartsWith("\"documents\""u8);
    }

    private FactsEntry Document(ReadOnlySpan<byte> json, string where, long? line)
    {
        try
        {
            var document = JsonSerializer.Deserialize<ExtractedDocument>(json, ContractJson.Options)
                ?? throw new FactsFormatException($"{where} is null, not a document");
            FactsValidator.Validate(document, where);
            return new FactsEntry(document, null, line);
        }
        catch (JsonException ex)
        {
            var at = ex.Path is null or "$" ? "" : $" at {ex.Path}";
            return new FactsEntry(null, $"{where} is not a valid document{at}: {ex.Message}; skipped.", line);
        }
        catch (FactsFormatException ex)
        {
            return new FactsEntry(null, $"{ex.Message}; skipped.", line);
        }
    }

    /// <summary>Moves unread bytes to the front and reads more, growing the buffer when a document fills it.</summary>
    private FactsEntry? Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxDocumentBytes)
            {
                return new FactsEntry(null, $"{name}: a document is larger than {MaxDocumentBytes >> 20} MB; the rest of the file is skipped.");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        try
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            _final = read == 0;
            _end += read;
            return null;
        }
        catch (InvalidDataException) when (_gzip)
        {
            _final = true;
            return new FactsEntry(null, $"{name}: the gzip data are damaged or cut short; the rest of the file is skipped.");
        }
        catch (IOException ex)
        {
            _final = true;
            return new FactsEntry(null, $"{name}: reading failed ({ex.Message}); the rest of the file is skipped.");
        }
    }
}
