using System.Diagnostics;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>
/// The gazetteers the extraction uses to find and kind what the registry does not know: places (countries, subdivisions,
/// cities) and demonyms, given names and surnames, WordNet proper names, and news outlets. The shipped data is embedded in
/// the assembly and loaded once, on first use, by <see cref="Default"/>; <see cref="Load"/> reads the same six files from
/// a folder. Every lookup is a frozen-dictionary probe or a token-trie walk: nothing scans a list.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The data files, by the name they have in Data/gazetteers and in a folder given to <see cref="Load"/>.</summary>
    public static readonly IReadOnlyList<string> FileNames = [PlacesFile, DemonymsFile, NamesFile, WordNetFile, OutletsFile, WordsFile];

    private const string PlacesFile = "places.tsv";
    private const string DemonymsFile = "demonyms.tsv";
    private const string NamesFile = "names.tsv";
    private const string WordNetFile = "wordnet.tsv";
    private const string OutletsFile = "outlets.yaml";
    private const string WordsFile = "words.tsv";
    private const string ResourcePrefix = "KnowledgeGraph.Data.gazetteers.";

    private static readonly Lazy<Gazetteer> Shipped = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private Gazetteer(PlaceGazetteer places, NameList names, WordNetNames wordNet, OutletTable outlets, WordList words, TimeSpan loadTime)
    {
        Words = words;
        Places = places;
        Names = names;
        WordNet = wordNet;
        Outlets = outlets;
        LoadTime = loadTime;
    }

    /// <summary>The shipped gazetteers, loaded on first use (thread-safe; later calls return the same instance).</summary>
    public static Gazetteer Default => Shipped.Value;

    /// <summary>Countries, subdivisions, cities and demonyms.</summary>
    public PlaceGazetteer Places { get; }

    /// <summary>Given names and surnames.</summary>
    public NameList Names { get; }

    /// <summary>WordNet proper names of people, organisations and places.</summary>
    public WordNetNames WordNet { get; }

    /// <summary>Plain English words, for reading a site's name out of its host.</summary>
    public WordList Words { get; }

    /// <summary>News outlets and agencies.</summary>
    public OutletTable Outlets { get; }

    /// <summary>How long parsing and freezing the six files took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>True when the folded word is a given name ("miguel").</summary>
    public bool IsGivenName(ReadOnlySpan<char> folded) => Names.IsGivenName(folded);

    /// <summary>True when the folded word is a common surname ("garcia").</summary>
    public bool IsSurname(ReadOnlySpan<char> folded) => Names.IsSurname(folded);

    /// <summary>The country a folded demonym names ("cuban", "cubans" → Cuba), or null.</summary>
    public Place? CountryOfDemonym(ReadOnlySpan<char> folded) => Places.CountryOfDemonym(folded);

    /// <summary>
    /// The words of one label of a host name ("footballnewsfeed" → football, news, feed; "indiawest" → india, west),
    /// counting places and given names as words, or null when it does not split into words (<see cref="WordList.Split"/>).
    /// </summary>
    public IReadOnlyList<string>? WordsOfHostLabel(string label) => Words.Split(label, IsNameWord, OutletWord);

    /// <summary>
    /// The words of a host label that does not split into words alone: letters that are no word at one end, before or after
    /// words that hold an outlet's word ("fbc|news", "baraka|fm", "malay|mail", "arn|news|centre"; "business|daily|africa"),
    /// or up to four such letters before a country ("ckn|nigeria"). The unknown letters stand in the list as one word, in
    /// their place; null when no reading fits. The shortest known end wins ("malay|mail", not "ma|lay|mail"), and every word of it
    /// is known ("perseco|nd|news" is no reading).
    /// </summary>
    public IReadOnlyList<string>? WordsOfHostLabelAroundName(string label)
    {
        if (label.Length < 5 || !label.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        for (var known = 2; known <= label.Length - 2; known++)
        {
            // unknown letters first: "fbc" + "news"
            var (head, tail) = (label[..^known], label[^known..]);
            if (head.Length <= 8 && !KnownPiece(head) && KnownWords(tail) is { } after &&
                (after.Exists(OutletWord) || (head.Length <= 4 && after.Count == 1 && Places.Exact([new Token(0, tail.Length, TokenKind.Word, tail, true, false)], 0, 1) is { Length: > 0 } places &&
                 places[0].Kind == PlaceKind.Country)))
            {
                return [head, .. after];
            }

            // unknown letters last: "businessdaily" + "africa"
            (head, tail) = (label[known..], label[..known]);
            if (head.Length is >= 4 and <= 8 && !KnownPiece(head) && KnownWords(tail) is { Count: >= 2 } before && before.Exists(OutletWord))
            {
                return [.. before, head];
            }
        }

        return null;

        bool KnownPiece(string piece) => Words.Contains(piece) || IsNameWord(piece);

        List<string>? KnownWords(string piece) =>
            KnownPiece(piece) || OutletWord(piece) ? [piece] : WordsOfHostLabel(piece) is { } split && split.All(w => KnownPiece(w) || OutletWord(w)) ? [.. split] : null;
    }

    /// <summary>
    /// Besides the word list: short words, given names, places and peoples ("nigerian"), the words outlets are named with
    /// ("independent", "tribune"), a plural of a known word ("muslims"), a place of several words written as one
    /// ("sandiego|red") and "the" opening a name ("the|edge|search"). The
    /// outlets' words are also preferred in a tie, and their two-letter ones ("tv") stand before another of them.
    /// </summary>
    private bool IsNameWord(string folded)
    {
        List<Token> one = [new Token(0, folded.Length, TokenKind.Word, folded, true, false)];
        return (folded.Length == 2 ? Lexicon.Current.ShortWords.Contains(folded) : Names.IsGivenName(folded) || OutletWord(folded)) || folded == "the" ||
            (folded.Length >= 5 && folded[^1] == 's' && (Words.Contains(folded.AsSpan(0, folded.Length - 1)) || Places.CountryOfDemonym(folded.AsSpan(0, folded.Length - 1)) is not null)) ||
            Places.Exact(one, 0, 1) is { Length: > 0 } || Places.CountryOfDemonym(folded) is not null || Places.IsJoinedName(folded);
    }

    private static bool OutletWord(string folded) => Lexicon.Current.OutletNameHeads.Contains(folded) || Lexicon.Current.OutletNouns.Contains(folded);

    /// <summary>The outlet publishing on a host or URL, or null.</summary>
    public Outlet? OutletOfHost(ReadOnlySpan<char> hostOrUrl) => Outlets.OfHost(hostOrUrl);

    /// <summary>The longest place name at <paramref name="index"/>: token length and the places of that name, best first.</summary>
    internal TrieMatch<Place> MatchPlace(List<Token> tokens, int index, int end) => Places.Match(tokens, index, end);

    /// <summary>The WordNet kinds of exactly tokens[start..end) (a capitalised span the registry lacks).</summary>
    internal NameKinds KindOfSpan(List<Token> tokens, int start, int end) => WordNet.KindOfSpan(tokens, start, end);

    /// <summary>The longest outlet name or alias at <paramref name="index"/>.</summary>
    internal TrieMatch<Outlet> MatchOutlet(List<Token> tokens, int index, int end) => Outlets.Match(tokens, index, end);

    /// <summary>Loads the six files from <paramref name="directory"/>; the error names the file and line on bad input.</summary>
    public static Gazetteer Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Parse(name =>
        {
            var path = Path.Combine(directory, name);
            try
            {
                return (File.ReadAllText(path), path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new GazetteerDataException(path, 0, $"it could not be read: {ex.Message}", ex);
            }
        });
    }

    /// <summary>Parses the six files, each read by <paramref name="read"/> (its text and the name errors give it).</summary>
    internal static Gazetteer Parse(Func<string, (string Text, string Source)> read)
    {
        var clock = Stopwatch.StartNew();
        var (places, placesSource) = read(PlacesFile);
        var (demonyms, demonymsSource) = read(DemonymsFile);
        var placeGazetteer = PlaceGazetteer.Parse(places, placesSource, demonyms, demonymsSource);
        var (names, namesSource) = read(NamesFile);
        var (wordNet, wordNetSource) = read(WordNetFile);
        var (outlets, outletsSource) = read(OutletsFile);
        var outletTable = OutletTable.Parse(outlets, outletsSource, code => placeGazetteer.Country(code) is not null);
        var (words, wordsSource) = read(WordsFile);
        return new Gazetteer(placeGazetteer, NameList.Parse(names, namesSource), WordNetNames.Parse(wordNet, wordNetSource), outletTable,
            WordList.Parse(words, wordsSource), clock.Elapsed);
    }

    private static Gazetteer LoadEmbedded() => Parse(name =>
    {
        var resource = ResourcePrefix + name;
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded gazetteer resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return (reader.ReadToEnd(), "the embedded " + name);
    });
}
