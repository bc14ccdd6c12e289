using System.Collections.Frozen;
using System.Text;
using System.Globalization;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>
/// Countries, subdivisions and cities (places.tsv) and the demonyms of countries (demonyms.tsv): a token trie for the
/// longest place name at a position, and frozen dictionaries for codes and demonyms.
/// </summary>
public sealed class PlaceGazetteer
{
    internal static readonly string[] PlaceColumns = ["kind", "name", "country", "subdivision", "population", "flags", "aliases"];
    internal static readonly string[] DemonymColumns = ["demonym", "country", "source"];

    private readonly TokenTrie<Place> _names;
    private readonly FrozenDictionary<string, Place> _countries;
    private readonly FrozenDictionary<string, Place> _subdivisions;
    private readonly FrozenDictionary<string, Place>.AlternateLookup<ReadOnlySpan<char>> _demonyms;
    private readonly FrozenDictionary<string, string> _joinedNames;

    private PlaceGazetteer(TokenTrie<Place> names, FrozenDictionary<string, Place> countries, FrozenDictionary<string, Place> subdivisions,
        FrozenDictionary<string, Place> demonyms, int subdivisionCount, int cities, FrozenDictionary<string, string> joinedNames)
    {
        _joinedNames = joinedNames;
        _names = names;
        _countries = countries;
        _subdivisions = subdivisions;
        _demonyms = demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        DemonymCount = demonyms.Count;
        SubdivisionCount = subdivisionCount;
        CityCount = cities;
    }

    /// <summary>Countries and territories (ISO 3166-1).</summary>
    public int CountryCount => _countries.Count;

    /// <summary>Subdivisions (ISO 3166-2).</summary>
    public int SubdivisionCount { get; }

    /// <summary>Cities.</summary>
    public int CityCount { get; }

    /// <summary>Demonyms known.</summary>
    public int DemonymCount { get; }

    /// <summary>The country with ISO 3166-1 alpha-2 <paramref name="code"/> ("CU"), or null.</summary>
    public Place? Country(string code) => _countries.GetValueOrDefault(code);

    /// <summary>
    /// The country whose name (of five letters or more, spaces left out) a site's host name holds ("primenewsghana" →
    /// Ghana, "pakistantoday" → Pakistan); the longest when several do ("nigeria" over "niger"); null when none.
    /// </summary>
    public Place? CountryInHost(string label)
    {
        Place? best = null;
        var bestLength = 0;
        foreach (var (name, c) in _hostNames.Value)
        {
            if (name.Length > bestLength && label.Contains(name, StringComparison.Ordinal))
            {
                best = c;
                bestLength = name.Length;
            }
        }

        return best;
    }

    // Folded once: the country names of five letters or more, without their spaces, as a host name writes them.
    private Lazy<(string Name, Place Country)[]> _hostNames => _hostNamesField ??= new Lazy<(string, Place)[]>(() =>
        [.. _countries.Values.Select(c => (TextFold.Fold(c.Name).Replace(" ", "", StringComparison.Ordinal), c)).Where(x => x.Item1.Length >= 5)]);

    private Lazy<(string Name, Place Country)[]>? _hostNamesField;

    /// <summary>A place name of several words written as one, as in a host name ("sandiego", "losangeles").</summary>
    public bool IsJoinedName(string folded) => _joinedNames.ContainsKey(folded);

    /// <summary>The place name a run of letters writes without its spaces ("sandiego" → "San Diego"), or null.</summary>
    public string? NameOfJoined(string folded) => _joinedNames.GetValueOrDefault(folded);

    /// <summary>The subdivision with ISO 3166-2 code <paramref name="code"/> ("US-WI"), or null.</summary>
    public Place? Subdivision(string code) => _subdivisions.GetValueOrDefault(code);

    /// <summary>
    /// The country a folded demonym names ("cuban" → Cuba); a plural is tried without its "s" ("cubans"); null when the
    /// data has no such demonym (or two countries claim it, like "congolese").
    /// </summary>
    public Place? CountryOfDemonym(ReadOnlySpan<char> folded) =>
        _demonyms.TryGetValue(folded, out var place) ? place
        : folded.Length > 3 && folded[^1] == 's' && _demonyms.TryGetValue(folded[..^1], out place) ? place
        : null;

    /// <summary>
    /// The longest place name starting at token <paramref name="index"/> (before <paramref name="end"/>): its length in
    /// tokens and every place of that name, countries first, then subdivisions, then cities by population.
    /// </summary>
    internal TrieMatch<Place> Match(List<Token> tokens, int index, int end) => _names.Match(tokens, index, end);

    /// <summary>The places named by exactly tokens[start..end), best first, or null.</summary>
    internal Place[]? Exact(List<Token> tokens, int start, int end) => _names.Exact(tokens, start, end);

