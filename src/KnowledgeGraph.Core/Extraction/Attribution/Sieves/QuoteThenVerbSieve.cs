using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>“…,” Trump remarked. / “…,” said the ministry. / “…,” he added. — the speaker after the quotation.</summary>
internal sealed class QuoteThenVerbSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "quote-then-verb";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var trig = scope.Triggers[index];
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var v = trig.At;
        if (trig.Kind != TriggerKind.Verb || QuoteBefore(p, s, v) is not { } q)
        {
            return SieveOutcome.Pass;
        }

        // "…,” said the ministry: the speaker may follow a verb that opens the attribution; never after "told", whose
        // object is the listener, never after a subject of its own ("…,” the spokesperson said, Politico reported") and
        // never past the next verb ("…,” said the spokesperson, reported Politico": Politico is the next verb's).
        var speaker = Context.Subjects.FindSubject(p, q.Close + 1, v) ?? SubjectBeforeInsert(p, q.Close + 1, v) ??
            (trig.Lemma == "tell" || !VerbOpensAttribution(p, q.Close, v) ? null
                : Context.Subjects.FindSubject(p, v + 1, Math.Min(scope.NextAt(index), Math.Min(s.End, TitleRunEnd(p, v + 1) + 4))));
        if (speaker is not { } sp)
        {
            return SieveOutcome.Nothing;
        }

        var evEnd = Math.Max(v + 1, sp.End > v ? sp.End : v + 1);
        if (SplitContinuation(p, s, q, evEnd) is { } rest)
        {
            // “The terminal,” she said, “will open in May.”: one sentence quoted around its attribution.
            var prefixEnd = Spans.TrimEnd(p, q.Open + 1, q.Close);
            return SieveOutcome.Found(new Finding(sp.Id, sp.First, sp.End, rest.Open + 1, rest.Close, q.Open, rest.Close + 1)
            {
                PrefixFirst = q.Open + 1,
                PrefixEnd = prefixEnd,
            });
        }

        return SieveOutcome.Found(new Finding(sp.Id, sp.First, sp.End, q.Open + 1, q.Close, q.Open, evEnd));
    }

    /// <summary>
    /// "“…,” a statement issued by his Office, and copied to the Ghana News Agency, in Accra said.": the subject before a
    /// participle clause set off by commas, and at most a place or time adjunct of three words after it.
    /// </summary>
    private (string Id, int First, int End)? SubjectBeforeInsert(Paragraph p, int from, int v) =>
        InsertStart(p, from - 1, v) is { } c1 ? Context.Subjects.FindSubject(p, from, c1) : null;

    /// <summary>The comma opening such an inserted participle clause between the quotation closing at <paramref name="close"/> and the verb; else null.</summary>
    private static int? InsertStart(Paragraph p, int close, int v)
    {
        var t = p.Tokens;
        var c1 = -1;
        for (var k = close + 3; k < v; k++)
        {
            if (t[k].Norm == "," && !p.InQuote[k])
            {
                c1 = k;
                break;
            }
        }

        if (c1 < 0 || c1 + 2 >= v)
        {
            return null;
        }

        var participle = t[c1 + 1].Norm == "and" ? c1 + 2 : c1 + 1;
        if (!t[participle].Norm.EndsWith("ed", StringComparison.Ordinal) || t[participle].Cap || SpeechLexicon.IsVerb(t[participle].Norm))
        {
            return null;
        }

        var c2 = -1;
        for (var k = participle + 1; k < v; k++)
        {
            if (t[k].Norm is "." or ";" or ":" || p.InQuote[k])
            {
                return null;
            }

            if (t[k].Norm == ",")
            {
                c2 = k;
                break;
            }
        }

        return c2 < 0 || v - (c2 + 1) > 3 || (v > c2 + 1 && !Words.Prepositions.Contains(t[c2 + 1].Norm)) ? null : c1;
    }

    /// <summary>
    /// "…,” said executive vice president and chief operating officer John Knight": the words of a long title after the verb
    /// (title words, role nouns, "and", "of"), so the name after them is still looked for; at least four tokens on.
    /// </summary>
    private static int TitleRunEnd(Paragraph p, int from)
    {
        var t = p.Tokens;
        var k = from;
        while (k < t.Count && k < from + 12 && t[k].IsWord && !t[k].Cap &&
            (NameWords.IsTitle(t[k]) || SpeechLexicon.PersonNouns.Contains(t[k].Norm) || t[k].Norm is "and" or "of" or "the" or "operating" or "financial" or "executive"))
        {
            k++;
        }

        return Math.Max(k, from + 4);
    }

    /// <summary>Nothing but punctuation and adverbs between the quotation and the verb: "…,” said …", "…,” added later …".</summary>
    private static bool VerbOpensAttribution(Paragraph p, int close, int v)
    {
        for (var k = close + 1; k < v; k++)
        {
            var t = p.Tokens[k];
            if (t.IsWord && !t.Norm.EndsWith("ly", StringComparison.Ordinal) && t.Norm is not ("also" or "then" or "later"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A quotation right after the attribution and its comma that goes on in lower case: the rest of the split sentence.</summary>
    private static QuoteSpan? SplitContinuation(Paragraph p, Sentence s, QuoteSpan first, int after)
    {
        var t = p.Tokens;
        var k = after;
        if (k < s.End && t[k].Norm == ",")
        {
            k++;
        }

        if (k + 1 >= s.End || !t[k].IsQuote || Spans.QuoteOpeningAt(p, k) is not { } rest || !t[k + 1].IsWord || t[k + 1].Cap ||
            first.Close - first.Open < 2)
        {
            return null;
        }

        return rest.Close > rest.Open + 2 ? rest : null;
    }

    /// <summary>
    /// The comma opening a relative aside that ends right before the verb: “…,” Dmitry Peskov, who handles the Kremlin's
    /// press, told journalists. The aside holds no quotation, sentence end or speech verb of its own.
    /// </summary>
    private static int? RelativeAsideStart(Paragraph p, int after, int v)
    {
        var t = p.Tokens;
        if (v - 1 <= after || t[v - 1].Norm != ",")
        {
            return null;
        }

        for (var k = v - 2; k > after + 1 && k > v - 30; k--)
        {
            var n = t[k].Norm;
            if (p.InQuote[k] || n is "." or ";" or ":" || t[k].IsQuote || (t[k].IsWord && SpeechLexicon.IsVerb(n)))
            {
                return null;
            }

            if (n is "who" or "whose" && t[k - 1].Norm == ",")
            {
                return k - 1;
            }

            // “…,” Ed Barbini, a spokesman for Corvex, said.: an appositive describing the name right after the quotation.
            if (t[k - 1].Norm == "," && (n is "a" or "an" or "the" or "its" or "his" or "her" or "their" || SpeechLexicon.PersonNouns.Contains(n)) &&
                p.MentionAt[k - 2] >= 0 && p.Mentions[p.MentionAt[k - 2]].First == after + 1 + (t[after + 1].Norm == "," ? 1 : 0))
            {
                return k - 1;
            }
        }

        return null;
    }

    /// <summary>A quotation closing just before the verb, with at most a comma and the speaker's words between.</summary>
    private static QuoteSpan? QuoteBefore(Paragraph p, Sentence s, int v)
    {
        if (Spans.LastQuoteBefore(p, v) is { } q)
        {
            var opensClause = q.Open <= s.First + 1 || p.Tokens[q.Open - 1].Norm is ":" or "," or ";" or "(";
            var before = RelativeAsideStart(p, q.Close, v) ?? InsertStart(p, q.Close, v) ?? v;
            // “… last year...” Ed Barbini said: a quotation trailing off in an ellipsis ends the sentence for the splitter, not
            // for the attribution that follows it.
            var trailing = q.Close == s.First - 1 && q.Close >= 2 && p.Tokens[q.Close - 1].Norm == "." && p.Tokens[q.Close - 2].Norm == ".";

            // “… in the article.” Said Kamau. / “… remains steadfast.” He added.: the attribution is a sentence of its own after
            // a quotation that closed its own sentence.
            var tag = q.Close == s.First - 1 && Spans.TagSentence(p, s, v);
            trailing |= tag;
            if (q.Close < v && (q.Close >= s.First || trailing) && before - q.Close <= 14 && opensClause)
            {
                var clean = true;
                for (var k = q.Close + 1; k < before; k++)
                {
                    var n = p.Tokens[k].Norm;
                    if (n is "that" or "." or ";" or ":" || p.InQuote[k] || (p.Tokens[k].IsWord && SpeechLexicon.IsVerb(n)))
                    {
                        clean = false;
                    }
                }

                var commaInside = trailing || q.Close > 0 && p.Tokens[q.Close - 1].Norm is "," or "?" or "!" or "\u2026" or "..." or "\u2014" or "\u2013";
                var commaAfter = q.Close + 1 < v && p.Tokens[q.Close + 1].Norm == ",";
                // "“To be clear, we refute these allegations” he said": a quoted clause that opens the sentence needs no comma
                // before its attribution.
                var wholeOpening = q.Open <= s.First + 1 && q.Close - q.Open > 5;
                if (clean && (commaInside || commaAfter || q.Close + 1 == v || tag || wholeOpening))
                {
                    return q;
                }
            }
        }

        return null;
    }
}
