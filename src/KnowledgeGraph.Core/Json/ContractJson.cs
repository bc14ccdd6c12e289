using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Json;

/// <summary>Reads and writes the <c>kg extract --format json</c> contract (see DESIGN.md).</summary>
public static class ContractJson
{
    /// <summary>Serializer options for the contract: camelCase names, enum names as strings, nulls written.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter<EntityKind>() },
        RespectNullableAnnotations = true,
    };

    /// <summary>Writes a facts file as contract JSON.</summary>
    public static async Task WriteAsync(Stream stream, FactsFile facts, CancellationToken cancellationToken = default) =>
        await JsonSerializer.SerializeAsync(stream, facts, Options, cancellationToken).ConfigureAwait(false);

    /// <summary>Serialises a facts file to a contract JSON string.</summary>
    public static string Serialize(FactsFile facts) => JsonSerializer.Serialize(facts, Options);

    /// <summary>Reads a facts file; throws <see cref="FactsFormatException"/> naming the source on bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">File name used in error messages.</param>
    public static FactsFile Deserialize(string json, string sourceName)
    {
        try
        {
            var facts = JsonSerializer.Deserialize<FactsFile>(json, Options)
                ?? throw new FactsFormatException($"{sourceName}: the file holds JSON null, not a facts object.");
            return facts;
        }
        catch (JsonException ex)
        {
            var where = ex.Path is null ? "" : $" at {ex.Path}";
            throw new FactsFormatException($"{sourceName}: not a valid facts file{where} (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
    }
}
