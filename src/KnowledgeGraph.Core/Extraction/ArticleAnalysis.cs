using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction;

/// <summary>The state of one article while it is being extracted: lines, paragraphs, entities, statements.</summary>
internal sealed partial class ArticleAnalysis(EntityRegistry registry, string text)
{
    /// <summary>Paragraphs with more tokens than this are cut (with a warning) to keep work bounded per article.</summary>
    internal const int MaxTokensPerParagraph = 200_000;

    /// <summary>The largest scratch token list a thread keeps from one article to the next.</summary>
    private const int MaxKeptScratch = 1 << 16;

    /// <summary>This thread's scratch token list, reused article after article (each paragraph's tokens are copied out of it).</summary>
    [ThreadStatic]
    private static List<Token>? _scratch;

    public EntityRegistry Registry { get; } = registry;

    public string Text { get; } = text;

    public List<Paragraph> Paragraphs { get; } = [];

    public Dictionary<string, ArticleEntity> Entities { get; } = new(StringComparer.Ordinal);

    public List<string> Warnings { get; } = [];

    public List<ExtractedStatement> Statements { get; } = [];

    /// <summary>The country the article is mostly about (most mentions), used for "the Foreign Ministry".</summary>
    public string? DominantCountry { get; set; }

    /// <summary>
    /// How strongly the text names <see cref="DominantCountry"/>: 2 for each mention of one of its places, 1 for each of
    /// its people or bodies. One place named in passing weighs 2.
    /// </summary>
    public int DominantCountryWeight { get; set; }

    /// <summary>
    /// The country whose national domain publishes the article ("mofa.gov.pk" → Pakistan), a place id, or null for a
    /// generic domain. Read by names whose meaning depends on the article's country ("the Times", "the Foreign Office").
    /// </summary>
    public string? HomeCountry { get; set; }

    /// <summary>
    /// The publisher is its country's foreign ministry ("mofa.gov.pk", "mfa.gov.sg"): a press release there that speaks of
    /// "This Ministry" speaks for that ministry.
    /// </summary>
    public bool ForeignMinistrySite { get; set; }

    /// <summary>A news agency credited on a line of its own above the body ("IANS", "By AFP"): named in the text, so an entity.</summary>
    public Entities.Gazetteers.Outlet? HeaderAgency { get; set; }

    /// <summary>
    /// The page is an organisation's own press release, by its address ("…/press-release/…", "…/pressreleases/…",
    /// "…/media-release…") or a "Press Release(s)" line at its top: sentences after its issuer's first statement that
    /// name no speaker are still the issuer's.
    /// </summary>
    public bool PressRelease { get; set; }

