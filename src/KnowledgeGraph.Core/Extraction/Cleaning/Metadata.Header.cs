using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>Header and footer reading: which line is the headline, which the site name, which the copyright.</summary>
internal static partial class Metadata
{
    /// <summary>Reads metadata from the classified lines; marks the headline line as a heading.</summary>
    public static ArticleMetadata Read(string text, List<ArticleLine> lines)
    {
        string? title = null, publisher = null, siteName = null, wire = null, url = null, date = null, author = null;
        var candidates = 0;
        for (var i = 0; i < lines.Count && candidates < 8; i++)
        {
            var line = lines[i];
            var s = text.Substring(line.Start, Math.Min(line.Length, 400));
            url ??= TryUrl(s);
            if (line.Role == LineRole.Metadata)
            {
                if (date is null && TryDate(s, out var iso))
                {
                    date = iso;
                }

                author ??= TryAuthor(s);
                wire ??= WireCredit(s); // "By Jane Roe New Delhi, May 3 (PTI)": a byline closed by a dated credit
                continue;
            }

            if (line.Role == LineRole.Boilerplate)
            {
                continue;
            }

            candidates++;
            wire ??= WireCredit(s);

            var words = SpaceSeparatedWords(s);
            // An article delivered on one line: its headline runs into the lead or a caption with no stop ("Apple denies
            // second round of layoff rumors Valleywag has reported …"), maybe after a section label ("Health WHO refutes
            // …"); the address's slug says where the headline starts and ends.
            if (title is null && url is not null && line.Role == LineRole.Content && SlugHeadlineEnd(text, line, url, out var headStart) is var end and > 0 &&
                end < line.End)
            {
                var bodyStart = end;
                while (bodyStart < line.End && char.IsWhiteSpace(text[bodyStart]))
                {
                    bodyStart++;
                }

                title = text[headStart..end];
                lines[i] = new ArticleLine(headStart, end, LineRole.Heading);
                lines.Insert(i + 1, new ArticleLine(bodyStart, line.End, LineRole.Content));
                if (headStart > line.Start)
                {
                    var labelEnd = headStart;
                    while (labelEnd > line.Start && char.IsWhiteSpace(text[labelEnd - 1]))
                    {
                        labelEnd--;
                    }

                    lines.Insert(i, new ArticleLine(line.Start, labelEnd, LineRole.Metadata));
                }

                break; // the body starts after the headline
            }

            if (words > 30)
            {
                break; // the body has started: no headline above it
            }

            // ("Source:Reuters", "Photo:AFP": a label glued to its value is a credit, no site's name)
            if (siteName is null && title is null && words == 1 && s.Length <= 40 && char.IsUpper(s[0]) && s.TrimEnd(':').IndexOf(':') < 0)
            {
                // a lone site name above the headline ("CubaHeadlines"); a plain word there ("Sport", "Business") is the
                // section's label, no publisher, unless an outlet has that name
                var folded = TextFold.Fold(s.TrimEnd(':'));
                siteName = Gazetteer.Default.Words.Contains(folded) && Gazetteer.Default.Outlets.OfCredit(s) is null ? null : s;
                lines[i] = line with { Role = LineRole.Metadata };
                continue;
            }

            // "Nation & World", "Arts & Culture" above the headline: a section's label of plain words joined by an ampersand,
            // no outlet's or anyone's name.
            if (title is null && words is >= 3 and <= 5 && s.Length <= 40 && SectionLabel(s))
            {
                lines[i] = line with { Role = LineRole.Metadata };
                continue;
            }

            if (title is null && words >= 3 && (line.Role == LineRole.Heading || IsRepeated(text, lines, i)))
            {
                title = s.Trim();
                lines[i] = line with { Role = LineRole.Heading };
            }
        }

        // With an address: the outlet that publishes on its host, else the host's own name (a lone word above the headline is
        // as often a section label as a site name). Without one: what the page calls itself, its copyright holder, or the
        // wire agency a dateline or credit line names ("HAVANA (AP) —", "— Reuters").
        publisher = url is not null
            ? Gazetteer.Default.Outlets.OfHost(url)?.Name ?? NameWrittenForHost(text, url) ?? SiteNameOfHost(url)
            : siteName ?? CopyrightHolder(text, lines) ?? wire ?? ClosingCredit(text, lines);
        return new ArticleMetadata(title, publisher, url, date, author);
    }

