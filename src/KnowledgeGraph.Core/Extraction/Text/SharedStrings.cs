namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Short pieces of article text (words, names) as strings shared per thread: the same word or name recurs across
/// sentences and articles, so it is allocated once instead of once per occurrence.
/// </summary>
internal static class SharedStrings
{
    private const int MaxLength = 64;
    private const int MaxCount = 200_000;

    [ThreadStatic]
    private static Dictionary<string, string>? _cache;

    /// <summary>A string equal to <paramref name="span"/>; the same instance for equal short spans.</summary>
    public static string Get(ReadOnlySpan<char> span)
    {
        if (span.Length > MaxLength)
        {
            return span.ToString();
        }

        var cache = _cache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var known))
        {
            return known;
        }

        if (cache.Count > MaxCount)
        {
            cache.Clear();
        }

        var text = span.ToString();
        cache[text] = text;
        return text;
    }
}
