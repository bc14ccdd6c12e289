using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// The longest registry alias starting at each token of one paragraph (<see cref="AliasTrie.Match"/> up to the
/// paragraph's end), looked up once per token and remembered for the passes that ask again. The answers live in
/// per-thread arrays reused from article to article, so remembering them allocates nothing (the entity pass runs
/// start to end on one thread, and the next article on that thread starts over).
/// </summary>
internal sealed class RegistryMatches
{
    [ThreadStatic]
    private static int[]? _lengthBuffer;

    [ThreadStatic]
    private static string?[]? _idBuffer;

    private readonly AliasTrie _aliases;
    private readonly List<Token> _tokens;
    private readonly int[] _lengths;
    private readonly string?[] _ids;
    private readonly int _offset;

    private RegistryMatches(AliasTrie aliases, List<Token> tokens, int[] lengths, string?[] ids, int offset)
    {
        _aliases = aliases;
        _tokens = tokens;
        _lengths = lengths;
        _ids = ids;
        _offset = offset;
    }

    /// <summary>One per paragraph of the article, in order, over this thread's buffers (valid until the thread's next article).</summary>
    public static List<RegistryMatches> For(AliasTrie aliases, List<Paragraph> paragraphs)
    {
        var total = 0;
        foreach (var p in paragraphs)
        {
            total += p.Tokens.Count;
        }

        var lengths = _lengthBuffer is { } l && l.Length >= total ? l : _lengthBuffer = new int[Math.Max(total, 4096)];
        var ids = _idBuffer is { } d && d.Length >= lengths.Length ? d : _idBuffer = new string?[lengths.Length];
        Array.Fill(lengths, -1, 0, total);
        var result = new List<RegistryMatches>(paragraphs.Count);
        var offset = 0;
        foreach (var p in paragraphs)
        {
            result.Add(new RegistryMatches(aliases, p.Tokens, lengths, ids, offset));
            offset += p.Tokens.Count;
        }

        return result;
    }

    /// <summary>The alias at token <paramref name="i"/>: its token length and entity id, or (0, null).</summary>
    public (int Length, string? EntityId) At(int i)
    {
        var k = _offset + i;
        if (_lengths[k] < 0)
        {
            (_lengths[k], _ids[k]) = _aliases.Match(_tokens, i, _tokens.Count);
        }

        return (_lengths[k], _ids[k]);
    }
}
