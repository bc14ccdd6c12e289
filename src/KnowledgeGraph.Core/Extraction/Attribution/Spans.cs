using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Small token-range checks shared by the sieves: quotation lookups (binary searches), trimming, refusals.</summary>
internal static class Spans
{
    /// <summary>The first comma outside quotations after <paramref name="from"/> (within 40 tokens) with a word after it, or -1.</summary>
    public static int CommaAfter(Text.Paragraph p, Text.Sentence s, int from)
    {
        var t = p.Tokens;
        for (var k = from; k + 1 < s.End && k < from + 40; k++)
        {
            if (t[k].Norm == "," && !p.InQuote[k])
            {
                return t[k + 1].IsWord ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>The quotation opening at token <paramref name="open"/> (binary search: quotes are in text order).</summary>
    public static QuoteSpan? QuoteOpeningAt(Paragraph p, int open)
    {
        int lo = 0, hi = p.Quotes.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var q = p.Quotes[mid];
            if (q.Open == open)
            {
                return q;
            }

            if (q.Open < open)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    /// <summary>The last quotation closing before token <paramref name="before"/>, or null.</summary>
    public static QuoteSpan? LastQuoteBefore(Paragraph p, int before)
    {
        int lo = 0, hi = p.Quotes.Count - 1, best = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (p.Quotes[mid].Close < before)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return best >= 0 ? p.Quotes[best] : null;
    }

    /// <summary>
    /// A sentence that is only an attribution tag for the quotation that closed the sentence before it: “….” Said Kamau.
    /// / “….” He added. / “….” the minister said. The quotation ends in a full stop, question or exclamation mark, the
    /// quotation opens its own sentence, and the tag is a few plain words around its verb at <paramref name="v"/>
    /// (-1: any speech verb of the lexicon).
    /// </summary>
    public static bool TagSentence(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var close = s.First - 1;
        if (close < 2 || !t[close].IsQuote || t[close - 1].Norm is not ("." or "!" or "?") || LastQuoteBefore(p, s.First) is not { } q || q.Close != close ||
            (q.Open > 0 && t[q.Open - 1].Norm is not ("." or "!" or "?" or ":")))
        {
            return false;
        }

        var end = s.End;
        while (end > s.First && t[end - 1].Norm is "." or "!" or "?")
        {
            end--;
        }

        if (end - s.First is < 2 or > 6)
        {
            return false;
        }

        for (var k = s.First; k < end; k++)
        {
            if (!t[k].IsWord || p.InQuote[k])
            {
                return false;
            }
        }

        // The verb opens the tag or closes it ("Said Kamau", "He further added"), so the rest is its subject alone; "The
        // union said it would strike" is a sentence of its own.
        bool At(int k) => v < 0 ? SpeechLexicon.IsVerb(t[k].Norm) : k == v;
        return At(s.First) && end - s.First <= 5 || At(end - 1);
    }

    /// <summary>A sentence that is one quotation and nothing else (bar final punctuation).</summary>
    public static QuoteSpan? QuoteOnly(Paragraph p, Sentence s)
    {
        var q = QuoteOpeningAt(p, s.First);
        return q is { } found && s.End - found.Close <= 2 ? found : null;
    }

    /// <summary>An unquoted "that" strictly between two tokens.</summary>
    public static bool ThatBetween(Paragraph p, int from, int to) => ThatAt(p, from + 1, to) >= 0;

    /// <summary>The first unquoted "that" in [from, to), or -1.</summary>
    public static int ThatAt(Paragraph p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (p.Tokens[k].Norm == "that" && !p.InQuote[k])
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>No "that", full stop or quotation mark strictly between two tokens.</summary>
    public static bool NothingBetween(Paragraph p, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (p.Tokens[k].Norm is "that" or "." || p.Tokens[k].IsQuote)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// ", that" within <paramref name="window"/> tokens of the same sentence, before any other speech verb or quotation:
    /// "confirmed at a meeting … on March 12, and again in an address …, that …".
    /// </summary>
    public static bool CommaThatWithin(Paragraph p, Sentence s, int from, int window)
    {
        for (var k = from; k + 1 < s.End && k < from + window; k++)
        {
            var t = p.Tokens[k];
            if (p.InQuote[k] || (t.IsWord && SpeechLexicon.IsVerb(t.Norm)))
            {
                return false;
            }

            if (t.Norm == "," && p.Tokens[k + 1].Norm == "that")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A "that" or an opening quotation within <paramref name="window"/> tokens, before any other speech verb.</summary>
    public static bool ThatOrQuoteWithin(Paragraph p, Sentence s, int from, int window)
    {
        for (var k = from; k < s.End && k < from + window; k++)
        {
            if (p.Tokens[k].Norm is "that" || (p.Tokens[k].IsQuote && p.InQuote[k]))
            {
                return true;
            }

            if (p.Tokens[k].IsWord && SpeechLexicon.IsVerb(p.Tokens[k].Norm))
            {
                return false; // "responded to pressure by saying: …": the quotation belongs to "saying"
            }
        }

        return false;
    }

    /// <summary>The end of [first, end) without trailing full stops, commas, semicolons, colons and dashes.</summary>
    public static int TrimEnd(Paragraph p, int first, int end)
    {
        while (end > first && p.Tokens[end - 1].Kind == TokenKind.Punct && p.Tokens[end - 1].Norm is "." or "," or ";" or ":" or "-")
        {
            end--;
        }

        return end;
    }

    /// <summary>The first token of [first, end) after opening quotation marks.</summary>
    public static int SkipQuotes(Paragraph p, int first, int end)
    {
        while (first + 1 < end && p.Tokens[first].IsQuote)
        {
            first++;
        }

        return first;
    }

    /// <summary>"I will not comment on rumours …", "No comment.": a refusal, not a claim.</summary>
    private static bool NegatedBefore(Paragraph p, int first, int k)
    {
        for (var j = first; j < k; j++)
        {
            if (p.Tokens[j].Norm is "not" or "never" or "n't" || p.Tokens[j].Norm.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "urged the public to disregard the claim", "asked residents to remain calm", "called on the police to arrest them":
    /// an appeal (someone asked to do something) with no other content is no claim. <paramref name="verbAt"/> is the
    /// trigger verb, [<paramref name="first"/>, <paramref name="end"/>) its content. Content that carries a claim of its
    /// own keeps the statement: a that-clause, a quotation, another speech verb ("to refrain from what he described as a
    /// blockade"), a reason ("because …").
    /// </summary>
    public static bool IsBareAppeal(Paragraph p, int verbAt, string lemma, int first, int end)
    {
        var t = p.Tokens;
        if (verbAt < 0 || first != verbAt + 1)
        {
            return false; // "warned him that soldiers would be needed to guard …": the content is a that-clause after the addressee
        }

        var k = first;
        if (lemma == "call")
        {
            if (k >= end || t[k].Norm is not ("on" or "upon"))
            {
                return false; // "called the report false" labels; only "called on X to" appeals
            }

            k++;
        }
        else if (!Lexicon.Current.AppealVerbs.Contains(t[verbAt].Norm))
        {
            return false;
        }

        // The addressee: a short noun phrase, then "to" and a verb; or, after "warn" and "caution", "against" or "about" and
        // what to beware of ("warned the public against false news", "warned against the spread of misinformation").
        var to = -1;
        var warning = t[verbAt].Norm.StartsWith("warn", StringComparison.Ordinal) || t[verbAt].Norm.StartsWith("caution", StringComparison.Ordinal);
        for (var j = k; j < end && j < k + 10; j++)
        {
            var n = t[j].Norm;
            if (n == "to")
            {
                to = j;
                break;
            }

            if (warning && n is "against" or "about")
            {
                return j + 1 < end && t[j + 1].IsWord && NoContentAfter(p, j + 1, end);
            }

            if (t[j].IsQuote || n is "that" or "whether" or "if" or "what" or "why" or "how" or ":" or ";" || (t[j].IsWord && SpeechLexicon.IsVerb(n)))
            {
                return false;
            }
        }

        if (to < 0 || to == k || to + 1 >= end || !t[to + 1].IsWord || t[to + 1].Cap)
        {
            return false;
        }

        return NoContentAfter(p, to + 1, end);
    }

    /// <summary>
    /// Content that is one appeal in the passive and nothing else: "Any person with information is advised to file a formal
    /// complaint at the nearest police station", "Residents are urged to stay indoors". One sentence, whose first verb asks
    /// and whose rest carries no claim of its own. (A quoted "We encourage the media to verify facts" is annotated as said
    /// in the dev set: the speaker states a position, so the first person is left alone.)
    /// </summary>
    public static bool IsAppealClause(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        while (first < end && t[first].IsQuote)
        {
            first++;
        }

        var stop = end;
        while (stop > first && (t[stop - 1].IsQuote || t[stop - 1].Norm is "." or "!" or ","))
        {
            stop--;
        }

        if (stop - first < 4)
        {
            return false;
        }

        for (var j = first + 1; j < stop && j < first + 30; j++)
        {
            if (t[j].IsQuote || t[j].Norm is ";" or ":" || (t[j].IsWord && SpeechLexicon.IsVerb(t[j].Norm) && !Lexicon.Current.AppealVerbs.Contains(t[j].Norm)))
            {
                return false;
            }

            if (!Words.BeForms.Contains(t[j].Norm))
            {
                continue;
            }

            if (t[j].Norm is "being" or "been" or "be")
            {
                return false; // "they returned to their seats after being instructed to do so": no appeal of the speaker's
            }

            // The first be-form decides: "… is advised to file …", "… are urged to report …".
            var a = j + 1;
            while (a < stop && t[a].Norm is "also" or "hereby" or "strongly" or "kindly" or "therefore")
            {
                a++;
            }

            return a + 2 < stop && Lexicon.Current.AppealVerbs.Contains(t[a].Norm) && t[a].Norm.EndsWith("ed", StringComparison.Ordinal) && t[a + 1].Norm == "to" &&
                t[a + 2].IsWord && !t[a + 2].Cap && OneSentence(t, first, stop) && NoContentAfter(p, a + 2, stop);
        }

        return false;
    }

    private static bool OneSentence(List<Token> t, int first, int stop)
    {
        for (var k = first; k < stop; k++)
        {
            if (t[k].Norm is "." or "!" or "?" or ";")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What an appeal asks for, with no claim of its own: no that-clause, reason, quotation or speech verb of its own.</summary>
    private static bool NoContentAfter(Paragraph p, int from, int end)
    {
        var t = p.Tokens;
        for (var j = from; j < end; j++)
        {
            var n = t[j].Norm;
            if (t[j].IsQuote && t[j].Kind != TokenKind.QuoteStraight && j + 2 < end)
            {
                return false; // a quotation of more than a scare-quoted word or two is content of its own
            }

            if (n is "that" or "because" or "since" or "saying" or "adding" or "noting" or "insisting" or "what" || SpeechOfItsOwn(t, j))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A speech verb in an appeal's content that reports speech of its own ("what he described as", "they said"): not an
    /// asking verb, not a plural noun ("verify reports"), and not a base form after "to" or a modal ("to deny the report"),
    /// which is part of the asked-for action.
    /// </summary>
    private static bool SpeechOfItsOwn(List<Token> t, int j)
    {
        var n = t[j].Norm;
        if (!t[j].IsWord || !SpeechLexicon.IsVerb(n) || Lexicon.Current.AppealVerbs.Contains(n) || n.EndsWith('s'))
        {
            return false;
        }

        // "to no longer believe such claims", "to not simply accept": the adverbs go with the infinitive.
        var b = j - 1;
        while (b > 0 && t[b].IsWord && (t[b].Norm is "not" or "no" or "longer" or "never" or "also" or "always" or "just" or "only" or "simply" or "blindly" ||
               (t[b].Norm.Length > 4 && t[b].Norm.EndsWith("ly", StringComparison.Ordinal))))
        {
            b--;
        }

        var before = t[b];
        return n.EndsWith("ed", StringComparison.Ordinal) || n.EndsWith("ing", StringComparison.Ordinal) || !before.IsWord ||
            !(before.Norm is "to" or "can" or "must" || Words.IsFutureModal(before.Norm));
    }

    /// <summary>How many word tokens lie in [<paramref name="from"/>, <paramref name="end"/>).</summary>
    private static int WordsIn(Paragraph p, int from, int end)
    {
        var n = 0;
        for (var k = from; k < end; k++)
        {
            n += p.Tokens[k].IsWord ? 1 : 0;
        }

        return n;
    }

    public static bool RefusesComment(Paragraph p, int first, int end)
    {
        for (var k = first; k < end && k < first + 16; k++)
        {
            // "He is neither confirming nor denying that …", "we will not confirm or deny …": an evasive non-answer.
            if (p.Tokens[k].Norm is "neither" or "not" or "n't" or "never" && k + 3 < end && p.Tokens[k + 1].Norm.StartsWith("confirm", StringComparison.Ordinal) &&
                p.Tokens[k + 2].Norm is "nor" or "or" && p.Tokens[k + 3].Norm.StartsWith("den", StringComparison.Ordinal))
            {
                return true;
            }

            // "it is not our practice to respond to speculative campaigns", "we never reply to rumours": declining to answer.
            if (p.Tokens[k].Norm is "respond" or "react" or "reply" && k > first && p.Tokens[k - 1].Norm == "to" && NegatedBefore(p, first, k) &&
                k + 2 < end && p.Tokens[k + 1].Norm == "to" && p.Tokens[k + 2].Norm is "speculative" or "speculation" or "rumours" or "rumors" or "gossip" or "such" or "these" or "reports")
            {
                return true;
            }

            if (k >= first + 8)
            {
                continue;
            }

            // "I have nothing to say", "we have nothing to add", "No comment.": when that is all the content says ("We have
            // nothing to say on this. It is up to Deutsche …" goes on to a statement).
            if ((p.Tokens[k].Norm == "nothing" && k + 2 < end && p.Tokens[k + 1].Norm == "to" && p.Tokens[k + 2].Norm is "say" or "add" && WordsIn(p, k + 3, end) <= 4) ||
                (p.Tokens[k].Norm == "no" && k + 1 < end && p.Tokens[k + 1].Norm == "comment" && k + 2 >= end))
            {
                return true;
            }

            // "we are not commenting", "he never comments on internal discussions": a refusal in the present too.
            // ("don't", "doesn't" may come as one word)
            if (p.Tokens[k].Norm is "commenting" or "comments" or "speculating" or "discussing" && k > first &&
                (p.Tokens[k - 1].Norm is "not" or "n't" or "never" || p.Tokens[k - 1].Norm.EndsWith("n't", StringComparison.Ordinal)))
            {
                return true;
            }

            if (p.Tokens[k].Norm is "comment" or "discuss" or "speculate" or "talk" or "reveal" or "disclose" or "divulge" or "elaborate" && k > first &&
                (p.Tokens[k - 1].Norm is "not" or "no" or "n't" or "never" || p.Tokens[k - 1].Norm.EndsWith("n't", StringComparison.Ordinal) ||
                 (p.Tokens[k - 1].Norm == "to" && k > first + 1 && p.Tokens[k - 2].Norm == "going" && k > first + 2 && p.Tokens[k - 3].Norm is "not" or "n't") ||
                 // "he was unwilling to discuss the issues publicly because …", "is reluctant to comment", "declined to elaborate"
                 (p.Tokens[k - 1].Norm == "to" && k > first + 1 && p.Tokens[k - 2].Norm is "unwilling" or "reluctant" or "declined" or "declines" or "refused" or "refuses")))
            {
                return true;
            }
        }

        return false;
    }
}
