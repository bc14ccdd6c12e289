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
        if (index > 0 && t.Kind == TriggerKind.Verb && FalselyDoneByMedia(p, triggers[index - 1].At, t.At))
        {
            return true; // "stating that the article misleadingly and erroneously acknowledges …": what the article did, denied
        }

        if (index == 0 || t.Kind != TriggerKind.Verb || !(SpeechLexicon.IsWeak(t.Lemma) || (t.Lemma is "tell" or "warn" or "inform" && TopicOnlyAfter(p, t.At))))
        {
            return false;
        }

        if (FrontedPhraseClosedBefore(p, triggers[index - 1].At, t.At))
        {
            return false;
        }

        if (!Spans.ThatBetween(p, triggers[index - 1].At, t.At))
        {
            return PronounClauseAfter(p, triggers[index - 1].At, t.At);
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

    /// <summary>
    /// "… that she had told the pilot about the dog", "had warned staff of the risk": a verb of telling whose listener (up
    /// to four words) is followed by "about" or "of" and no clause of its own says only what the telling was about; inside
    /// another verb's that-clause it is that content, no statement of its own.
    /// </summary>
    private static bool TopicOnlyAfter(Paragraph p, int at)
    {
        var tokens = p.Tokens;
        for (var k = at + 1; k < tokens.Count && k <= at + 5; k++)
        {
            if (!tokens[k].IsWord || p.InQuote[k] || tokens[k].Norm == "that")
            {
                return false;
            }

            if (tokens[k].Norm is "about" or "of" && k > at + 1)
            {
                for (var j = k + 1; j < tokens.Count && tokens[j].Norm is not ("." or "!" or "?" or ";"); j++)
                {
                    if (tokens[j].Norm == "that" || tokens[j].IsQuote || (tokens[j].IsWord && SpeechVerbs.IsFiniteMarker(tokens[j].Norm)))
                    {
                        return false; // "told him about how the port was sold", "warned of what they said was a plot"
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Dismissing reports that it discriminated against passengers, the British airline EasyJet accused …": the previous
    /// trigger is a participle opening the sentence, and a comma then a name close its phrase before this verb, which is
    /// the main clause's.
    /// </summary>
    private static bool FrontedPhraseClosedBefore(Paragraph p, int participle, int at)
    {
        const int MaxDescription = 5;
        var tokens = p.Tokens;
        if (!tokens[participle].Cap || !tokens[participle].Norm.EndsWith("ing", StringComparison.Ordinal) ||
            !Entities.EntityDiscovery.SentenceOpener(tokens, participle))
        {
            return false;
        }

        for (var k = at - 1; k > participle; k--)
        {
            if (p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is var m && m.End == k + 1)
            {
                var comma = m.First - 1;
                while (comma > participle && comma >= m.First - 1 - MaxDescription && tokens[comma].IsWord && !SpeechLexicon.IsVerb(tokens[comma].Norm) && tokens[comma].Norm is not ("that" or "which" or "who"))
                {
                    comma--;
                }

                return tokens[comma].Norm == "," && !p.InQuote[comma];
            }

            if (!tokens[k].IsWord || !Words.LyAdverb(tokens[k].Norm) && tokens[k].Norm is not ("also" or "has" or "have" or "had"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "A witness has told the court he thought King was …": the clause of the verb before and its listener, with no
    /// "that", opened by a pronoun right before the weak verb. ("Woodruff added she thinks …" keeps its own frame.)
    /// </summary>
    private static bool PronounClauseAfter(Paragraph p, int verb, int at)
    {
        var tokens = p.Tokens;
        if (at - verb > 6 || at - 2 <= verb || tokens[at - 1].Norm is not ("he" or "she" or "they" or "we" or "i") || p.InQuote[at])
        {
            return false;
        }

        for (var k = verb + 1; k < at - 1; k++)
        {
            if (!tokens[k].IsWord || p.InQuote[k] || tokens[k].Norm is "and" or "but" or "or" or "as" or "when" or "while" or "because" or "if")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A verb right after adverbs of falsehood ("misleadingly and erroneously"), whose subject a few words before is a
    /// report or an outlet, after the previous trigger: the report's act the speaker calls false, not a speech of its own.
    /// </summary>
    private static bool FalselyDoneByMedia(Paragraph p, int previous, int at)
    {
        var tokens = p.Tokens;
        var k = at - 1;
        var adverb = false;
        while (k > previous && (Claims.PropositionSplitter.FalseAdverb(tokens[k].Norm) || (tokens[k].Norm == "and" && adverb)))
        {
            adverb |= tokens[k].Norm != "and";
            k--;
        }

        return adverb && k > previous && Claims.PropositionSplitter.MediaSubjectBefore(p, previous + 1, k + 1);
    }
}
