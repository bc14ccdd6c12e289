using System.Text.Json;
using KnowledgeGraph.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Streams documents as contract JSON, one at a time: <c>json</c> writes the same bytes as serialising the whole
/// <see cref="FactsFile"/> at once (a test compares them), <c>jsonl</c> writes one compact document per line, the form
/// a batch engine splits and <c>kg load</c> reads line by line.
/// </summary>
internal sealed class FactsWriter : IAsyncDisposable
{
    private static readonly JsonSerializerOptions LineOptions = new(ContractJson.Options) { WriteIndented = false };

    private readonly Stream _stream;
    private readonly bool _lines;
    private readonly Utf8JsonWriter? _writer;

    public FactsWriter(Stream stream, string format)
    {
        _stream = stream;
        _lines = format == "jsonl";
        if (!_lines)
        {
            _writer = new Utf8JsonWriter(stream, new JsonWriterOptions
            {
                Indented = ContractJson.Options.WriteIndented,
                Encoder = ContractJson.Options.Encoder,
                SkipValidation = false,
            });
            _writer.WriteStartObject();
            _writer.WritePropertyName(ContractJson.Options.PropertyNamingPolicy?.ConvertName(nameof(FactsFile.Documents)) ?? nameof(FactsFile.Documents));
            _writer.WriteStartArray();
        }
    }

    public async Task WriteAsync(ExtractedDocument document, CancellationToken cancellationToken)
    {
        if (_writer is null)
        {
            await JsonSerializer.SerializeAsync(_stream, document, LineOptions, cancellationToken).ConfigureAwait(false);
            _stream.WriteByte((byte)'\n');
            return;
        }

        JsonSerializer.Serialize(_writer, document, ContractJson.Options);
        if (_writer.BytesPending > 1 << 16)
        {
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Closes the array and the object, so that an interrupted run still leaves valid JSON of what was written.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            _writer.WriteEndArray();
            _writer.WriteEndObject();
            await _writer.FlushAsync().ConfigureAwait(false);
            await _writer.DisposeAsync().ConfigureAwait(false);
            _stream.WriteByte((byte)'\n');
        }

        await _stream.FlushAsync().ConfigureAwait(false);
    }
}
