using System.Buffers;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>
/// Classifies lines as content, heading, metadata or boilerplate without rewriting the text, so every offset
/// still indexes the original. Rules are about page furniture in general, not about any one site.
/// </summary>
internal static partial class DocumentCleaner
{
    /// <summary>Splits the text into trimmed lines and gives each a role.</summary>
    public static List<ArticleLine> Classify(string text)
    {
        var lines = SplitLines(text);
        var roles = new LineRole[lines.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var qa = QaState.None;
        var sawContent = false;
        var tail = false;
        var boxTail = false; // the tail began at a link box's label ("READ MORE"), which pages also set inside the story
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var span = text.AsSpan(start, end - start);
            // Furniture, captions and repeated headlines are short; running paragraphs are not folded at all.
            var key = span.Length <= 200 || (span.Length <= 600 && MayBeNotice(span)) ? TextFold.Fold(span) : null;
            if (tail && !(boxTail && ResumedBody(span)))
            {
                roles[i] = LineRole.Boilerplate;
                continue;
            }

            tail = false;

            if (qa != QaState.None)
            {
                var isQuestion = span.EndsWith("?");
                if (qa == QaState.AfterAnswer && !isQuestion)
                {
                    qa = QaState.None;
                }
                else
                {
                    qa = isQuestion ? QaState.AfterQuestion : QaState.AfterAnswer;
                    roles[i] = LineRole.Boilerplate;
                    continue;
                }
            }

            var role = Boilerplate.Classify(span, key, out var startsTail, out var startsQa);
            if (startsQa)
            {
                qa = QaState.AfterAnswer;
                roles[i] = LineRole.Boilerplate;
                continue;
            }

            if (startsTail && sawContent)
            {
                tail = true;
                boxTail = key is not null && Lexicon.Current.BoxMarkers.Contains(key.Trim(Boilerplate.TrimChars));
            }

            // "Simon:" alone on a line comes back at each of the voice's turns: a speaker's label, not a repeated caption.
            if (role is null && key is not null && key.Length > 0 && !SpeakerLabelLine(span) && !seen.Add(key))
            {
                role = LineRole.Boilerplate; // repeated headline or caption
            }

            // "PRIME MINISTER:" alone on its line is a transcript's label over the turn below it, not a heading in capitals.
            role ??= Metadata.IsMetadataLine(span) ? LineRole.Metadata : !SpeakerLabelLine(span) && IsHeading(span) ? LineRole.Heading : LineRole.Content;
            sawContent |= role == LineRole.Content;
            roles[i] = role.Value;
            if (i > 0 && key is { Length: > 0 } && roles[i - 1] is LineRole.Heading or LineRole.Content && Breadcrumbed(text, lines[i - 1], span))
            {
                roles[i - 1] = LineRole.Boilerplate; // "Home World News Uganda denies Ebola outbreak" over "Uganda denies Ebola outbreak"
            }
        }

        // "The Senate press corps also issued a statement strongly protesting the “unsubsta": the text's last line, cut off
        // inside a sentence, is running text when most of its words are in lower case (a headline or a link is not).
        if (lines.Count > 1 && sawContent && roles[^1] == LineRole.Heading && OpenEnded(text, lines[^1]) &&
            CutSentence(text.AsSpan(lines[^1].Start, lines[^1].End - lines[^1].Start)))
        {
            roles[^1] = LineRole.Content;
        }

        var result = new List<ArticleLine>(lines.Count);
        var hardWrapped = HardWrapped(text, lines, roles);
        for (var i = 0; i < lines.Count; i++)
        {
            var last = result.Count - 1;
            if (i > 0 && last >= 0 && result[last].End == lines[i - 1].End && Continues(text, lines[i - 1], lines[i], roles[i - 1], roles[i], hardWrapped))
            {
                // The sentence goes on: one paragraph over both lines (the text between them is whitespace).
                result[last] = new ArticleLine(result[last].Start, lines[i].End, LineRole.Content);
                continue;
            }

            result.Add(new ArticleLine(lines[i].Start, lines[i].End, roles[i]));
        }

        return result;
    }

