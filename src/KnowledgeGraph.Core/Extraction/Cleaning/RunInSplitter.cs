using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>
/// Splits a line that holds what a page shows on many lines (feeds deliver an article's body on one line) at the
/// places where the page would have broken it, so each piece is classified as a line of its own: page furniture that
/// has a recognisable shape (wire datelines, photo credits, date-and-time stamps, bylines, live-blog entry headers,
/// list bullets) and sentences that start without a stop before them (a headline or deck run into the lead). Pieces
/// are ranges of the original text; nothing is rewritten.
/// </summary>
internal static partial class RunInSplitter
{
    /// <summary>Lines with more words than this are looked at; shorter ones are a page's own lines already.</summary>
    internal const int MinWords = 60;

    private const string Months = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private const string NameWord = @"\p{Lu}[\p{L}'.\-]*";

    /// <summary>"… Good morning. BJ: I don't believe …": a transcript's initials label run into the line, after a stop or a dash.</summary>
    [GeneratedRegex(@"(?<=(?:^|[.?!,–—\-”’""]\s))\p{Lu}{2,3}:\s")]
    private static partial Regex RunInLabel();

    /// <summary>
    /// "AM: My first guest … Prime Minister - BJ: Good morning Andrew. AM: Good morning. …": a transcript whose turns run on
    /// one line, each opened by a speaker's initials; each turn starts a line of its own, as the page had it. At least
    /// three labels of two voices or more, so a lone "UK: …" is left alone.
    /// </summary>
    private static void FindRunInLabels(ReadOnlySpan<char> line, int start, List<int> cuts)
    {
        List<(int Index, string Label)>? found = null;
        foreach (var m in RunInLabel().EnumerateMatches(line))
        {
            (found ??= []).Add((m.Index, line.Slice(m.Index, m.Length - 2).ToString()));
        }

        if (found is null || found.Count < 3 || found.Select(f => f.Label).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return;
        }

        foreach (var (index, _) in found)
        {
            cuts.Add(start + index);
        }
    }

    /// <summary>"Sao Paulo (AFP) -", "NEW DELHI (AP) —", "LONDON, Feb 24 (Reuters) -", "OSHKOSH, Wis. (WFRV) –": a story starts.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:" + NameWord + @"\s){0,2}" + NameWord + @"(?:,\s\p{Lu}[\p{L}.]{1,9}(?:\s\d{1,2})?)?\s\(\p{Lu}[\p{L}&]{1,14}(?:\s\p{Lu}[\p{L}&]{1,14})?\)\s?[-\u2013\u2014]\s")]
    private static partial Regex Dateline();

    /// <summary>"New Delhi, May 3 (PTI) The …": a dated dateline whose agency's capitals close it with no mark before the text.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:" + NameWord + @"\s){0,2}" + NameWord + @",\s" + Months + @"\.?\s\d{1,2}\s\(\p{Lu}{2,6}\)\s(?=\p{Lu}\p{Ll})")]
    private static partial Regex DatedCredit();

    /// <summary>"(AFP Photo/Jane Roe)", "(X/AFP via Getty Images)", "(AFP/File)", "(Photo: Twitter)", one or several in a row.</summary>
    [GeneratedRegex(@"\((?:[^()/]{0,40}\p{Lu}[^()/]{0,40}/\s?\p{Lu}[^()]{0,50}|[^()]{0,40}\b(?:Photo|PHOTO|Image|IMAGE|Getty|Credit|Foto)\b[^()]{0,40})\)(?:\s?\((?:[^()/]{0,40}\p{Lu}[^()/]{0,40}/\s?\p{Lu}[^()]{0,50}|[^()]{0,40}\b(?:Photo|PHOTO|Image|IMAGE|Getty|Credit|Foto)\b[^()]{0,40})\))*")]
    private static partial Regex PhotoCredit();

    /// <summary>"© Jane Roe, AP": a credit under a picture (a name and at most one agency after a comma).</summary>
    [GeneratedRegex(@"\u00A9\s?(?:\d{4}\s)?" + NameWord + @"(?:\s" + NameWord + @"){0,2}(?:,\s?\p{Lu}[\p{L}]{0,15})?")]
    private static partial Regex CopyrightCredit();

