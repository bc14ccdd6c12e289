using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Json;

/// <summary>Reads and writes the facts format of <c>kg extract --format json</c> and <c>kg load</c> (docs/facts-format.md).</summary>
public static class ContractJson
{
    /// <summary>
    /// Serializer options for the facts format: camelCase names, enum names as strings, nulls written. Reading, a
    /// field without a default (an id, a list such as <c>aliases</c>) must be present: a missing one is refused by
    /// name instead of becoming null and failing later.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter<EntityKind>() },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
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