    /// <summary>
    /// Line <paramref name="next"/> goes on with the sentence of line <paramref name="line"/>: a page whose links became
    /// lines of their own ("George Michael" / "has trashed reports that …, " / "Kenny Goss"), or a feed wrapped at a fixed
    /// width ("Pfizer has denied" / "allegations it over-charged …"). The line before ends with no closing mark, and the
    /// next opens in lower case, or the line before ends with a comma, or the whole text is hard-wrapped and a single
    /// line break parts the two.
    /// </summary>
    private static bool Continues(string text, (int Start, int End) line, (int Start, int End) next, LineRole role, LineRole nextRole, bool hardWrapped)
    {
        if (role is not (LineRole.Content or LineRole.Heading) || nextRole is not (LineRole.Content or LineRole.Heading))
        {
            return false;
        }

        if (!OpenEnded(text, line))
        {
            return QuotationGoesOn(text, line, next);
        }

        return char.IsLower(text[next.Start]) || text[line.End - 1] == ',' ||
            (hardWrapped && text.AsSpan(line.End, next.Start - line.End).Count('\n') == 1 && char.IsLetterOrDigit(text[next.Start]));
    }

    /// <summary>
    /// "“There's no way I would resign.\nSometimes, you face this kind of event …,” the 43-year-old Cooper said.": a
    /// quotation opened on one line and closed on the next, which opens with no mark of its own, one line break between
    /// them. The line before leaves a curly quotation open; the next line's first curly mark closes one.
    /// </summary>
    private static bool QuotationGoesOn(string text, (int Start, int End) line, (int Start, int End) next)
    {
        if (text.AsSpan(line.End, next.Start - line.End).Count('\n') != 1 || !char.IsUpper(text[next.Start]))
        {
            return false;
        }

        var before = text.AsSpan(line.Start, line.End - line.Start);
        var opened = before.LastIndexOf('\u201C');
        if (opened < 0 || opened == before.Length - 1 || before[opened..].Contains('\u201D'))
        {
            return false; // (a line may close its quotation with the opening mark: "… since May.“")
        }

        var after = text.AsSpan(next.Start, next.End - next.Start);
        var close = after.IndexOf('\u201D');
        var open = after.IndexOf('\u201C');
        return close > 0 && (open < 0 || open > close);
    }

    /// <summary>
    /// After a link box's label ("READ MORE" over a list of other stories, set inside the story by many sites), a line of
    /// running prose: 150 characters or more ending with a sentence's stop (a linked headline ends with none), or 60 or
    /// more holding two more sentences ("“We had 600 people in here and 30 got sick. That's …,” he said. “It's …”"), so
    /// the story goes on.
    /// </summary>
    private static bool ResumedBody(ReadOnlySpan<char> line) =>
        line[^1] is '.' or '"' or '\u201D' && ((line.Length >= 150 && line.Count(' ') >= 20) || (line.Length >= 60 && SentenceBreaks(line) >= 2));

    /// <summary>
    /// Stops inside the line that a space and a capital or a quotation mark follow ("… sick. That's …", "… he said. “It's
    /// …"): a paragraph of several sentences, which no headline in a box of links is.
    /// </summary>
    private static int SentenceBreaks(ReadOnlySpan<char> line)
    {
        var breaks = 0;
        for (var k = 1; k + 2 < line.Length; k++)
        {
            if (line[k] == ' ' && (line[k - 1] is '.' or '?' or '!' || (line[k - 1] is '"' or '\u201D' && line[k - 2] is '.' or '?' or '!' or ',')) &&
                (char.IsUpper(line[k + 1]) || line[k + 1] is '"' or '\u201C'))
            {
                breaks++;
            }
        }

        return breaks;
    }

    /// <summary>A transcript's label alone on its line: a few words, the first capitalised, and a closing colon ("Simon:", "Peter Williams:").</summary>
    private static bool SpeakerLabelLine(ReadOnlySpan<char> line) =>
        line.Length is > 1 and <= 40 && line[^1] == ':' && char.IsUpper(line[0]) && line.Count(' ') <= 3;

    /// <summary>Five words or more, at least half of them opening in lower case: a sentence, not a title or a link.</summary>
    private static bool CutSentence(ReadOnlySpan<char> line)
    {
        var words = 0;
        var lower = 0;
        var start = true;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                start = true;
                continue;
            }