    internal static PlaceGazetteer Parse(string places, string placesFile, string demonyms, string demonymsFile)
    {
        var builder = new TokenTrie<Place>.Builder();
        var countries = new Dictionary<string, Place>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var subdivisions = new Dictionary<string, Place>(StringComparer.Ordinal);
        var joined = new Dictionary<string, string>(StringComparer.Ordinal);
        int subdivisionCount = 0, cities = 0;
        TsvTable.Read(places, placesFile, PlaceColumns, (f, line) =>
        {
            var place = ParsePlace(f, placesFile, line);
            var node = builder.Add(place.Name, place);
            if (place.Name.Contains(' ', StringComparison.Ordinal))
            {
                // "San Diego" → "sandiego", as a host writes it; the plain spelling kept over an accented variant ("Los Angeles")
                var key = TextFold.Fold(place.Name).Replace(" ", "", StringComparison.Ordinal);
                if (!joined.TryGetValue(key, out var kept) || (!Ascii.IsValid(kept) && Ascii.IsValid(place.Name)))
                {
                    joined[key] = place.Name;
                }
            }

            var entry = $"{place.Kind}|{node}|{place.CountryCode}|{place.SubdivisionCode}";
            if (!seen.TryAdd(entry, line))
            {
                throw new GazetteerDataException(placesFile, line, $"duplicate entry: {place.Kind} {place.Name} ({place.CountryCode}) is already on line {seen[entry]}.");
            }

            // Accent variants ("Türkiye", "Turkiye") fold to the same tokens: the builder keeps the place once under them.
            foreach (var alias in f[6].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                builder.Add(alias, place);
            }

            switch (place.Kind)
            {
                case PlaceKind.Country when !countries.TryAdd(place.CountryCode, place):
                    throw new GazetteerDataException(placesFile, line, $"duplicate entry: the country code {place.CountryCode} is already used.");
                case PlaceKind.Subdivision:
                    subdivisionCount++;
                    if (place.SubdivisionCode is { } code)
                    {
                        subdivisions.TryAdd(code, place); // the first row of a code is its name; later ones are its variants
                    }

                    break;
                case PlaceKind.City:
                    cities++;
                    break;
            }
        });

        var byDemonym = new Dictionary<string, Place>(StringComparer.Ordinal);
        var demonymLines = new Dictionary<string, int>(StringComparer.Ordinal);
        TsvTable.Read(demonyms, demonymsFile, DemonymColumns, (f, line) =>
        {
            var demonym = TsvTable.Required(f, 0, "demonym", demonymsFile, line);
            var country = countries.GetValueOrDefault(f[1])
                ?? throw new GazetteerDataException(demonymsFile, line, $"the country code '{f[1]}' is not a country in {placesFile}.");
            var folded = TextFold.Fold(demonym);
            if (!demonymLines.TryAdd(folded, line))
            {
                throw new GazetteerDataException(demonymsFile, line, $"duplicate entry: the demonym {demonym} is already on line {demonymLines[folded]}.");
            }

            byDemonym[folded] = country;
        });

        return new PlaceGazetteer(builder.Build(PlaceOrder.Instance), countries.ToFrozenDictionary(StringComparer.Ordinal),
            subdivisions.ToFrozenDictionary(StringComparer.Ordinal), byDemonym.ToFrozenDictionary(StringComparer.Ordinal), subdivisionCount, cities,
            joined.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static Place ParsePlace(string[] f, string file, int line)
    {
        var kind = f[0] switch
        {
            "country" => PlaceKind.Country,
            "subdivision" => PlaceKind.Subdivision,
            "city" => PlaceKind.City,
            _ => throw new GazetteerDataException(file, line, $"unknown kind '{f[0]}' (expected country, subdivision or city)."),
        };
        var name = TsvTable.Required(f, 1, "name", file, line);
        var country = f[2].Length == 2 && char.IsAsciiLetterUpper(f[2][0]) && char.IsAsciiLetterUpper(f[2][1])
            ? f[2]
            : throw new GazetteerDataException(file, line, $"the country '{f[2]}' is not an ISO 3166-1 alpha-2 code.");
        if (f[3].Length > 0 && !f[3].StartsWith(country + "-", StringComparison.Ordinal))
        {
            throw new GazetteerDataException(file, line, $"the subdivision '{f[3]}' is not an ISO 3166-2 code of {country}.");
        }

        if (!int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out var population))
        {
            throw new GazetteerDataException(file, line, $"the population '{f[4]}' is not a whole number.");
        }

        var flags = PlaceFlags.None;
        foreach (var c in f[5])
        {
            flags |= c switch
            {
                'c' => PlaceFlags.Capital,
                'a' => PlaceFlags.AdminSeat,
                'w' => PlaceFlags.CommonWord,
                _ => throw new GazetteerDataException(file, line, $"unknown flag '{c}' (expected c, a or w)."),
            };
        }

        return new Place(kind, name, country, f[3].Length > 0 ? f[3] : null, population, flags);
    }

    private sealed class PlaceOrder : IComparer<Place>
    {
        public static readonly PlaceOrder Instance = new();

        public int Compare(Place? x, Place? y) =>
            x!.Kind != y!.Kind ? x.Kind.CompareTo(y.Kind)
            : x.Population != y.Population ? y.Population.CompareTo(x.Population)
            : string.CompareOrdinal(x.CountryCode + x.Name, y.CountryCode + y.Name);
    }
}
