using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// Reverse attribution of indirect speech: "Cuba has exchanged messages with Washington, the deputy minister told EFE."
/// The reported clause comes first; the speaker follows the comma that ends it, and only a short tail follows the verb.
/// </summary>
internal sealed class ClauseThenVerbSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "clause-then-verb";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var trig = scope.Triggers[index];
        if (scope.PreviousAt < 0 && trig.Kind == TriggerKind.Verb && ContentBefore(scope.Paragraph, scope.Sentence, trig.At) is { } back)
        {
            return SieveOutcome.Found(back);
        }

        return SieveOutcome.Pass;
    }

    /// <summary>
    /// "Cuba has exchanged messages with Washington, but …, Deputy Foreign Minister X told EFE in an interview.": the
    /// speaker comes after the comma that ends the reported clause, and nothing reported follows the verb.
    /// </summary>
    private Finding? ContentBefore(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var comma = -1;
        for (var k = v - 1; k > s.First && k >= v - 12; k--)
        {
            if (t[k].Norm == "," && !p.InQuote[k])
            {
                comma = k;
                break;
            }
        }

        // "Claims that the PM lied are ‘nonsense,’ Raab says": the quotation mark that closes a one-word verdict stands
        // between the comma and the speaker.
        var subjectAt = comma + 1 < v && (t[comma + 1].IsQuote || t[comma + 1].Norm == "'") ? comma + 2 : comma + 1;
        if (comma < 0 || Context.Subjects.FindSubject(p, subjectAt, v) is not { } sp || sp.First != subjectAt && !(sp.First > subjectAt && TitleOnly(p, subjectAt, sp.First)))
        {
            return null;
        }

        if (sp.End < v - 1 || Spans.ThatOrQuoteWithin(p, s, v + 1, s.End - v))
        {
            return null;
        }

        for (var k = v + 1; k < s.End; k++)
        {
            if (t[k].Norm is "that" or ":" || (t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm)))
            {
                return null;
            }
        }

        // Only a short tail may follow: "said.", "said on Monday", "told EFE in an interview", "told reporters".
        var next = v + 1 < s.End ? t[v + 1].Norm : ".";
        var tellsSomeone = SpeechLexicon.TryVerb(t[v].Norm, out var lemma, out _) && lemma == "tell" &&
            ((v + 1 < s.End && p.MentionAt[v + 1] >= 0) || next is "reporters" or "journalists" or "the" or "a" or "an" or "state" or "local");
        if (next is not ("." or "," or "!") && !tellsSomeone && !(Words.Prepositions.Contains(next) || TimeWord(next)))
        {
            return null;
        }

        var first = s.First;
        for (var k = s.First; k < comma && k < s.First + 12; k++)
        {
            if (t[k].Norm is "—" or "–" || (t[k].Norm == "-" && k > s.First && t[k - 1].Norm is "." or ")"))
            {
                first = k + 1; // "Havana, Feb 5 (EFE).- …", "WASHINGTON (AP) — …": a dateline is not content
            }
        }

        while (first < comma && t[first].IsQuote)
        {
            first++;
        }

        for (var k = first; k < comma; k++)
        {
            if (p.InQuote[k] || t[k].Norm is "." or "?" or "!")
            {
                return null;
            }
        }

        var cEnd = Spans.TrimEnd(p, first, comma);
        if (cEnd - first < 4 || t[first].Norm is "after" or "before" or "in" or "when" or "while" or "despite" or "as" or "during" or "following" or "asked" or "speaking" or "if" or "for" or "with" or "on" or "at")
        {
            return null;
        }

        return new Finding(sp.Id, sp.First, sp.End, first, cEnd, first, v + 1);
    }

    private static bool TimeWord(string n) =>
        n is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "today" or "yesterday" or
            "tonight" or "last" or "this" or "earlier" or "later" or "recently" or "again" or "repeatedly";

    private static bool TitleOnly(Paragraph p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var n = p.Tokens[k].Norm;
            if (!(NameWords.Titles.Contains(n) || n is "the" or "a" or "an" or "of" or "'s" or "." || p.MentionAt[k] >= 0 || p.Tokens[k].Cap))
            {
                return false;
            }
        }

        return true;
    }
}