    /// <summary>
    /// A news agency credited on a line of its own above the body: the line alone ("IANS"), its last part after a bar
    /// ("Posted on Aug 12 2014 | IANS") or a byline's name ("By AFP"); null when no line of the header credits one. The
    /// agency is named in the text (an entity), whatever the page's publisher.
    /// </summary>
    public static Outlet? HeaderAgency(string text, List<ArticleLine> lines)
    {
        for (var i = 0; i < lines.Count && i < 12; i++)
        {
            var line = lines[i];
            if (line.Role is LineRole.Content && SpaceSeparatedWords(text.AsSpan(line.Start, Math.Min(line.Length, 400))) > 30)
            {
                return null; // the body has started
            }

            if (line.Role is not (LineRole.Metadata or LineRole.Boilerplate) || line.Length > 120)
            {
                continue;
            }

            var s = text.AsSpan(line.Start, line.Length).Trim();
            var bar = s.LastIndexOf('|');
            var part = bar >= 0 ? s[(bar + 1)..].Trim() : s;
            if (part.StartsWith("By ", StringComparison.Ordinal) || part.StartsWith("by ", StringComparison.Ordinal))
            {
                part = part[3..].Trim();
            }

            if (part.Length is > 1 and <= 40 && Gazetteer.Default.Outlets.OfCredit(part) is { Type: OutletType.NewsAgency } agency)
            {
                return agency;
            }
        }

        return null;
    }

    /// <summary>Capitalised plain English words with one "&amp;" between them ("Nation &amp; World", "Arts &amp; Culture").</summary>
    private static bool SectionLabel(string line)
    {
        var parts = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ampersands = 0;
        foreach (var part in parts)
        {
            if (part == "&")
            {
                ampersands++;
                continue;
            }

            if (!char.IsUpper(part[0]) || !part.All(char.IsLetter) || !Gazetteer.Default.Words.Contains(TextFold.Fold(part)))
            {
                return false;
            }
        }

        return ampersands == 1 && parts[0] != "&" && parts[^1] != "&";
    }

