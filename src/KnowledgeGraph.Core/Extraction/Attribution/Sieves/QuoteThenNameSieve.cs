using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// “…,” Presidential Spokesperson Luis Santos in a statement. — the wire's verbless tag: a quotation that opens the
/// sentence and closes on a comma, then only a name (titles before it) and an optional "in a statement" or "on
/// Monday". No speech verb in the sentence outside the quotation (that is <see cref="QuoteThenVerbSieve"/>'s).
/// </summary>
internal sealed class QuoteThenNameSieve(AttributionContext context) : SentenceSieve(context)
{
    public override string Name => "quote-then-name";

    public override Finding? Attribute(SentenceScope scope)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var t = p.Tokens;
        if (Spans.LastQuoteBefore(p, s.End) is not { } q || q.Close < s.First || q.Close < 2 || q.Close + 2 >= s.End ||
            (q.Open > 0 && t[q.Open - 1].Norm is not ("." or "!" or "?" or ":")) || q.Close - q.Open < 4)
        {
            return null;
        }

        foreach (var trigger in scope.Triggers)
        {
            if (trigger.At > q.Close)
            {
                return null;
            }
        }

        var k = q.Close + 1;
        if (t[q.Close - 1].Norm != ",")
        {
            if (t[k].Norm != ",")
            {
                return null;
            }

            k++;
        }

        // The name: titles and capitalised words up to a mention that ends them.
        var from = k;
        while (k < s.End && k < from + 8 && t[k].IsWord && !p.InQuote[k] && (t[k].Cap || NameWords.IsTitle(t[k]) || t[k].Norm is "the" or "a" or "an"))
        {
            k++;
        }

        if (k == from || p.MentionAt[k - 1] < 0 || p.Mentions[p.MentionAt[k - 1]].End != k || p.Mentions[p.MentionAt[k - 1]].First is var mFirst && mFirst < from ||
            Context.Subjects.FindSubject(p, mFirst, k) is not { } sp || sp.First != mFirst || !TitlesOnly(p, from, mFirst))
        {
            return null;
        }

        var stop = s.End;
        while (stop > k && t[stop - 1].Norm is "." or "!" or "?")
        {
            stop--;
        }

        // Only "in a statement", "in an interview with X", "on Monday" may follow the name.
        if (k < stop && !Adjunct(p, k, stop))
        {
            return null;
        }

        return new Finding(sp.Id, sp.First, sp.End, q.Open + 1, q.Close, q.Open, stop)
        {
            Trigger = new Trigger(TriggerKind.Verb, q.Close, "say", false),
        };
    }

    private static bool TitlesOnly(Paragraph p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!(NameWords.IsTitle(p.Tokens[k]) || p.Tokens[k].Cap || p.Tokens[k].Norm is "the" or "a" or "an"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"in a statement", "in a press release on Friday", "on Monday": a preposition and a few plain words.</summary>
    private static bool Adjunct(Paragraph p, int from, int stop)
    {
        var t = p.Tokens;
        if (t[from].Norm is not ("in" or "on" or "via" or "during" or "at") || stop - from > 8)
        {
            return false;
        }

        for (var k = from + 1; k < stop; k++)
        {
            if (!t[k].IsWord || p.InQuote[k] || SpeechLexicon.IsVerb(t[k].Norm) || t[k].Norm is "that" or "which" or "who")
            {
                return false;
            }
        }

        return true;
    }
}
