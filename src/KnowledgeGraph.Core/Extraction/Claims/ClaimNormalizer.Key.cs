using KnowledgeGraph.Extraction.Text;
using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>The claim key: content words only, mapped to one form per concept and lightly stemmed.</summary>
internal sealed partial class ClaimNormalizer
{
    private static WordSet Dropped => Lexicon.Current.ClaimKeyStopWords;

    private static FrozenDictionary<string, string> Concepts => Lexicon.Current.ClaimKeyConcepts;

    // KeyWord depends on the word alone; its answers are kept per thread so stems are not rebuilt for every claim.
    [ThreadStatic]
    private static Dictionary<string, string?>? _keyWords;

    // This thread's answers, found once per article rather than once per word.
    private readonly Dictionary<string, string?> _keyWordCache = _keyWords ??= new Dictionary<string, string?>(StringComparer.Ordinal);

    private string? KeyWord(string w)
    {
        var cache = _keyWordCache;
        if (cache.TryGetValue(w, out var known))
        {
            return known;
        }

        if (cache.Count > 200_000)
        {
            cache.Clear();
        }

        var keyWord = KeyWordUncached(w);
        cache[w] = keyWord;
        return keyWord;
    }

    private static string? KeyWordUncached(string w)
    {
        if (Dropped.Contains(w) || w.Length < 2)
        {
            return null;
        }

        if (Concepts.TryGetValue(w, out var concept))
        {
            return concept;
        }

        return Stem(w);
    }

    /// <summary>A light suffix stripper: plural, -ing, -ed. Enough to join "negotiated"/"negotiate", "threats"/"threat".</summary>
    internal static string Stem(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return TrimDouble(w[..^3]);
        }

        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            return TrimDouble(w.EndsWith("ied", StringComparison.Ordinal) ? w[..^3] + "y" : w[..^2]);
        }

        if (w.Length > 4 && (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            return w[..^1];
        }

        return w.Length > 4 && w.EndsWith('e') ? w[..^1] : w;
    }

    private static string TrimDouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem.Length > 4 && stem.EndsWith('e') ? stem[..^1] : stem;
}