    /// <summary>Whether the address or the opening of <paramref name="text"/> marks a press release.</summary>
    public static bool PressReleasePage(string? url, string text)
    {
        // A folder of releases ("/press-releases/…", "/pressrelease/…"), not a story's slug about fake press releases.
        var path = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath.ToLowerInvariant() : "";
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries).SkipLast(1))
        {
            if (segment is "press-release" or "press-releases" or "pressrelease" or "pressreleases" or "press_release" or "press_releases" or
                "media-release" or "media-releases" or "mediareleases")
            {
                return true;
            }
        }

        // A release wire's credit in the dateline ("DOYLESTOWN, Pa., Jan. 14 /PRNewswire/ --", "(BUSINESS WIRE)--").
        var top = text.AsSpan(0, Math.Min(text.Length, 1200));
        if (top.Contains("/PRNewswire", StringComparison.Ordinal) || top.Contains("(BUSINESS WIRE)", StringComparison.Ordinal) ||
            top.Contains("/CNW/", StringComparison.Ordinal) || top.Contains("(GLOBE NEWSWIRE)", StringComparison.Ordinal))
        {
            return true;
        }

        // A label line of its own near the top ("Press Releases|", "PRESS RELEASE", "Media release"), not a headline about
        // fake press releases.
        var lines = 0;
        foreach (var raw in text.AsSpan(0, Math.Min(text.Length, 600)).EnumerateLines())
        {
            var line = raw.Trim().TrimEnd("|:".AsSpan()).Trim();
            if (line.IndexOf(':') is var colon and > 0 && colon < 24 && colon + 1 < line.Length)
            {
                line = line[(colon + 1)..].Trim(); // "Release type: Media Release": the label's value
            }

            if (line.Equals("Press Release", StringComparison.OrdinalIgnoreCase) || line.Equals("Press Releases", StringComparison.OrdinalIgnoreCase) ||
                line.Equals("Media Release", StringComparison.OrdinalIgnoreCase) || line.Equals("Media Releases", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!raw.IsWhiteSpace() && ++lines >= 8)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="url"/>'s host opens with a foreign ministry's usual label ("mofa.", "mfa.", "www.mofa.").</summary>
    public static bool ForeignMinistryHost(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Host.StartsWith("mofa.", StringComparison.OrdinalIgnoreCase) || uri.Host.StartsWith("mfa.", StringComparison.OrdinalIgnoreCase) ||
         uri.Host.StartsWith("www.mofa.", StringComparison.OrdinalIgnoreCase) || uri.Host.StartsWith("www.mfa.", StringComparison.OrdinalIgnoreCase));

    /// <summary>The article's own country: the publisher's national domain, else the country it mentions most.</summary>
    public string? ArticleCountry => HomeCountry ?? DominantCountry;

    /// <summary>The country of a national web domain ("pk", "uk", "ug"), as a place of the article; null for a generic one.</summary>
    public string? CountryOfDomain(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host;
        var dot = host.LastIndexOf('.');
        var tld = dot < 0 ? "" : host[(dot + 1)..].ToLowerInvariant();
        if (tld.Length != 2 || Lexicon.Current.GenericCountryDomains.Contains(tld))
        {
            // "primenewsghana.com", "pakistantoday.com.pk": a site named after its country.
            var label = dot < 0 ? host : host[..dot];
            var start = label.LastIndexOf('.');
            var named = KnowledgeGraph.Extraction.Entities.Gazetteers.Gazetteer.Default.Places.CountryInHost(label[(start + 1)..].ToLowerInvariant());
            return named is null ? null : EnsureCountry(named.Name).Id;
        }

        // The United Kingdom's domain is the one that is not its ISO code.
        var country = KnowledgeGraph.Extraction.Entities.Gazetteers.Gazetteer.Default.Places.Country(tld == "uk" ? "GB" : tld.ToUpperInvariant());
        return country is null ? null : EnsureCountry(country.Name).Id;
    }

    /// <summary>The agency a wire dateline credits ("LAGOS (Reuters) -"): the text's own author, never an intermediary of it.</summary>
    public string? CreditedOutlet { get; set; }

    public void Tokenize(List<ArticleLine> lines)
    {
        var unpaired = 0;
        var cut = false;
        var scratch = _scratch ??= new List<Token>(1024);
        Func<string, bool> isKnownName = Registry.IsKnownSingleWord;
        foreach (var line in lines)
        {
            if (line.Role is not (LineRole.Content or LineRole.Heading))
            {
                continue;
            }

            // Tokens are read into one scratch list per article and copied into a list of exactly their number: a
            // guessed capacity per paragraph left about a quarter of every token array unused.
            scratch.Clear();
            Tokenizer.Tokenize(Text, line.Start, line.End, scratch, isKnownName);
            if (scratch.Count > MaxTokensPerParagraph)
            {
                scratch.RemoveRange(MaxTokensPerParagraph, scratch.Count - MaxTokensPerParagraph);
                cut = true;
            }

            var tokens = new List<Token>(scratch.Count);
            tokens.AddRange(scratch);

            var p = new Paragraph(line.Start, line.End, line.Role == LineRole.Heading, tokens) { InQuote = new bool[tokens.Count] };
            p.Quotes = SentenceSplitter.PairQuotes(tokens, p.InQuote, out var u);
            unpaired += u;
            p.Sentences = SentenceSplitter.Split(tokens, p.InQuote);
            Paragraphs.Add(p);
        }

        scratch.Clear();
        if (scratch.Capacity > MaxKeptScratch)
        {
            _scratch = null; // one huge paragraph does not keep its array for the thread's life
        }

        if (unpaired > 0)
        {
            Warnings.Add($"{unpaired} quotation mark(s) had no partner; text around them was read as unquoted.");
        }

        if (cut)
        {
            Warnings.Add($"A paragraph longer than {MaxTokensPerParagraph} tokens was cut; the rest of it was skipped.");
        }
    }

    public ArticleEntity Ensure(string id)
    {
        if (Entities.TryGetValue(id, out var e))
        {
            return e;
        }

        e = Registry.Get(id) is { } entry ? ArticleEntity.From(entry) : new ArticleEntity(id, KindOf(id), id);
        Entities[id] = e;
        return e;
    }

    public ArticleEntity EnsureDiscovered(DiscoveredName d)
    {
        var id = (d.Kind switch { EntityKind.Person => "person:", EntityKind.Place => "place:", _ => "institution:" }) +
            TextFold.Slug(d.Kind == EntityKind.Person ? InitialsApart(d.Name) : d.Name);
        if (Entities.TryGetValue(id, out var e))
        {
            return e;
        }

        e = Registry.Get(id) is { } entry ? ArticleEntity.From(entry) : new ArticleEntity(id, d.Kind, CollapseSpaces(d.Name));
        Entities[id] = e;
        return e;
    }

    /// <summary>
    /// "DK Shivakumar" → "D K Shivakumar": a person's initials written together as the first word, spelled apart, so the
    /// name is one person with "D K Shivakumar" and "D. K. Shivakumar".
    /// </summary>
    private static string InitialsApart(string name)
    {
        var space = name.IndexOf(' ');
        if (space is < 2 or > 3 || name.AsSpan(0, space).ContainsAnyExcept(Initials))
        {
            return name;
        }

        return string.Join(' ', name[..space].ToCharArray()) + name[space..];
    }

    private static readonly System.Buffers.SearchValues<char> Initials = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>
    /// The government of a country: the registry's, or for a country only the gazetteer knows ("Uganda", "Ugandan"),
    /// one made on first use and named as the registry names governments ("Government of Uganda"). Null for a place
    /// that is no country.
    /// </summary>
    public string? GovernmentOf(string placeId)
    {
        if (Registry.Get(placeId) is { } entry)
        {
            return entry.GovernmentId;
        }

        return Entities.TryGetValue(placeId, out var place) && place.Type == CountryType ? EnsureGovernment(place, place.Name, placeId) : null;
    }

    /// <summary>
    /// The own government of a state, province or region the article names ("the Kerala government", "the Texas state
    /// government"), not its country's: made on first use as "Government of Kerala". Null for a place that is none.
    /// </summary>
    public string? StateGovernmentOf(string placeId)
    {
        return Entities.TryGetValue(placeId, out var place) && IsSubdivision(place) ? EnsureGovernment(place, place.Country, place.CountryPlaceId) : null;
    }

    /// <summary>"Government of &lt;place&gt;", made on first use, of the country given.</summary>
    private string EnsureGovernment(ArticleEntity place, string? country, string? countryPlaceId)
    {
        var id = "institution:government-of-" + TextFold.Slug(place.Name);
        if (!Entities.ContainsKey(id))
        {
            Entities[id] = new ArticleEntity(id, EntityKind.Institution, "Government of " + CountryNames.AfterOf(place.Name))
            {
                Type = "government", Country = country, CountryPlaceId = countryPlaceId,
            };
        }

        return id;
    }

    /// <summary>A place that is a country's state, province or region: the gazetteer's subdivisions, the registry's states.</summary>
    public static bool IsSubdivision(ArticleEntity place) => place.Kind == EntityKind.Place && place.Type is SubdivisionType or "state" or "province";

    /// <summary>
    /// The foreign ministry of a country: the registry's, or one made on first use and named as the registry names
    /// ministries ("Ministry of Foreign Affairs of Pakistan"). Null for a place that is no country.
    /// </summary>
    public string? ForeignMinistryOf(string placeId)
    {
        if (Registry.ForeignMinistryOf(placeId) is { } known)
        {
            return known;
        }

        var country = Registry.Get(placeId) is { } entry ? (entry.Type == CountryType ? entry.Name : null)
            : Entities.TryGetValue(placeId, out var place) && place.Type == CountryType ? place.Name : null;
        if (country is null)
        {
            return null;
        }

        var id = "institution:ministry-of-foreign-affairs-of-" + TextFold.Slug(country);
        if (!Entities.ContainsKey(id))
        {
            Entities[id] = new ArticleEntity(id, EntityKind.Institution, "Ministry of Foreign Affairs of " + country)
            {
                Type = "foreign-ministry", Country = country, CountryPlaceId = placeId,
            };
        }

        return id;
    }

    /// <summary>The country a demonym names ("Ugandan"): the registry's place, else the gazetteer's country as a place of the article.</summary>
    public string? CountryOfDemonym(string folded)
    {
        if (Registry.CountryOfDemonym(folded) is { } known)
        {
            return known;
        }

        return KnowledgeGraph.Extraction.Entities.Gazetteers.Gazetteer.Default.CountryOfDemonym(folded) is { } country ? EnsureCountry(country.Name).Id : null;
    }

    /// <summary>A country only the gazetteer knows, as a place of the article that stands for itself (and so has a government).</summary>
    public ArticleEntity EnsureCountry(string name)
    {
        var id = "place:" + TextFold.Slug(name);
        if (!Entities.TryGetValue(id, out var e))
        {
            e = Registry.Get(id) is { } entry ? ArticleEntity.From(entry) : new ArticleEntity(id, EntityKind.Place, name);
            Entities[id] = e;
        }

        if (Registry.Get(id) is null)
        {
            e.Type ??= CountryType;
            e.CountryPlaceId ??= id;
        }

        return e;
    }

    /// <summary>The type of a gazetteer country's place (the registry's countries carry theirs).</summary>
    internal const string CountryType = "country";

    /// <summary>The type of a place the gazetteer knows as a country's state, province or region.</summary>
    internal const string SubdivisionType = "subdivision";

    private static EntityKind KindOf(string id) =>
        id.StartsWith("person:", StringComparison.Ordinal) ? EntityKind.Person :
        id.StartsWith("place:", StringComparison.Ordinal) ? EntityKind.Place : EntityKind.Institution;

    private static string CollapseSpaces(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
