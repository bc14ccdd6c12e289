using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>
/// News outlets and agencies (outlets.yaml): found by name in tokens (a trie), by web host (frozen dictionary, one probe
/// per host label) and by wire credit ("(AFP)", "— Reuters").
/// </summary>
public sealed partial class OutletTable
{
    private const int MaxCreditLength = 48;

    private readonly TokenTrie<Outlet> _names;
    private readonly FrozenDictionary<string, Outlet> _byId;
    private readonly FrozenDictionary<string, Outlet>.AlternateLookup<ReadOnlySpan<char>> _hosts;
    private readonly FrozenDictionary<string, Outlet>.AlternateLookup<ReadOnlySpan<char>> _credits;
    private readonly FrozenDictionary<string, Outlet>.AlternateLookup<ReadOnlySpan<char>> _upperCredits;

    private OutletTable(TokenTrie<Outlet> names, IEnumerable<Outlet> outlets, Dictionary<string, Outlet> hosts, Dictionary<string, Outlet> credits)
    {
        _names = names;
        _byId = outlets.ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
        _hosts = hosts.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _credits = credits.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        // "(REUTERS)": a credit set in capitals matches whatever case the table writes it in.
        var upper = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        foreach (var (credit, outlet) in credits)
        {
            upper.TryAdd(credit.ToUpperInvariant(), outlet);
        }

        _upperCredits = upper.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Outlets in the table.</summary>
    public int Count => _byId.Count;

    /// <summary>Every outlet, in no particular order.</summary>
    public IEnumerable<Outlet> Outlets => _byId.Values;

    /// <summary>The outlet with entity id <paramref name="id"/> ("institution:reuters"), or null.</summary>
    public Outlet? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The outlet that publishes on a host or URL ("https://edition.cnn.com/2026/…", "www.reuters.com", "uk.news.yahoo.com"):
    /// the host, then each parent domain, is looked up, so the longest listed domain wins. Null when none is listed.
    /// </summary>
    public Outlet? OfHost(ReadOnlySpan<char> hostOrUrl)
    {
        var host = HostOf(hostOrUrl);
        while (host.Contains('.'))
        {
            if (_hosts.TryGetValue(host, out var outlet))
            {
                return outlet;
            }

            host = host[(host.IndexOf('.') + 1)..];
        }

        return null;
    }

    /// <summary>
    /// The outlet a credit names, when the whole text is one: "(AFP)", "(Reuters)", "AFP —", "— Reuters", "(With AP)",
    /// "(AP/Reuters)" (the first listed outlet), "REUTERS". A photo credit ("AP Photo/…", "X/AFP via Getty Images") is not one.
    /// </summary>
    public Outlet? OfCredit(ReadOnlySpan<char> credit)
    {
        var s = TrimDashes(credit);
        if (s.Length > 1 && s[0] == '(' && s[^1] == ')')
        {
            s = s[1..^1].Trim();
        }

        if (s.StartsWith("with ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[5..].TrimStart();
        }

        if (s.IsEmpty || s.Length > MaxCreditLength)
        {
            return null;
        }

        foreach (var range in s.Split('/'))
        {
            var part = s[range].Trim();
            if (_credits.TryGetValue(part, out var outlet) || (IsUpper(part) && _upperCredits.TryGetValue(part, out outlet)))
            {
                return outlet;
            }
        }

        return null;
    }

    /// <summary>
    /// The first wire credit in one line of text (a dateline "HAVANA (AP) — …", "LONDON, Feb 24 (Reuters) -", a closing
    /// "— AFP", a line that is only "Reuters"), or null. Linear in the line; meant for the few lines where credits stand.
    /// </summary>
    public CreditMatch? FindCredit(ReadOnlySpan<char> line)
    {
        for (var open = line.IndexOf('('); open >= 0; open = NextIndex(line, '(', open + 1))
        {
            var close = line[open..].IndexOf(')');
            if (close < 0)
            {
                break;
            }

            if (close <= MaxCreditLength + 2 && OfCredit(line.Slice(open, close + 1)) is { } outlet)
            {
                return new CreditMatch(outlet, open, close + 1);
            }
        }

        var trimmed = line.TrimEnd();
        var dash = trimmed.LastIndexOfAny('—', '–', '-');
        if (dash >= 0 && trimmed.Length - dash <= MaxCreditLength && (dash == 0 || char.IsWhiteSpace(trimmed[dash - 1]))
            && OfCredit(trimmed[dash..]) is { } closing)
        {
            return new CreditMatch(closing, dash, trimmed.Length - dash);
        }

        var lead = line.IndexOfAny('—', '–');
        if (lead > 0 && lead <= MaxCreditLength && OfCredit(line[..(lead + 1)]) is { } opening)
        {
            return new CreditMatch(opening, 0, lead + 1);
        }

        var start = line.Length - line.TrimStart().Length;
        return trimmed.Length - start <= MaxCreditLength && OfCredit(trimmed) is { } whole
            ? new CreditMatch(whole, start, trimmed.Length - start)
            : null;
    }

    /// <summary>The longest outlet name or alias starting at token <paramref name="index"/> ("told the Associated Press").</summary>
    internal TrieMatch<Outlet> Match(List<Token> tokens, int index, int end) => _names.Match(tokens, index, end);

    /// <summary>An outlet whose name opens with "The", matched from the article in either case ("the Sun").</summary>
    internal TrieMatch<Outlet> MatchWithArticle(List<Token> tokens, int index, int end) => _names.MatchWithArticle(tokens, index, end);

    /// <summary>The outlet named by exactly tokens[start..end), or null.</summary>
    internal Outlet? NameOfSpan(List<Token> tokens, int start, int end) => _names.Exact(tokens, start, end)?[0];

    private static int NextIndex(ReadOnlySpan<char> line, char c, int from)
    {
        var i = line[from..].IndexOf(c);
        return i < 0 ? -1 : from + i;
    }

    private static ReadOnlySpan<char> HostOf(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        s = scheme >= 0 ? s[(scheme + 3)..] : s.StartsWith("//", StringComparison.Ordinal) ? s[2..] : s;
        var path = s.IndexOfAny('/', '?', '#');
        s = path >= 0 ? s[..path] : s;
        var at = s.LastIndexOf('@');
        s = at >= 0 ? s[(at + 1)..] : s;
        var port = s.IndexOf(':');
        return (port >= 0 ? s[..port] : s).TrimEnd('.');
    }

    private static ReadOnlySpan<char> TrimDashes(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        while (s.Length > 0 && s[0] is '—' or '–' or '-')
        {
            s = s[1..].TrimStart();
        }

        while (s.Length > 0 && s[^1] is '—' or '–' or '-')
        {
            s = s[..^1].TrimEnd();
        }

        return s;
    }

    private static bool IsUpper(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1;
    }
}
