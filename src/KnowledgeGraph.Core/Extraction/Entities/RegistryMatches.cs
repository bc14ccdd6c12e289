using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// The longest registry alias starting at each token of one paragraph (<see cref="AliasTrie.Match"/> up to the
/// paragraph's end), looked up once per token and remembered for the passes that ask again.
/// </summary>
internal sealed class RegistryMatches(AliasTrie aliases, List<Token> tokens)
{
    private readonly int[] _lengths = NotLookedUp(tokens.Count);
    private readonly string?[] _ids = new string?[tokens.Count];

    /// <summary>The alias at token <paramref name="i"/>: its token length and entity id, or (0, null).</summary>
    public (int Length, string? EntityId) At(int i)
    {
        if (_lengths[i] < 0)
        {
            (_lengths[i], _ids[i]) = aliases.Match(tokens, i, tokens.Count);
        }

        return (_lengths[i], _ids[i]);
    }

    private static int[] NotLookedUp(int count)
    {
        var lengths = new int[count];
        Array.Fill(lengths, -1);
        return lengths;
    }
}
