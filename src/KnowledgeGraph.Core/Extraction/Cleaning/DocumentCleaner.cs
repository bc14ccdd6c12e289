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
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var span = text.AsSpan(start, end - start);
            // Furniture, captions and repeated headlines are short; running paragraphs are not folded at all.
            var key = span.Length <= 200 || (span.Length <= 600 && MayBeNotice(span)) ? TextFold.Fold(span) : null;
            if (tail)
            {
                roles[i] = LineRole.Boilerplate;
                continue;
            }

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
            }

            if (role is null && key is not null && key.Length > 0 && !seen.Add(key))
            {
                role = LineRole.Boilerplate; // repeated headline or caption
            }

            role ??= Metadata.IsMetadataLine(span) ? LineRole.Metadata : IsHeading(span) ? LineRole.Heading : LineRole.Content;
            sawContent |= role == LineRole.Content;
            roles[i] = role.Value;
        }

        var result = new List<ArticleLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            result.Add(new ArticleLine(lines[i].Start, lines[i].End, roles[i]));
        }

        return result;
    }

    // One vectorised search for both phrases: Contains(…, OrdinalIgnoreCase) is a scalar loop under InvariantGlobalization.
    private static readonly SearchValues<string> NoticePhrases = SearchValues.Create(["cookie", "rights reserved"], StringComparison.OrdinalIgnoreCase);

    private static bool MayBeNotice(ReadOnlySpan<char> line) =>
        line.ContainsAny(NoticePhrases) || line.Contains("GDPR", StringComparison.Ordinal) || line.Contains('\u00A9');

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
        if (last is not ('.' or '!' or '?' or '"' or '\'' or ',' or '\u201D' or '\u2019' or ')' or '\u2026' or ':' or ';'))
        {
            return words <= MaxHeadingWords;
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

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029");

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

    private enum QaState
    {
        None,
        AfterQuestion,
        AfterAnswer,
    }
}
