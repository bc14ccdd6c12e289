using KnowledgeGraph.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>Reading outlets.yaml: every key known, every name, domain and credit owned by one outlet only.</summary>
public sealed partial class OutletTable
{
    private static readonly string[] Keys = ["id", "name", "aliases", "domains", "credits", "country", "type"];

    private static readonly Dictionary<string, OutletType> Types = new(StringComparer.Ordinal)
    {
        ["news-agency"] = OutletType.NewsAgency,
        ["newspaper"] = OutletType.Newspaper,
        ["broadcaster"] = OutletType.Broadcaster,
        ["magazine"] = OutletType.Magazine,
        ["digital"] = OutletType.Digital,
        ["aggregator"] = OutletType.Aggregator,
        ["press-release-wire"] = OutletType.PressReleaseWire,
    };

    internal static OutletTable Parse(string yaml, string file, Func<string, bool> isCountryCode)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new GazetteerDataException(file, (int)ex.Start.Line, ex.InnerException?.Message ?? ex.Message, ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new GazetteerDataException(file, 0, "it must be a mapping with one key, outlets.");
        }

        YamlSequenceNode? list = null;
        foreach (var (key, value) in root.Children)
        {
            list = Scalar(key) == "outlets" && value is YamlSequenceNode seq ? seq
                : throw new GazetteerDataException(file, Line(key), $"unknown key '{Scalar(key)}' (the file has one key, outlets, with a list of outlets).");
        }

        var reader = new Reader(file, isCountryCode);
        foreach (var item in list?.Children ?? [])
        {
            reader.Read(item);
        }

        return new OutletTable(reader.Names.Build(), reader.Outlets, reader.Hosts, reader.Credits);
    }

    private static string Scalar(YamlNode node) => node is YamlScalarNode { Value: { } v } ? v : "";

    private static int Line(YamlNode node) => (int)node.Start.Line;

    /// <summary>The state of one read: what each name, host and credit already belongs to, and on which line.</summary>
    private sealed class Reader(string file, Func<string, bool> isCountryCode)
    {
        private readonly Dictionary<string, (Outlet Outlet, int Line)> _nameKeys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

        public TokenTrie<Outlet>.Builder Names { get; } = new();

        public List<Outlet> Outlets { get; } = [];

        public Dictionary<string, Outlet> Hosts { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, Outlet> Credits { get; } = new(StringComparer.Ordinal);

        private Dictionary<string, int> HostLines { get; } = new(StringComparer.OrdinalIgnoreCase);

        private Dictionary<string, int> CreditLines { get; } = new(StringComparer.Ordinal);

        public void Read(YamlNode item)
        {
            if (item is not YamlMappingNode map)
            {
                throw new GazetteerDataException(file, Line(item), "an outlet must be a mapping such as { name: Reuters, type: news-agency }.");
            }

            var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (k, v) in map.Children)
            {
                var key = Scalar(k);
                if (!Keys.Contains(key, StringComparer.Ordinal))
                {
                    throw new GazetteerDataException(file, Line(k), $"unknown key '{key}' (the keys are: {string.Join(", ", Keys)}).");
                }

                values[key] = v;
            }

            var name = Text(values, "name", map) ?? throw new GazetteerDataException(file, Line(map), "the outlet has no name.");
            var slug = Text(values, "id", map) ?? TextFold.Slug(name);
            if (slug.Length == 0 || TextFold.Slug(slug) != slug)
            {
                throw new GazetteerDataException(file, Line(values.GetValueOrDefault("id") ?? map), $"the id '{slug}' is not a slug (lower-case letters, digits and '-').");
            }

            var typeName = Text(values, "type", map) ?? throw new GazetteerDataException(file, Line(map), $"the outlet {name} has no type.");
            if (!Types.TryGetValue(typeName, out var type))
            {
                throw new GazetteerDataException(file, Line(values["type"]), $"unknown type '{typeName}' (expected {string.Join(", ", Types.Keys)}).");
            }

            var country = Text(values, "country", map);
            if (country is not null && !isCountryCode(country))
            {
                throw new GazetteerDataException(file, Line(values["country"]), $"the country '{country}' is not an ISO 3166-1 alpha-2 code in the places data.");
            }

            var aliases = List(values, "aliases");
            var domains = List(values, "domains");
            var credits = List(values, "credits");
            var outlet = new Outlet("institution:" + slug, name, [.. aliases.Select(a => a.Value)], [.. domains.Select(d => d.Value.ToLowerInvariant())],
                [.. credits.Select(c => c.Value)], country, type);
            if (!_ids.TryAdd(outlet.Id, Line(map)))
            {
                throw new GazetteerDataException(file, Line(map), $"duplicate entry: the id {outlet.Id} is already used on line {_ids[outlet.Id]}.");
            }

            Outlets.Add(outlet);
            AddName(outlet, name, Line(values["name"]));
            foreach (var (alias, line) in aliases)
            {
                AddName(outlet, alias, line);
            }

            foreach (var (domain, line) in domains.Select(d => (d.Value.ToLowerInvariant(), d.Line)))
            {
                if (!domain.Contains('.') || domain.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-')))
                {
                    throw new GazetteerDataException(file, line, $"the domain '{domain}' is not a host name such as reuters.com.");
                }

                AddOnce(HostLines, Hosts, domain, outlet, line, "domain");
            }

            foreach (var (credit, line) in credits)
            {
                AddOnce(CreditLines, Credits, credit, outlet, line, "credit");
            }
        }

        private void AddName(Outlet outlet, string name, int line)
        {
            var key = Names.KeyOf(name);
            if (key.Length == 0)
            {
                throw new GazetteerDataException(file, line, $"the name '{name}' has no word in it.");
            }

            if (_nameKeys.TryGetValue(key, out var owner))
            {
                if (owner.Outlet == outlet)
                {
                    // A case or accent variant of a name the outlet already has ("CubaNet", "Cubanet"): the trie needs it once.
                    return;
                }

                throw new GazetteerDataException(file, line, $"duplicate entry: the name '{name}' already belongs to {owner.Outlet.Name} (line {owner.Line}).");
            }

            _nameKeys[key] = (outlet, line);
            Names.Add(name, outlet);
        }

        private void AddOnce(Dictionary<string, int> lines, Dictionary<string, Outlet> map, string key, Outlet outlet, int line, string what)
        {
            if (!lines.TryAdd(key, line))
            {
                throw new GazetteerDataException(file, line, $"duplicate entry: the {what} '{key}' already belongs to {map[key].Name} (line {lines[key]}).");
            }

            map[key] = outlet;
        }

        private string? Text(Dictionary<string, YamlNode> values, string key, YamlNode owner) => values.GetValueOrDefault(key) switch
        {
            null => null,
            YamlScalarNode { Value: { Length: > 0 } v } => v,
            var node => throw new GazetteerDataException(file, Line(node ?? owner), $"the {key} must be a non-empty text."),
        };

        private List<(string Value, int Line)> List(Dictionary<string, YamlNode> values, string key) => values.GetValueOrDefault(key) switch
        {
            null => [],
            YamlSequenceNode seq => [.. seq.Children.Select(n => n is YamlScalarNode { Value: { Length: > 0 } v }
                ? (v, Line(n))
                : throw new GazetteerDataException(file, Line(n), $"every entry of {key} must be a non-empty text."))],
            var node => throw new GazetteerDataException(file, Line(node), $"{key} must be a list such as [a, b]."),
        };
    }
}
