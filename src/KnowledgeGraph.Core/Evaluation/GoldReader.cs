using System.Text.Json;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Reads gold files in the format of <c>../shared/dev</c> (README.md there). A file that is not valid JSON or lacks a
/// field score.py needs (<c>file</c>, <c>entities[].name</c> and <c>kind</c>, <c>claims[].speaker</c>,
/// <c>stance</c>, <c>evidence</c>) is refused with its path and the field.
/// </summary>
public static class GoldReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Every <c>*.gold.json</c> directly in <paramref name="goldDir"/>, in file-name order (score.py's order).</summary>
    public static IReadOnlyList<(string Path, GoldFile Gold)> LoadFolder(string goldDir)
    {
        if (!Directory.Exists(goldDir))
        {
            throw new GoldFormatException($"{goldDir}: the gold folder does not exist.");
        }

        var files = Directory.EnumerateFiles(goldDir, "*.gold.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new GoldFormatException($"{goldDir}: the folder holds no *.gold.json files.");
        }

        return [.. files.Select(f => (f, Load(f)))];
    }

    /// <summary>Reads one gold file.</summary>
    public static GoldFile Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException($"{path}: the gold file could not be read ({ex.Message}).", ex);
        }

        return Parse(json, path);
    }

    /// <summary>Parses gold JSON; <paramref name="sourceName"/> names the source in error messages.</summary>
    public static GoldFile Parse(string json, string sourceName)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, Options);
            var root = doc.RootElement;
            var at = new Where(sourceName);
            Expect(root, JsonValueKind.Object, at.Field(""));
            var entities = Array(root, "entities", at).Select((e, i) => ReadEntity(e, at.Field($"entities[{i}]"))).ToList();
            var claims = Array(root, "claims", at).Select((c, i) => ReadClaim(c, at.Field($"claims[{i}]"))).ToList();
            return new GoldFile(RequiredString(root, "file", at), entities, claims)
            {
                Url = OptionalString(root, "url", at),
                Publisher = OptionalString(root, "publisher", at),
                PublishedAt = OptionalString(root, "publishedAt", at),
                Title = OptionalString(root, "title", at),
                Notes = OptionalString(root, "notes", at),
            };
        }
        catch (JsonException ex)
        {
            throw new GoldFormatException($"{sourceName}: not valid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
    }

    private static GoldEntity ReadEntity(JsonElement e, Where at)
    {
        Expect(e, JsonValueKind.Object, at);
        var kind = RequiredString(e, "kind", at);
        if (kind is not ("Person" or "Institution" or "Place"))
        {
            throw new GoldFormatException($"{at.Path("kind")}: \"{kind}\" is not a kind; use Person, Institution or Place.");
        }

        return new GoldEntity(RequiredString(e, "name", at), kind) { Aliases = Strings(e, "aliases", at) };
    }

    private static GoldClaim ReadClaim(JsonElement c, Where at)
    {
        Expect(c, JsonValueKind.Object, at);
        var stance = RequiredString(c, "stance", at);
        if (stance is not ("said" or "denied"))
        {
            throw new GoldFormatException($"{at.Path("stance")}: \"{stance}\" is not a stance; use said or denied.");
        }

        return new GoldClaim(RequiredString(c, "speaker", at), stance, RequiredString(c, "evidence", at))
        {
            Text = OptionalString(c, "text", at),
            AltEvidence = Strings(c, "altEvidence", at),
            ReportedBy = Strings(c, "reportedBy", at),
            About = Strings(c, "about", at),
        };
    }

    private static IEnumerable<JsonElement> Array(JsonElement obj, string name, Where at)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            throw new GoldFormatException($"{at.Path(name)}: missing; a gold file needs it (an empty list is fine).");
        }

        Expect(value, JsonValueKind.Array, at.Field(name));
        return [.. value.EnumerateArray()];
    }

    private static string RequiredString(JsonElement obj, string name, Where at)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new GoldFormatException($"{at.Path(name)}: missing; score.py needs it.");
        }

        Expect(value, JsonValueKind.String, at.Field(name));
        return value.GetString()!;
    }

    private static string? OptionalString(JsonElement obj, string name, Where at)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(value, JsonValueKind.String, at.Field(name));
        return value.GetString();
    }

    // score.py reads these lists with .get(name, []) or []: absent and null are an empty list.
    private static IReadOnlyList<string> Strings(JsonElement obj, string name, Where at)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        Expect(value, JsonValueKind.Array, at.Field(name));
        return [.. value.EnumerateArray().Select((v, i) =>
        {
            Expect(v, JsonValueKind.String, at.Field($"{name}[{i}]"));
            return v.GetString()!;
        })];
    }

    private static void Expect(JsonElement value, JsonValueKind kind, Where at)
    {
        if (value.ValueKind != kind)
        {
            var want = kind switch
            {
                JsonValueKind.Object => "an object",
                JsonValueKind.Array => "a list",
                _ => "a string",
            };
            throw new GoldFormatException($"{at.Path("")}: expected {want}, found {value.ValueKind.ToString().ToLowerInvariant()}.");
        }
    }

    // The place in the file an error message names: "dev/x.gold.json: claims[3].stance".
    private sealed record Where(string Source, string Prefix = "")
    {
        public Where Field(string name) => this with { Prefix = Join(Prefix, name) };

        public string Path(string name)
        {
            var field = Join(Prefix, name);
            return field.Length == 0 ? Source : $"{Source}: {field}";
        }

        private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : $"{a}.{b}";
    }
}