    /// <summary>The number of runs between spaces, as <c>s.Split(' ', RemoveEmptyEntries).Length</c> counts them, without the strings.</summary>
    private static int SpaceSeparatedWords(ReadOnlySpan<char> s)
    {
        var count = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The agency a wire dateline credits ("LONDON, Feb 24 (Reuters) -"), by the outlet table or as written.</summary>
    private static string? WireCredit(string line)
    {
        // The dateline's credit is in brackets: lines without one are not given to the regular expression.
        if (!(line.Contains('(') || line.Contains('/')) || WireDateline().Match(line) is not { Success: true } dateline)
        {
            return null;
        }

        var credited = dateline.Groups.Values.Skip(1).First(g => g.Success).Value.Trim();
        return Gazetteer.Default.Outlets.OfCredit(credited)?.Name ?? credited;
    }

    /// <summary>A credit line near the end ("— AFP", "(Reuters)"), for pages that name their wire only there.</summary>
    private static string? ClosingCredit(string text, List<ArticleLine> lines)
    {
        for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 5; i--)
        {
            var line = lines[i];
            if (line.Length <= 60 && Gazetteer.Default.Outlets.FindCredit(text.AsSpan(line.Start, line.Length)) is { } credit)
            {
                return credit.Outlet.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// The registrable part of a URL's host, as readers name a site they do not know ("https://production.guardian.co.tt/…"
    /// → "guardian.co.tt", "https://1375.topnews.com/…" → "topnews.com"), with the subdomain on a hosting platform
    /// ("celebritynation.blogspot.com").
    /// </summary>
    internal static string? SiteOfHost(string url)
    {
        var rest = url.AsSpan();
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            rest = rest[(scheme + 3)..];
        }

        var end = rest.IndexOfAny('/', '?', '#');
        var host = (end >= 0 ? rest[..end] : rest).ToString().ToLowerInvariant();
        var colon = host.IndexOf(':', StringComparison.Ordinal);
        host = colon >= 0 ? host[..colon] : host;
        var labels = host.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length < 2 || labels.All(l => l.All(char.IsAsciiDigit)))
        {
            return null;
        }

        // "co.uk", "com.au", "org.tt": a country code under a generic second level takes three labels.
        var keep = labels.Length >= 3 && labels[^1].Length == 2 && labels[^2] is "co" or "com" or "org" or "net" or "gov" or "ac" or "edu" or "gob" or "nic" ? 3 : 2;
        // "celebritynation.blogspot.com": on a hosting platform the site is the subdomain.
        if (labels.Length > keep && labels[^(keep + 1)] != "www" && Lexicon.Current.PlatformHosts.Contains(string.Join('.', labels[^keep..])))
        {
            keep++;
        }

        return string.Join('.', labels[^keep..]);
    }

    /// <summary>
    /// The site's name as its own page writes it: capitalised words (one to five, "The" included) whose letters spell the
    /// host's first label ("China Gate" for chinagate.cn, "Muranga Newspaper" for muranganewspaper.co.ke, "The Hindu
    /// BusinessLine" for thehindubusinessline.com), with the host beside it; null when the text never writes it so.
    /// </summary>
    internal static string? NameWrittenForHost(string text, string url)
    {
        if (SiteOfHost(url) is not { } host)
        {
            return null;
        }

        var dot = host.IndexOf('.', StringComparison.Ordinal);
        if (dot < 4)
        {
            return null;
        }

        var label = host[..dot];
        if (!label.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        foreach (System.Text.RegularExpressions.Match m in CapitalisedRun().Matches(text))
        {
            // (most runs have too few or too many letters and digits to spell the label: counted before anything is folded)
            var count = 0;
            foreach (var c in m.ValueSpan)
            {
                count += char.IsLetterOrDigit(c) ? 1 : 0;
            }

            if (count != label.Length && count != label.Length + 3)
            {
                continue;
            }

            var letters = new System.Text.StringBuilder(m.Length);
            foreach (var c in TextFold.Fold(m.Value))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    letters.Append(c);
                }
            }

            // the whole run, or the run without its opening "The" ("The Irish Times" for irishtimes.com)
            var joined = letters.ToString();
            if (joined == label || (joined.StartsWith("the", StringComparison.Ordinal) && joined[3..] == label && m.Value.StartsWith("The ", StringComparison.Ordinal)))
            {
                var name = (joined == label ? m.Value : m.Value[4..]).TrimEnd('.', '\'', '\u2019');
                // (one word written as the label is, "Urdupoint", adds nothing to the host's own reading)
                return name.Contains(' ', StringComparison.Ordinal) || name.Skip(1).Any(char.IsUpper) ? $"{name} ({host})" : null;
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Z][A-Za-z0-9'’&.]*(?:[ -][A-Z][A-Za-z0-9'’&.]*){0,4}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CapitalisedRun();

    /// <summary>
    /// A site the outlet table does not know, named by its host: the words of the host's first label in title case, then
    /// the host ("footballnewsfeed.com" → "Football News Feed (footballnewsfeed.com)", "cityam.com" → "City AM
    /// (cityam.com)"), or the host alone when its label is no run of words ("courant.com"). The name is a reading of the
    /// address, so the address stays beside it.
    /// </summary>
    internal static string? SiteNameOfHost(string url)
    {
        if (SiteOfHost(url) is not { } host)
        {
            return null;
        }

        var words = new List<string>();
        var known = 0;
        foreach (var whole in host[..host.IndexOf('.', StringComparison.Ordinal)].Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            // "3newsnow": a channel's number opening the label is a word of its own ("3 News Now").
            var digits = 0;
            while (digits < whole.Length - 1 && char.IsAsciiDigit(whole[digits]))
            {
                digits++;
            }

            var piece = whole[digits..];
            if (digits > 0)
            {
                words.Add(whole[..digits]);
            }

            // "actionnews5": a channel's number closing the label is a word of its own too ("Action News 5").
            var number = piece.Length;
            while (number > 1 && char.IsAsciiDigit(piece[number - 1]))
            {
                number--;
            }

            var closing = piece[number..];
            piece = piece[..number];
            if (Gazetteer.Default.WordsOfHostLabel(piece) is { } split)
            {
                words.AddRange(split);
                known += split.Count;
            }
            else if (Gazetteer.Default.WordsOfHostLabelAroundName(piece) is { } around)
            {
                // "fbcnews" → FBC News, "barakafm" → Baraka FM: a name that is no word beside the outlet's words
                // ("arnnewscentre" → ARN News Centre: the letters that are no word, three or fewer or without a vowel, are an abbreviation)
                words.AddRange(around.Select(w => (w.Length <= 3 || !w.Any(c => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')) && !Gazetteer.Default.Words.Contains(w) ? w.ToUpperInvariant() : w));
                known += around.Count - 1;
            }
            else
            {
                words.Add(piece);
                known += piece.Length >= 3 && Gazetteer.Default.Words.Contains(piece) ? 1 : 0;
            }

            if (closing.Length > 0)
            {
                words.Add(closing);
            }
        }

        if (words.Count < 2 || known == 0)
        {
            return host;
        }

        // Letters that are no word are read as an abbreviation ("ET", "AM"); a place written without its spaces gets them
        // back ("San Diego Red"); "of", "and", "the" inside the name stay lower case ("Times of Malta").
        var name = string.Join(' ', words.Select((w, i) =>
            Gazetteer.Default.Places.NameOfJoined(w) is { } place ? place :
            i > 0 && w is "of" or "and" or "the" or "for" or "in" or "on" ? w :
            w.Length <= 2 && !Lexicon.Current.ShortWords.Contains(w) ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));
        return $"{name} ({host})";
    }

    /// <summary>
    /// Where the headline ends in a line that runs it into the lead: the words of the address's slug
    /// ("…/apple-denies-second-round-of-layoff-rumors/") read in order from the start of the line, passing over the few
    /// words a slug drops or adds ("that", "the"), end at the slug's last word. Returns the offset after that word, or -1 when
    /// the slug is not the line's opening (too short, a number, or another wording).
    /// </summary>
    internal static int SlugHeadlineEnd(string text, ArticleLine line, string url, out int start)
    {
        start = line.Start;
        var slug = SlugWords(url);
        if (slug.Count < 3)
        {
            return -1;
        }

        var leading = 0;
        var j = 0;
        var skipped = 0;
        var missing = 0;
        var end = -1;
        var k = line.Start;
        var limit = Math.Min(line.End, line.Start + 400);
        while (k < limit && j < slug.Count)
        {
            while (k < limit && !char.IsLetterOrDigit(text[k]))
            {
                k++;
            }

            var w = k;
            while (w < limit && (char.IsLetterOrDigit(text[w]) || text[w] is '\'' or '\u2019'))
            {
                w++;
            }

            if (w == k)
            {
                break;
            }

            var word = TextFold.Fold(text.AsSpan(k, w - k)).Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);
            var ahead = word == slug[j] ? 0 : j + 1 < slug.Count && word == slug[j + 1] ? 1 : j + 2 < slug.Count && word == slug[j + 2] ? 2 : -1;
            if (ahead >= 0 && (missing += ahead) <= 2)
            {
                start = j == 0 ? k : start;
                j += ahead + 1; // a slug word or two the line does not have ("that", "the") are passed over
                end = w;
                skipped = 0;
            }
            else if (j == 0 && ++leading <= MaxLabelWords)
            {
                missing = 0; // a section label or kicker before the headline ("Health", "'In her words':")
            }
            else if (j == 0 || ++skipped > 2)
            {
                return -1; // the line does not open with the slug's words
            }

            k = w;
        }

        // ("…/soccer-england-leeds-id…" against "Feb 1 English Championship team Leeds United, …": one slug word found after
        // two passed over reads no headline)
        return j == slug.Count && slug.Count - missing >= MinSlugWords ? end : -1;
    }

    /// <summary>The fewest slug words a headline run into its lead must show.</summary>
    private const int MinSlugWords = 3;

    /// <summary>Words of a section label or kicker that may stand before a headline on its line.</summary>
    private const int MaxLabelWords = 6;

    /// <summary>The words of the longest path segment of an address, without a trailing number or file suffix.</summary>
    private static List<string> SlugWords(string url)
    {
        var path = url;
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        path = scheme >= 0 ? path[(scheme + 3)..] : path;
        var cut = path.IndexOfAny(['?', '#']);
        path = cut >= 0 ? path[..cut] : path;
        var segment = path.Split('/').Skip(1).OrderByDescending(x => x.Count(c => c == '-')).FirstOrDefault() ?? "";
        var dot = segment.LastIndexOf('.');
        segment = dot > 0 ? segment[..dot] : segment;
        var words = segment.ToLowerInvariant().Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && words[^1].All(char.IsAsciiLetterOrDigit) && words[^1].Any(char.IsAsciiDigit))
        {
            words.RemoveAt(words.Count - 1); // "…-205513674", "…-idUSTRE61N1JE20100224"
        }

        return words.All(w => w.All(char.IsAsciiLetterOrDigit)) ? words : [];
    }

    private static bool IsRepeated(string text, List<ArticleLine> lines, int index)
    {
        var key = TextFold.Fold(text.AsSpan(lines[index].Start, lines[index].Length));
        for (var j = index + 1; j < lines.Count && j < index + 40; j++)
        {
            if (lines[j].Length == lines[index].Length && TextFold.Fold(text.AsSpan(lines[j].Start, lines[j].Length)) == key)
            {
                return true;
            }
        }

        // A headline-length line ending in a full stop, followed by a short line, still reads as a headline when repeated later.
        return false;
    }

    /// <summary>"© CubaHeadlines 2026" / "© 2026 Example News" → the holder.</summary>
    private static string? CopyrightHolder(string text, List<ArticleLine> lines)
    {
        for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 15; i--)
        {
            var line = lines[i];
            if (line.Length > 80)
            {
                continue;
            }

            var s = text.Substring(line.Start, line.Length);
            var at = s.IndexOf('\u00A9', StringComparison.Ordinal);
            if (at < 0 || (at > 0 && !s.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var holder = string.Join(' ', s[(at + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !(w.Length == 4 && w.All(char.IsDigit)) && !w.Equals("Copyright", StringComparison.OrdinalIgnoreCase)))
                .Trim(' ', '.', ',');
            var cut = holder.IndexOf(". All rights", StringComparison.OrdinalIgnoreCase);
            holder = cut >= 0 ? holder[..cut] : holder;
            if (holder.Length is > 1 and < 60)
            {
                return holder;
            }
        }

        return null;
    }
}
