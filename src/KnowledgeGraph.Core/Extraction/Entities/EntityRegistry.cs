using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Known people, institutions and places with their aliases, loaded from a data file investigators can edit.</summary>
public sealed partial class EntityRegistry
{
    private const string ResourceName = "KnowledgeGraph.Data.registry.yaml";

    private readonly Dictionary<string, RegistryEntry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _foreignMinistryByCountry = new(StringComparer.Ordinal);

    // Read-only copies for extraction, made once the file is expanded: a frozen dictionary hashes a few characters of
    // an id or word where a dictionary hashes all of them, and the lookups run for every token and mention.
    private FrozenDictionary<string, RegistryEntry> _entryLookup = FrozenDictionary<string, RegistryEntry>.Empty;
    private FrozenDictionary<string, string> _demonymLookup = FrozenDictionary<string, string>.Empty;
    private FrozenDictionary<string, string> _foreignMinistryLookup = FrozenDictionary<string, string>.Empty;
    private readonly WordFilter _demonymFilter = new();
    private readonly Dictionary<(string Alias, string Country), string> _homeAliases = [];
    private readonly HashSet<string> _homeAliasNames = new(StringComparer.Ordinal);

    private EntityRegistry()
    {
    }

    /// <summary>Number of entities the registry knows (countries count with their capital and government).</summary>
    public int Count => _entries.Count;

    internal AliasTrie Aliases { get; } = new();

    /// <summary>The id of the placeholder for "the Foreign Ministry" when no country can be told from context.</summary>
    internal static string GenericForeignMinistryId => "institution:ministry-of-foreign-affairs";

    /// <summary>The registry shipped with the project.</summary>
    public static EntityRegistry LoadDefault()
    {
        using var stream = typeof(EntityRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded registry resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "the embedded registry.yaml");
    }

