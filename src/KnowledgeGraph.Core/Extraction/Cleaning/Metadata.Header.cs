using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>Header and footer reading: which line is the headline, which the site name, which the copyright.</summary>
internal static partial class Metadata
{
    /// <summary>Reads metadata from the classified lines; marks the headline line as a heading.</summary>
    public static ArticleMetadata Read(string text, List<ArticleLine> lines)
    {
        string? title = null, publisher = null, url = null, date = null, author = null;
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
                continue;
            }

            if (line.Role == LineRole.Boilerplate)
            {
                continue;
            }

            candidates++;
            if (publisher is null && WireDateline().Match(s) is { Success: true } wire)
            {
                publisher = wire.Groups[1].Value.Trim();
            }

            var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words > 30)
            {
                break; // the body has started: no headline above it
            }

            if (publisher is null && title is null && words == 1 && s.Length <= 40 && char.IsUpper(s[0]))
            {
                publisher = s; // a lone site name above the headline ("CubaHeadlines")
                lines[i] = line with { Role = LineRole.Metadata };
                continue;
            }

            if (title is null && words >= 3 && (line.Role == LineRole.Heading || IsRepeated(text, lines, i)))
            {
                title = s.Trim();
                lines[i] = line with { Role = LineRole.Heading };
            }
        }

        publisher ??= CopyrightHolder(text, lines);
        return new ArticleMetadata(title, publisher, url, date, author);
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