            if (start && char.IsLetter(c))
            {
                words++;
                lower += char.IsLower(c) ? 1 : 0;
            }

            start = false;
        }

        return words >= 5 && lower * 2 >= words;
    }

    /// <summary>A line that ends inside a sentence: on a letter, a digit or a comma, not on a closing mark.</summary>
    private static bool OpenEnded(string text, (int Start, int End) line) =>
        char.IsLetterOrDigit(text[line.End - 1]) || text[line.End - 1] == ',';

    /// <summary>
    /// A text wrapped at a fixed width, as some feeds and wire archives keep it: at least three single line breaks inside
    /// sentences (the line before ends open, the next opens in lower case).
    /// </summary>
    private static bool HardWrapped(string text, List<(int Start, int End)> lines, LineRole[] roles)
    {
        var breaks = 0;
        for (var i = 1; i < lines.Count && breaks < 3; i++)
        {
            if (roles[i - 1] is LineRole.Content or LineRole.Heading && roles[i] is LineRole.Content or LineRole.Heading &&
                OpenEnded(text, lines[i - 1]) && char.IsLower(text[lines[i].Start]) && text.AsSpan(lines[i - 1].End, lines[i].Start - lines[i - 1].End).Count('\n') == 1)
            {
                breaks++;
            }
        }

        return breaks >= 3;
    }

    // One vectorised search for both phrases: Contains(…, OrdinalIgnoreCase) is a scalar loop under InvariantGlobalization.
    private static readonly SearchValues<string> NoticePhrases = SearchValues.Create(["cookie", "rights reserved"], StringComparison.OrdinalIgnoreCase);

    // A call to follow the site on its platforms ("follow 9to5Google on Twitter, Facebook, and LinkedIn") is read too.
    private static readonly SearchValues<string> PromoPhrases = SearchValues.Create(["follow "], StringComparison.OrdinalIgnoreCase);

    private static bool MayBeNotice(ReadOnlySpan<char> line) =>
        line.ContainsAny(NoticePhrases) || line.Contains("GDPR", StringComparison.Ordinal) || line.Contains('\u00A9') ||
        (line.ContainsAny(PromoPhrases) && line.Contains("Facebook", StringComparison.Ordinal));

    /// <summary>Lines longer than this many words are running text even without closing punctuation (a cut paragraph, a feed's one-line article).</summary>
    internal const int MaxHeadingWords = 24;

    /// <summary>
    /// A heading is short and has no closing sentence punctuation, or is short and in capitals. A long line is running
    /// text whatever its last character: excerpts cut mid-sentence and articles delivered on one line end without one.
    /// </summary>
    internal static bool IsHeading(ReadOnlySpan<char> line)
    {
        // Words are counted with one vectorised search, and letters only on lines short enough to be a heading in
        // capitals: running paragraphs are never scanned character by character here.
        var words = line.Count(' ') + 1;
        var last = line[^1];
        // (a paragraph may close its quotation with the opening mark: "… of the county.“")
        if (last is not ('.' or '!' or '?' or '"' or '\'' or ',' or '\u201D' or '\u2019' or ')' or '\u2026' or ':' or ';') &&
            !(last == '\u201C' && line.Length > 1 && line[^2] is '.' or '!' or '?'))
        {
            // "“They have assured me that they did not use abusi": a paragraph that opens a quotation and never closes
            // it, cut off where the page's text ends, is running text; a headline closes what it quotes.
            return words <= MaxHeadingWords && !(words >= 6 && line[0] is '"' or '\u201C' && line[1..].IndexOfAny(DoubleQuotes) < 0);
        }

        if (words > 12)
        {
            return false;
        }

        // "Singer calls divorce report 'pure fiction'": a headline may end in a quoted word or phrase; a paragraph that
        // ends in a quotation closes it after its own punctuation ("… 'pure fiction.'") or opens with it.
        if (last is '"' or '\'' or '\u201D' or '\u2019' && line.Length > 2 && char.IsLetterOrDigit(line[^2]) &&
            line[0] is not ('"' or '\'' or '\u201C' or '\u2018') && words >= 3 && line[..^1].LastIndexOfAny(QuoteOpeners) > 0)
        {
            return true;
        }

        var letters = 0;
        var upper = 0;
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters > 0 && upper == letters;
    }

    private static readonly SearchValues<char> QuoteOpeners = SearchValues.Create("\"'\u201C\u2018");

    private static readonly SearchValues<char> DoubleQuotes = SearchValues.Create("\"\u201C\u201D");

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029");

    /// <summary>
    /// The end of a page's script that opens the line and runs into the story's text ("if(catID==120){document.…;}\"Many
    /// testimonies …\""): the last closing brace, when the words before it read as code and forty characters or more of
    /// text without braces follow it; 0 otherwise.
    /// </summary>
    private static int ScriptRunEnd(string text, int s, int e)
    {
        var line = text.AsSpan(s, e - s);
        var brace = line.LastIndexOf('}');
        if (brace < 0 || line.Length - brace - 1 < 40 || !Boilerplate.IsScript(line[..(brace + 1)]))
        {
            return 0;
        }

        var rest = line[(brace + 1)..].TrimStart();
        return rest.Length > 0 && (char.IsLetter(rest[0]) || rest[0] is '"' or '\u201C' or '\u2018' or '\'') ? s + brace + 1 : 0;
    }

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var next = text.AsSpan(lineStart).IndexOfAny(LineBreaks);
            var i = next < 0 ? text.Length : lineStart + next;
            var s = lineStart;
            var e = i;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (DateLabelEnd(text, s, e) is var dateEnd and > 0)
            {
                lines.Add((s, dateEnd)); // "date 2023-11-06 CAIRO, Nov 6 (Reuters) - …": a feed's date label run into the text
                s = dateEnd;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }
            }

            if (ScriptRunEnd(text, s, e) is var scriptEnd and > 0)
            {
                lines.Add((s, scriptEnd)); // "…appendChild(script); }\"Many testimonies …\" Adraee wrote": a page's script run into the text
                s = scriptEnd;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }
            }

            if (e > s && text.AsSpan(s, e - s).Count(' ') >= RunInSplitter.MinWords)
            {
                RunInSplitter.Split(text, s, e, lines); // a line that holds many of a page's lines (a feed's one-line article)
            }
            else if (e > s)
            {
                lines.Add((s, e));
            }

            lineStart = i + 1;
        }

        return lines;
    }

    /// <summary>"date 2023-11-06 " opening a line that goes on: the end of the label and its ISO date, else -1.</summary>
    private static int DateLabelEnd(string text, int s, int e)
    {
        const int Length = 15; // "date " and "yyyy-mm-dd"
        if (e - s <= Length + 1 || !text.AsSpan(s, 5).Equals("date ", StringComparison.OrdinalIgnoreCase) || !char.IsWhiteSpace(text[s + Length]))
        {
            return -1;
        }

        var d = text.AsSpan(s + 5, 10);
        for (var k = 0; k < 10; k++)
        {
            if (k is 4 or 7 ? d[k] != '-' : !char.IsAsciiDigit(d[k]))
            {
                return -1;
            }
        }

        return s + Length;
    }

    private enum QaState
    {
        None,
        AfterQuestion,
        AfterAnswer,
    }
    /// <summary>
    /// A line that is the next line with one to four capitalised words of a site's trail before it ("Home World News
    /// Uganda denies …" over "Uganda denies …"): the trail and the headline run together, a copy of the headline.
    /// </summary>
    private static bool Breadcrumbed(string text, (int Start, int End) previous, ReadOnlySpan<char> line)
    {
        var before = text.AsSpan(previous.Start, previous.End - previous.Start).Trim();
        line = line.Trim();
        if (line.Length < 12 || before.Length <= line.Length + 1 || !before.EndsWith(line, StringComparison.Ordinal) || before[before.Length - line.Length - 1] != ' ')
        {
            return false;
        }

        var trail = before[..(before.Length - line.Length - 1)];
        var words = 0;
        foreach (var word in trail.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) && word is not ("&" or "/" or ">" or "»" or "|"))
            {
                return false;
            }

            words++;
        }

        return words is >= 1 and <= 4;
    }
}