    /// <summary>
    /// A date with a time: "Updated Sep 16, 2024 15:21 IST", "Thursday, December 26, 2024 | 02:03 PM", "February 24, 2010 /
    /// 4:19 PM / 9 years ago". A date alone is left to the text (prose has "on January 3, 2026").
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:Updated|Published|Posted|First [Pp]ublished|Last [Uu]pdated)\s?:?\s)?(?:\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:\b" + Months + @"\.?\s\d{1,2},?\s\d{4}|\b\d{1,2}\s" + Months + @"\.?,?\s\d{4})\s?[|/,]?\s?\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\b\.?)?(?:\s[A-Z]{2,4}\b)?(?:\s?/\s?\d{1,3}\s\p{Ll}+\sago\b)?")]
    private static partial Regex Stamp();

    /// <summary>
    /// "Today: March 4, 2026", "Published 4 March 2026", "3 mins read", "Thursday, March 5, 2026 by Jane Roe": a page's date,
    /// reading time or dated byline without a clock time.
    /// </summary>
    [GeneratedRegex(@"\b(?:Today|Updated|Published|Posted|Date|Last [Uu]pdated|First [Pp]ublished)\s?:\s?(?:(?:\b" + Months + @"\.?\s\d{1,2},?\s\d{4}|\b\d{1,2}\s" + Months + @"\.?,?\s\d{4})\s?)+|\b\d{1,2}\s(?:mins?|minutes?)\s(?:read|reading)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s(?:" + Months + @"\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s" + Months + @"\.?,?\s\d{4})\s[Bb]y\s\p{Lu}[\p{L}'\-]+\s\p{Lu}[\p{L}'\-]+")]
    private static partial Regex DateLabel();

    /// <summary>"07:58 , Jane Roe": the time and author heading an entry of a live blog.</summary>
    [GeneratedRegex(@"(?<![\d:.])\b\d{1,2}:\d{2}\s?,\s?\p{Lu}\p{Ll}+\s\p{Lu}[\p{Ll}'\-]+")]
    private static partial Regex LiveEntry();

    /// <summary>"Authored by: ", "Written by ": a byline's opening; the name after it is read word by word.</summary>
    [GeneratedRegex(@"\b(?:Authored|Written|Reported|Posted)\s[Bb]y:?\s")]
    private static partial Regex BylineOpening();

    /// <summary>Adds the pieces of text[start..end) (trimmed, in order, never empty) to <paramref name="into"/>.</summary>
    public static void Split(string text, int start, int end, List<(int Start, int End)> into)
    {
        var line = text.AsSpan(start, end - start);
        var cuts = new List<int>();
        // The two costly expressions run only around what they must contain: a bracket closed before a dash, a clock time.
        foreach (var (index, _) in Around(Dateline(), text, start, end, DatelineCredits(line)))
        {
            cuts.Add(index);
        }

        foreach (var (index, length) in Around(DatedCredit(), text, start, end, BareCredits(line)))
        {
            cuts.Add(index);
            cuts.Add(index + length); // the text after it starts a line of its own
        }

        foreach (var (index, length) in Around(Stamp(), text, start, end, ClockTimes(line)))
        {
            cuts.Add(index);
            cuts.Add(index + length);
        }

        foreach (var m in PhotoCredit().EnumerateMatches(line))
        {
            cuts.Add(start + m.Index + m.Length); // the caption before the credit stays with it, as on its own line
        }

        foreach (var regex in (ReadOnlySpan<Regex>)[CopyrightCredit(), DateLabel(), LiveEntry()])
        {
            foreach (var m in regex.EnumerateMatches(line))
            {
                cuts.Add(start + m.Index);
                cuts.Add(start + m.Index + m.Length);
            }
        }

        foreach (var m in BylineOpening().EnumerateMatches(line))
        {
            cuts.Add(start + m.Index);
            cuts.Add(BylineEnd(text, start + m.Index + m.Length, end));
        }

        for (var i = line.IndexOf('\u2022'); i >= 0; i = line[(i + 1)..].IndexOf('\u2022') is var k and >= 0 ? i + 1 + k : -1)
        {
            cuts.Add(start + i); // a list's bullet
        }

        FindRunInLabels(line, start, cuts);
        FindTailMarkers(text, start, end, cuts);
        FindGluedLinks(text, start, end, cuts);
        FindSentenceStarts(text, start, end, cuts);
        cuts.RemoveAll(cut => InsideCurlyQuotation(text, start, cut)); // a long quoted paragraph stays whole: “… what I believe …”
        cuts.Add(end);
        cuts.Sort();
        var from = start;
        foreach (var cut in cuts)
        {
            if (cut > from && cut <= end)
            {
                // Words with no stop right before furniture are a heading of their own ("… the scandal. Minister
                // denies claims 08:01 , Jane Roe"): the page had them on a line of their own.
                if (cut < end && UnterminatedTail(text, from, cut) is var tail and > 0)
                {
                    Add(text, from, tail, into);
                    from = tail;
                }

                Add(text, from, cut, into);
                from = cut;
            }
        }
    }

    /// <summary>Position <paramref name="at"/> lies after a “ that no ” closes before it (curly marks only: straight ones may be strays).</summary>
    private static bool InsideCurlyQuotation(string text, int start, int at)
    {
        var open = false;
        for (var i = start; i < at && i < text.Length; i++)
        {
            if (text[i] == '\u201C')
            {
                open = true;
            }
            else if (text[i] == '\u201D')
            {
                open = false;
            }
        }

        return open;
    }

    /// <summary>
    /// Where the last sentence of text[from..to) starts when it has no closing stop and few words (a heading), after an
    /// earlier sentence that closes with one; -1 otherwise.
    /// </summary>
    private static int UnterminatedTail(string text, int from, int to)
    {
        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to <= from || text[to - 1] is '.' or '!' or '?' or '"' or '\u201D' or '\'' or '\u2019' or ')' or ':' or ';' or ',' or '\u2026')
        {
            return -1;
        }

        var words = 0;
        for (var i = to - 1; i > from + 1 && words <= DocumentCleaner.MaxHeadingWords; i--)
        {
            if (text[i] != ' ')
            {
                continue;
            }

            words++;
            var stop = i - 1;
            if (text[stop] is '"' or '\u201D' or '\'' or '\u2019')
            {
                stop--;
            }

            if (stop > from && text[stop] is '.' or '!' or '?' && i + 1 < to && char.IsUpper(text[i + 1]) && char.IsLower(text[stop - 1]))
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>Characters looked at before and after an anchor: a dateline's or a stamp's longest reach on either side.</summary>
    private const int Reach = 72;

    /// <summary>Matches of <paramref name="regex"/> in windows around the anchors (offsets into the line), in text offsets.</summary>
    private static List<(int Index, int Length)> Around(Regex regex, string text, int start, int end, List<int> anchors)
    {
        var found = new List<(int, int)>();
        var covered = start;
        foreach (var anchor in anchors)
        {
            var at = start + anchor;
            if (at < covered)
            {
                continue; // inside the last match
            }

            // The window opens after a space (or at the line's start), as a match's look-behind would see it.
            var from = Math.Max(start, at - Reach);
            while (from > start && from < at && text[from - 1] != ' ')
            {
                from++;
            }

            var to = Math.Min(end, at + Reach);
            foreach (var m in regex.EnumerateMatches(text.AsSpan(from, to - from)))
            {
                if (from + m.Index >= covered)
                {
                    found.Add((from + m.Index, m.Length));
                    covered = from + m.Index + m.Length;
                }
            }
        }

        return found;
    }

    /// <summary>Offsets of "(" that a ")" closes within a few words, followed by a dash: a wire dateline's credit.</summary>
    private static List<int> DatelineCredits(ReadOnlySpan<char> line)
    {
        var anchors = new List<int>();
        for (var i = line.IndexOf('('); i >= 0; i = line[(i + 1)..].IndexOf('(') is var k and >= 0 ? i + 1 + k : -1)
        {
            var close = line[i..Math.Min(line.Length, i + 32)].IndexOf(')');
            var dash = i + close + 1 < line.Length && line[i + close + 1] == ' ' ? i + close + 2 : i + close + 1;
            if (close > 0 && dash < line.Length && line[dash] is '-' or '\u2013' or '\u2014')
            {
                anchors.Add(i);
            }
        }

        return anchors;
    }

    /// <summary>Offsets of "(" before two to six capitals, ")" and a space: an agency's credit with no mark after it.</summary>
    private static List<int> BareCredits(ReadOnlySpan<char> line)
    {
        var anchors = new List<int>();
        for (var i = line.IndexOf('('); i >= 0; i = line[(i + 1)..].IndexOf('(') is var k and >= 0 ? i + 1 + k : -1)
        {
            var j = i + 1;
            while (j < line.Length && j - i <= 7 && char.IsUpper(line[j]))
            {
                j++;
            }

            if (j - i >= 3 && j + 2 < line.Length && line[j] == ')' && line[j + 1] == ' ' && char.IsUpper(line[j + 2]))
            {
                anchors.Add(i);
            }
        }

        return anchors;
    }

    /// <summary>Offsets of clock times ("15:21"): every stamp has one.</summary>
    private static List<int> ClockTimes(ReadOnlySpan<char> line)
    {
        var anchors = new List<int>();
        for (var i = line.IndexOf(':'); i >= 0; i = line[(i + 1)..].IndexOf(':') is var k and >= 0 ? i + 1 + k : -1)
        {
            if (i > 0 && char.IsAsciiDigit(line[i - 1]) && i + 2 < line.Length && char.IsAsciiDigit(line[i + 1]) && char.IsAsciiDigit(line[i + 2]))
            {
                anchors.Add(i);
            }
        }

        return anchors;
    }

    /// <summary>After "Authored by:", the name: up to four capitalised words or initials, not a stamp's first word.</summary>
    private static int BylineEnd(string text, int from, int end)
    {
        var at = from;
        for (var words = 0; words < 4; words++)
        {
            var w = at;
            while (w < end && !char.IsWhiteSpace(text[w]))
            {
                w++;
            }

            var word = text.AsSpan(at, w - at);
            if (word.IsEmpty || !char.IsUpper(word[0]) || word is "Updated" or "Published" or "Posted" or "First" or "Last" or "On")
            {
                break;
            }

            at = w;
            while (at < end && text[at] == ' ')
            {
                at++;
            }
        }

        return at;
    }

    private static void Add(string text, int from, int to, List<(int Start, int End)> into)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to > from)
        {
            into.Add((from, to));
        }
    }
}
