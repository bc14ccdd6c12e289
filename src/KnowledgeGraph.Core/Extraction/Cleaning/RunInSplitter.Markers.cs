using System.Buffers;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>Phrases after which a page's article is over ("About the author", "Related stories"), found inside a long line.</summary>
internal static partial class RunInSplitter
{
    private static Tuple<Lexicon, SearchValues<string>, string[]>? _markers;

    /// <summary>The lexicon's tail markers of two words or more (one word, "related", is too often prose), for one search.</summary>
    private static Tuple<Lexicon, SearchValues<string>, string[]> MarkersOf(Lexicon lexicon)
    {
        if (_markers is { } cached && ReferenceEquals(cached.Item1, lexicon))
        {
            return cached;
        }

        var phrases = lexicon.TailMarkers.Where(m => m.Contains(' ', StringComparison.Ordinal)).OrderByDescending(m => m.Length).ToArray();
        var built = Tuple.Create(lexicon, SearchValues.Create(phrases, StringComparison.OrdinalIgnoreCase), phrases);
        _markers = built;
        return built;
    }

    /// <summary>
    /// Cuts around a tail marker that stands as a page has it: capitalised, after a closing stop, before a capitalised word
    /// ("… earlier this year. About the author Jane Roe writes …"); the marker then ends the article as its line would.
    /// </summary>
    private static void FindTailMarkers(string text, int start, int end, List<int> cuts)
    {
        var (_, search, phrases) = MarkersOf(Lexicon.Current);
        var line = text.AsSpan(start, end - start);
        for (var i = line.IndexOfAny(search); i >= 0; i = i + 1 < line.Length && line[(i + 1)..].IndexOfAny(search) is var k and >= 0 ? i + 1 + k : -1)
        {
            if (!char.IsUpper(line[i]) || (i > 0 && !(i >= 2 && line[i - 1] == ' ' && line[i - 2] is '.' or '!' or '?' or '"' or '\u201D' or '\'' or '\u2019')))
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                var after = i + phrase.Length;
                if (line[i..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && (after == line.Length || (line[after] == ' ' && after + 1 < line.Length && char.IsUpper(line[after + 1]))))
                {
                    cuts.Add(start + i);
                    cuts.Add(start + after);
                    break;
                }
            }
        }
    }
    private static Tuple<Lexicon, SearchValues<string>, string[]>? _linkLabels;

    /// <summary>The lexicon's link labels (<see cref="Lexicon.LinkLabels"/>) for one search.</summary>
    private static Tuple<Lexicon, SearchValues<string>, string[]> LinkLabelsOf(Lexicon lexicon)
    {
        if (_linkLabels is { } cached && ReferenceEquals(cached.Item1, lexicon))
        {
            return cached;
        }

        var labels = lexicon.LinkLabels;
        var built = Tuple.Create(lexicon, SearchValues.Create(labels, StringComparison.OrdinalIgnoreCase), labels);
        _linkLabels = built;
        return built;
    }

    /// <summary>
    /// "… TOO LATE.\" Read moreCuba denounces …": a link label glued to a linked headline, after a stop, starts a segment of
    /// its own (the headline is then furniture, see Boilerplate's glued links). One search for all labels at once.
    /// </summary>
    private static void FindGluedLinks(string text, int start, int end, List<int> cuts)
    {
        var (_, search, labels) = LinkLabelsOf(Lexicon.Current);
        var line = text.AsSpan(start, end - start);
        for (var i = line.IndexOfAny(search); i >= 0; i = i + 1 < line.Length && line[(i + 1)..].IndexOfAny(search) is var k and >= 0 ? i + 1 + k : -1)
        {
            if (!char.IsUpper(line[i]) || i < 2 || line[i - 1] != ' ' || line[i - 2] is not ('.' or '!' or '?' or '"' or '\u201D' or '\'' or '\u2019'))
            {
                continue;
            }

            foreach (var label in labels)
            {
                var after = i + label.Length;
                if (line[i..].StartsWith(label, StringComparison.OrdinalIgnoreCase) && after < line.Length && char.IsUpper(line[after]) && char.IsLower(line[after - 1]))
                {
                    cuts.Add(start + i);
                    break;
                }
            }
        }
    }
}