    /// <summary>Loads a registry file; the error names the file and entry on bad input.</summary>
    public static EntityRegistry Load(string path)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"The registry file {path} could not be read: {ex.Message}", ex);
        }

        return Parse(yaml, path);
    }

    /// <summary>Parses registry YAML; <paramref name="sourceName"/> names the source in error messages.</summary>
    internal static EntityRegistry Parse(string yaml, string sourceName)
    {
        RegistryFile? file;
        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
            file = deserializer.Deserialize<RegistryFile>(yaml);
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"The registry file {sourceName} is not valid registry YAML at line {ex.Start.Line}: {ex.Message}", ex);
        }

        var registry = new EntityRegistry();
        registry.Expand(file ?? new RegistryFile(), sourceName);
        registry._entryLookup = registry._entries.ToFrozenDictionary(StringComparer.Ordinal);
        registry._demonymLookup = registry._demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        foreach (var demonym in registry._demonyms.Keys)
        {
            registry._demonymFilter.Add(demonym);
        }

        registry._foreignMinistryLookup = registry._foreignMinistryByCountry.ToFrozenDictionary(StringComparer.Ordinal);
        registry._roleHolders = registry.IndexRoles();
        return registry;
    }

    private FrozenDictionary<string, (string Id, string Key)[]> _roleHolders = FrozenDictionary<string, (string, string)[]>.Empty;

    // Words that do not tell one role from another: "Minister of Foreign Affairs" is the "foreign minister".
    private static readonly FrozenSet<string> RoleFillers = new[] { "of", "the", "and", "for", "affairs", "at", "to" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The person the registry gives a role in a country, by the role's distinctive words in any order ("the Cuban deputy
    /// foreign minister" and "Deputy Minister of Foreign Affairs of Cuba"; "the US secretary of state"): null when no one
    /// or more than one holds it. Former holders are left out.
    /// </summary>
    internal string? RoleHolder(string countryPlaceId, IEnumerable<string> foldedWords)
    {
        if (!_roleHolders.TryGetValue(countryPlaceId, out var holders))
        {
            return null;
        }

        var key = RoleKey(foldedWords, countryPlaceId);
        string? found = null;
        foreach (var (id, roleKey) in holders)
        {
            if (roleKey == key)
            {
                if (found is not null)
                {
                    return null;
                }

                found = id;
            }
        }

        return found;
    }

    private FrozenDictionary<string, (string Id, string Key)[]> IndexRoles()
    {
        var byCountry = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var e in _entries.Values)
        {
            if (e.Kind != Model.EntityKind.Person || e.Role is not { } role || e.CountryPlaceId is not { } country || role.StartsWith("former", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var key = RoleKey(TextFold.Fold(role).Split(' ', StringSplitOptions.RemoveEmptyEntries), country);
            if (key.Length > 0)
            {
                (byCountry.TryGetValue(country, out var list) ? list : byCountry[country] = []).Add((e.Id, key));
            }
        }

        return byCountry.ToFrozenDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The role's words without fillers and without the country's own name or demonym, sorted and joined.</summary>
    private string RoleKey(IEnumerable<string> foldedWords, string countryPlaceId)
    {
        var country = _entryLookup.GetValueOrDefault(countryPlaceId);
        var countryWords = country is null ? [] : TextFold.Fold(country.Name).Split(' ');
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var w in foldedWords)
        {
            if (!RoleFillers.Contains(w) && Array.IndexOf(countryWords, w) < 0 && CountryOfDemonym(w) != countryPlaceId && w.Length > 1)
            {
                words.Add(w);
            }
        }

        return string.Join(' ', words);
    }

    internal RegistryEntry? Get(string id) => _entryLookup.GetValueOrDefault(id);

    internal IEnumerable<RegistryEntry> Entries => _entries.Values;

    /// <summary>The country place id for a folded demonym ("cuban" → place:cuba).</summary>
    internal string? CountryOfDemonym(string folded) => _demonymFilter.MayContain(folded) ? _demonymLookup.GetValueOrDefault(folded) : null;

    internal string? ForeignMinistryOf(string countryPlaceId) => _foreignMinistryLookup.GetValueOrDefault(countryPlaceId);

    /// <summary>True when some entry has names it carries only in articles about its own country.</summary>
    internal bool HasHomeAliases => _homeAliases.Count > 0;

    /// <summary>
    /// True when a folded alias is some country's home alias; <paramref name="entity"/> is the entry it names in an
    /// article about <paramref name="countryPlaceId"/> ("the times" in British copy), or null when that is not its home.
    /// </summary>
    internal bool IsHomeAlias(string foldedAlias, string countryPlaceId, out string? entity)
    {
        entity = _homeAliases.GetValueOrDefault((foldedAlias, countryPlaceId));
        return entity is not null || _homeAliasNames.Contains(foldedAlias);
    }

    /// <summary>
    /// <see cref="IsHomeAlias(string, string, out string?)"/> for a name as the text writes it: folded on the stack and
    /// looked up among the home aliases' names first (which hold every home alias), so a name that is none, almost every
    /// one, makes no string.
    /// </summary>
    internal bool IsHomeAlias(ReadOnlySpan<char> written, string countryPlaceId, out string? entity)
    {
        if (written.Length > 128)
        {
            return IsHomeAlias(TextFold.Fold(written), countryPlaceId, out entity);
        }

        Span<char> folded = stackalloc char[written.Length];
        TextFold.FoldInto(written, folded);
        if (!_homeAliasNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded))
        {
            entity = null;
            return false;
        }

        return IsHomeAlias(new string(folded), countryPlaceId, out entity);
    }

    /// <summary>True when a single folded word is a known name (lets the tokenizer split "CabreraCuba").</summary>
    internal bool IsKnownSingleWord(string folded) => Aliases.HasSingleWord(folded);

    private void AddEntry(RegistryEntry entry)
    {
        if (!_entries.TryAdd(entry.Id, entry))
        {
            return;
        }

        Aliases.Add(entry.Name, entry.Id);
        foreach (var alias in entry.Aliases)
        {
            Aliases.Add(alias, entry.Id);
        }
    }

    private static string Slug(string name) => TextFold.Slug(name);
}
