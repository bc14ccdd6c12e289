using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// "The statement insists that Cuba maintains …": a weak speech verb inside an earlier trigger's that-clause belongs to
/// the content, not to a new statement (unless it is coordinated: "…, and maintained", "…, also noted").
/// </summary>
internal sealed class EmbeddedVerbSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "embedded-verb";

    public override SieveOutcome Attribute(SentenceScope scope, int index) =>
        IsEmbedded(scope.Paragraph, scope.Triggers, index) ? SieveOutcome.Nothing : SieveOutcome.Pass;

    /// <summary>True when trigger <paramref name="index"/> is a weak verb inside the previous trigger's that-clause.</summary>
    public static bool IsEmbedded(Paragraph p, IReadOnlyList<Trigger> triggers, int index)
    {
        var t = triggers[index];
        var tokens = p.Tokens;
        if (index == 0 || t.Kind != TriggerKind.Verb || !SpeechLexicon.IsWeak(t.Lemma) || !Spans.ThatBetween(p, triggers[index - 1].At, t.At))
        {
            return false;
        }

        // "…, and repeatedly noted" continues the speaker; "that the administration had previously suggested …" is content.
        // An auxiliary after a comma has its own subject before the comma ("the administration, under Trump, had suggested").
        var before = t.At - 1;
        var auxiliary = false;
        while (before > triggers[index - 1].At && (tokens[before].Norm.EndsWith("ly", StringComparison.Ordinal) || tokens[before].Norm is "had" or "has" or "have"))
        {
            auxiliary |= tokens[before].Norm is "had" or "has" or "have";
            before--;
        }

        return tokens[before].Norm is not ("and" or "also" or "then") && !(tokens[before].Norm == "," && !auxiliary);
    }
}
