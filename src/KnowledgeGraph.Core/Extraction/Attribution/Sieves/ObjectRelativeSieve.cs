using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// "…, which Okafor denied", "allegations that she took bribes, which she denies", "those talks — which the mayor had
/// mentioned, but which the port had repeatedly denied — …": a relative clause whose subject is named and whose verb has
/// no object of its own. Its speaker said or denied what the relative points back to: the clause of the statement just
/// before it, the that-clause of a framing noun ("allegations that …"), or the noun phrase itself.
/// </summary>
internal sealed class ObjectRelativeSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "object-relative";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var t = p.Tokens;
        var v = scope.Triggers[index].At;
        if (ZeroRelative(p, s, v) && HeadsRelative(scope, index))
        {
            return SieveOutcome.Nothing; // "- claims Ms Hanson denied": "claims" is the noun the relative after it is about
        }

        if (scope.Triggers[index].Kind != TriggerKind.Verb)
        {
            return SieveOutcome.Pass;
        }

        var w = SubjectEnd(p, s, v);

        // "which" then a subject of at most six words, ending right before the verb; or a framing noun with no "which"
        // after a dash or comma ("… - claims Ms Hanson vehemently denied", ", allegations the ministry rejects").
        var rel = -1;
        var zero = false;
        for (var k = w; k > s.First && k >= w - 6; k--)
        {
            if (p.InQuote[k] || !t[k].IsWord && t[k].Norm is not ("." or "'s") || t[k].Norm is "who" or "that")
            {
                break;
            }

            if (t[k].Norm == "which")
            {
                rel = k;
                break;
            }

            if (k < w && ZeroRelative(p, s, k))
            {
                rel = k;
                zero = true;
                break;
            }
        }

        if (rel >= 0 && rel < w && scope.Triggers[index].Lemma is "call" or "describe" or "characterize" or "label" or "brand" && Described(scope, index, rel, w) is { } described)
        {
            return SieveOutcome.Found(described);
        }

        if (rel < 0 || rel == w || ClauseEnd(p, s, v) is not { } clauseEnd)
        {
            return SieveOutcome.Pass; // "Granma, which noted that …" is the relative-clause sieve's
        }

        var opener = rel - 1;
        if (opener > s.First && t[opener].Norm is "but" or "and")
        {
            opener--;
        }

        if (opener <= s.First || !(IsAsideMark(t[opener].Norm) || zero && t[opener].Norm == "-") || p.InQuote[opener])
        {
            return SieveOutcome.Pass;
        }

        var subject = Context.Subjects.FindSubject(p, rel + 1, w + 1);
        if (subject is { First: >= 0 } inside && inside.First <= rel)
        {
            return SieveOutcome.Pass;
        }

        if (subject is null && PronounAntecedent(p, s, rel, w, opener) is { First: >= 0 } main)
        {
            subject = main; // "Okafor faces allegations that …, which she denies": the pronoun is the sentence's subject
        }

        if (subject is null)
        {
            return SieveOutcome.Pass;
        }

        var evidenceFirst = zero ? opener + 1 : t[rel - 1].Norm is "but" or "and" ? rel - 1 : rel;
        if (Antecedent(scope, opener, zero) is not var (first, end, echoed) || end <= first)
        {
            return SieveOutcome.Pass;
        }

        var (id, subjectFirst, subjectEnd) = subject.Value;
        return SieveOutcome.Found(new Finding(id, subjectFirst, subjectEnd, first, end, echoed && !zero ? first : evidenceFirst, clauseEnd));
    }

    /// <summary>The clause before <paramref name="end"/>, from the sentence start or the last comma or dash: "Okafor met the mayor".</summary>
    private static (int First, int End, bool Echoed)? WholeClause(Paragraph p, Sentence s, int end)
    {
        var first = end - 1;
        while (first > s.First && !IsAsideMark(p.Tokens[first - 1].Norm) && !p.InQuote[first - 1])
        {
            first--;
        }

        return end - first is >= 3 and <= 25 && !p.InQuote[first] ? (first, end, false) : null;
    }

    /// <summary>
    /// "Cuba, which he called a “failing nation”", "the plan, which she described as reckless": the name before the
    /// relative is what the verdict after the verb describes; the statement is "Cuba is a failing nation".
    /// </summary>
    private Finding? Described(SentenceScope scope, int index, int rel, int w)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var t = p.Tokens;
        var v = scope.Triggers[index].At;
        if (rel - 2 < s.First || t[rel - 1].Norm != "," || p.MentionAt[rel - 2] < 0 || p.Mentions[p.MentionAt[rel - 2]].End != rel - 1)
        {
            return null;
        }

        var found = Context.Subjects.FindSubject(p, rel + 1, w + 1) ?? PronounAntecedent(p, s, rel, w, rel - 1); // "Reyes attacked the board, which he called …"

        if (found is not { } subject || subject.First >= rel - 2 && subject.First < rel)
        {
            return null;
        }

        var named = p.Mentions[p.MentionAt[rel - 2]];
        var first = v + 1;
        if (first < s.End && t[first].Norm == "as")
        {
            first++;
        }

        var end = first;
        while (end < s.End && !(t[end].Norm is "," or ";" or "." && !p.InQuote[end]) && end < first + 12)
        {
            end++;
        }

        var from = first;
        while (from < end && t[from].IsQuote)
        {
            from++;
        }

        var to = Spans.TrimEnd(p, from, end);
        while (to > from && t[to - 1].IsQuote)
        {
            to = Spans.TrimEnd(p, from, to - 1);
        }

        if (to - from < 1 || to - from > 10)
        {
            return null;
        }

        return new Finding(subject.Id, subject.First, subject.End, from, to, rel, Math.Min(end + 1, s.End))
        {
            PrefixFirst = named.First,
            PrefixEnd = named.End,
            PrefixIsSubject = true,
        };
    }

    /// <summary>
    /// A relative whose subject is a bare pronoun ("which she denies") in the sentence that first names its antecedent:
    /// the pronoun is the subject of the main clause before <paramref name="mainEnd"/> (the discourse does not know it yet).
    /// </summary>
    private (string Id, int First, int End)? PronounAntecedent(Paragraph p, Sentence s, int rel, int w, int mainEnd) =>
        w == rel + 1 && Words.SubjectPronouns.Contains(p.Tokens[w].Norm) ? Context.Subjects.FindSubject(p, s.First, mainEnd) : null;

    private static bool IsAsideMark(string n) => n is "," or "\u2014" or "\u2013" or "--" or "(";

    /// <summary>The framing noun at trigger <paramref name="index"/> is followed by a named subject and a verb with no object.</summary>
    private bool HeadsRelative(SentenceScope scope, int index)
    {
        var p = scope.Paragraph;
        var v = scope.Triggers[index].At;
        if (index + 1 >= scope.Triggers.Count || scope.Triggers[index + 1] is not { Kind: TriggerKind.Verb } next || next.At > v + 8 ||
            ClauseEnd(p, scope.Sentence, next.At) is null)
        {
            return false;
        }

        var w = SubjectEnd(p, scope.Sentence, next.At);
        return w > v && Context.Subjects.FindSubject(p, v + 1, w + 1) is { } subject && subject.First > v && subject.First <= v + 3; // "claims Ms Hanson", "claims the ministry"
    }

    /// <summary>The last token before verb <paramref name="v"/> past adverbs and auxiliaries ("has also", "would later"): where its subject ends.</summary>
    private static int SubjectEnd(Paragraph p, Sentence s, int v)
    {
        var w = VerbFrame.BeforeAdverbs(p, s, v);
        while (w > s.First && p.Tokens[w].Norm is "has" or "have" or "had" or "did" or "does" or "do" or "would" or "will")
        {
            w = VerbFrame.BeforeAdverbs(p, s, w);
        }

        return w;
    }

    /// <summary>
    /// A framing noun at <paramref name="k"/> that opens a relative clause with no "which", right after a dash or comma:
    /// "… - claims Ms Hanson vehemently denied", ", allegations the ministry rejects".
    /// </summary>
    private static bool ZeroRelative(Paragraph p, Sentence s, int k)
    {
        var t = p.Tokens;
        if (!Lexicon.Current.FramingNouns.Contains(t[k].Norm) || t[k].Cap)
        {
            return false;
        }

        // (", a charge X denied", with its determiner, is the coordinated-verb sieve's)
        return k - 1 > s.First && t[k - 1].Norm is "," or "-" or "\u2014" or "\u2013" or "--";
    }

    /// <summary>
    /// The end of a verb with no object: right at a comma, dash or the sentence end, or after a short adverbial ("on
    /// several occasions", "in the past"); null when something else follows (an object, "that", a quotation).
    /// </summary>
    private static int? ClauseEnd(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var k = v + 1;
        if (k < s.End && t[k].Norm is "on" or "in" or "at" or "for" or "since" or "during" or "repeatedly" or "publicly" or "strongly" or "vehemently" or
            "last" or "earlier" or "then" or "too" or "again")
        {
            for (var j = k + 1; j < s.End && j <= k + 5; j++)
            {
                if (!t[j].IsWord && !char.IsDigit(t[j].Norm[0]))
                {
                    k = j;
                    break;
                }
            }
        }

        if (k >= s.End || t[k].Norm is "." or ";" or ")" || (IsAsideMark(t[k].Norm) && t[k].Norm != "(") || k == s.End - 1 && !t[k].IsWord)
        {
            return k;
        }

        return null;
    }

    /// <summary>
    /// What the relative before <paramref name="opener"/> points back to: the content of the statement ending there
    /// (echoed = true), a framing noun's that-clause, or the noun phrase; earlier relatives of the same noun
    /// ("— which X mentioned, but which Y denied") are stepped over.
    /// </summary>
    private static (int First, int End, bool Echoed)? Antecedent(SentenceScope scope, int opener, bool zero)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var t = p.Tokens;
        if (scope.Found.Count > 0 && scope.Found[^1] is var previous && previous.ContentEnd <= opener && previous.ContentEnd >= opener - 1 &&
            previous.ContentEnd - previous.ContentFirst >= 3)
        {
            return (previous.ContentFirst, previous.ContentEnd, true); // "X claimed the cranes were unsafe, which Okafor denied"
        }

        if (zero && scope.Found.Count > 0 && scope.Found[^1] is var claimed && opener - claimed.ContentFirst >= 3 &&
            claimed.ContentFirst > claimed.SpeakerEnd)
        {
            // "He alleged that she had propositioned him at her home and at an apartment - claims Ms Hanson denied": all
            // the content up to the dash, however much of it the statement before kept.
            return (claimed.ContentFirst, Spans.TrimEnd(p, claimed.ContentFirst, opener), true);
        }

        // Step back over an earlier relative of the same noun: "those talks — which the mayor mentioned, but which …".
        var end = opener;
        for (var round = 0; round < 3; round++)
        {
            var earlier = -1;
            for (var k = end - 1; k > s.First && k >= end - 14; k--)
            {
                if (p.InQuote[k] || t[k].Norm is "." or ";")
                {
                    break;
                }

                if (t[k].Norm == "which" && IsAsideMark(t[k - 1].Norm))
                {
                    earlier = k - 1;
                    break;
                }

                if (IsAsideMark(t[k].Norm))
                {
                    break;
                }
            }

            if (earlier < 0)
            {
                break;
            }

            end = earlier;
        }

        // A framing noun with its that-clause: "allegations that she took bribes from shippers, which she denies".
        for (var k = end - 2; k > s.First && k >= end - 16; k--)
        {
            if (p.InQuote[k] || IsAsideMark(t[k].Norm) || t[k].Norm is "." or ";")
            {
                break;
            }

            if (t[k].Norm == "that" && Lexicon.Current.FramingNouns.Contains(t[k - 1].Norm))
            {
                return k + 1 < end - 1 ? (k + 1, Spans.TrimEnd(p, k + 1, end), false) : null;
            }
        }

        // The noun phrase: back to its determiner or its framing noun ("charges of fraud"), at most six words, all
        // outside quotations, no verb among them.
        for (var k = end - 1; k >= s.First && k >= end - 6; k--)
        {
            if (!t[k].IsWord || p.InQuote[k] || SpeechLexicon.IsVerb(t[k].Norm) || (Words.Prepositions.Contains(t[k].Norm) && t[k].Norm != "of"))
            {
                return WholeClause(p, s, end); // "Okafor met the mayor in secret, which she denies"
            }

            if (Words.Determiners.Contains(t[k].Norm) || t[k].Norm is "those" or "these" or "this" or "that")
            {
                if (k + 1 >= end)
                {
                    return null;
                }

                // "Okafor met the mayor, which she denies": a noun phrase after a verb is its object, and the relative
                // points back to the whole clause; one that opens the sentence or follows a comma is the antecedent itself.
                var before = k - 1;
                if (before < s.First || IsAsideMark(t[before].Norm) || Words.Prepositions.Contains(t[before].Norm) || t[before].Norm is "and" or "but" or "or")
                {
                    return (k, end, false);
                }

                return WholeClause(p, s, end);
            }

            if (Lexicon.Current.FramingNouns.Contains(t[k].Norm) && k > s.First && !Words.Determiners.Contains(t[k - 1].Norm))
            {
                return k + 1 < end ? (k, end, false) : null;
            }
        }

        return null;
    }
}
