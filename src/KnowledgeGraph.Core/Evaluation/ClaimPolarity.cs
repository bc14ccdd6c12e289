using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Whether a claim keeps the polarity of its evidence (issue 13, item 6): the claim is aligned with the part of the
/// evidence it was read from (from its first two words to its last word, about as many words on), and the negations of
/// both are counted. A said claim has exactly the negations of that part; a denied claim has them all (the denial came
/// from a verb or a verdict: "denied that …", "… is false") or all but the one that made the denial.
/// "The move was independent and a result of pressure" read from "… independent and not a result of pressure" as said
/// disagrees; so does a denied claim that gained a negation the evidence does not have. Claims that cannot be aligned
/// (rewritten subjects, one-word claims) are not judged.
/// </summary>
public static partial class ClaimPolarity
{
    [GeneratedRegex(@"\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot)\b|n['\u2019]t\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>A sentence saying how the claim's polarity disagrees with its stance and evidence, or null when it agrees or cannot be aligned.</summary>
    public static string? Disagreement(ExtractedStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (Aligned(statement.Evidence, statement.Claim) is not { } part)
        {
            return null;
        }

        var inPart = Negations(part);
        var inClaim = Negations(statement.Claim);
        var agrees = statement.Stance == Stance.Denied ? inClaim == inPart || inClaim == inPart - 1 : inClaim == inPart;
        return agrees
            ? null
            : $"The {statement.Stance.ToString().ToLowerInvariant()} claim \"{statement.Claim}\" has {inClaim} negation(s) where its evidence \"{part}\" has {inPart}.";
    }

    /// <summary>The negations of a text; "neither … nor" is one ("is neither an employee nor a spokesperson").</summary>
    private static int Negations(string text)
    {
        int count = 0, neither = 0, nor = 0;
        foreach (Match m in Negation().Matches(text))
        {
            count++;
            neither += m.Value.Equals("neither", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            nor += m.Value.Equals("nor", StringComparison.OrdinalIgnoreCase) && neither > nor ? 1 : 0;
        }

        return count - nor;
    }

    /// <summary>The part of the evidence from the claim's first two words to its last word about as many words on (case-folded), or null.</summary>
    internal static string? Aligned(string evidence, string claim)
    {
        var c = Word().Matches(claim.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (c.Count < 2)
        {
            return null;
        }

        var e = Word().Matches(evidence.ToLowerInvariant()).ToList();
        int? start = null, end = null;
        var first = -1;
        for (var i = 0; i + 1 < e.Count && start is null; i++)
        {
            if (e[i].Value == c[0] && e[i + 1].Value == c[1])
            {
                (start, first) = (e[i].Index, i);
            }
        }

        // The claim's last word where the claim would end, give or take the two words a negation or "that" adds or drops.
        for (var i = Math.Max(first + 1, first + c.Count - 3); first >= 0 && i < e.Count && end is null; i++)
        {
            if (e[i].Value == c[^1])
            {
                end = e[i].Index + e[i].Length;
            }
        }

        return start is { } s && end is { } x && x > s ? evidence[s..x] : null;
    }
}
