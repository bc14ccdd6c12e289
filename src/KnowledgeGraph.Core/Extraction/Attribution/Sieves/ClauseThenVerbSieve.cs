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
        var opening = scope.Paragraph.Tokens[scope.Sentence.First].Norm;
        if (SpeechLexicon.TryVerb(opening, out _, out var denies) && SpeechVerbs.FrontedDenial(scope.Paragraph, scope.Sentence, scope.Sentence.First, denies))
        {
            return SieveOutcome.Pass; // "Rejecting reports that …, Okafor told reporters …": the participle is Okafor's own denial
        }

        if (scope.PreviousAt < 0 && trig.Kind == TriggerKind.Verb && ContentBefore(scope.Paragraph, scope.Sentence, trig.At) is { } back)
        {
            return SieveOutcome.Found(back);
        }

        // "The minister did not say any such word, the spokesperson added.", "X has also stated that …, said the Minister.": the
        // last verb of the sentence attributes the whole clause before it, earlier speech verbs inside that clause included,
        // when a description or a name follows the comma (or the verb right after it)
        // (not an outlet: "Huda said …, the Daily Star reported" relays Huda's words; nor a writer: "Minister X has refuted
        // claims that …, writes Jane Roe" is the minister's denial in the reporter's story).
        if (scope.PreviousAt >= 0 && trig.Kind == TriggerKind.Verb && index == scope.Triggers.Count - 1 && !trig.Denial &&
            ContentBefore(scope.Paragraph, scope.Sentence, trig.At) is { } over && over.SpeakerFirst > 0 &&
            (scope.Paragraph.Tokens[over.SpeakerFirst - 1].Norm == "," ||
             (over.SpeakerFirst == trig.At + 1 && scope.Paragraph.Tokens[trig.At - 1].Norm == ",")) && // "…, said the Minister."
            !Context.IsMedia(over.SpeakerId) && trig.Lemma is not ("report" or "write") &&
            scope.Found.All(f => f.Trigger.At >= over.ContentFirst && f.Trigger.At < over.ContentEnd))
        {
            // "Iran denied accusations that Tehran is behind the attacks, a foreign ministry spokesman, Abbas Mousavi, said": the
            // one who says his side denied it denies it, and what is denied is what follows the clause's denial verb.
            return SieveOutcome.Found(SideDenialAt(scope, index, over) is var denial and > 0
                ? over with { Supersedes = true, ContentFirst = denial + 1, Denies = true }
                : over with { Supersedes = true });
        }

        return SieveOutcome.Pass;
    }

    /// <summary>
    /// The clause before the speaker opens with a name and a verb of denial ("Iran denied …", "The ministry has rejected …")
    /// and the speaker is a person described as a spokesperson: the denial verb's token, else -1.
    /// </summary>
    private int SideDenialAt(SentenceScope scope, int index, Finding over)
    {
        var p = scope.Paragraph;
        if (!Context.Analysis.Entities.TryGetValue(over.SpeakerId, out var speaker) || speaker.Kind != Model.EntityKind.Person || !SpokespersonBetween(p, over.ContentEnd, scope.Triggers[index].At))
        {
            return -1; // ("Iran denied …, a US official said": one who only reports another side's denial passes it on)
        }

        for (var j = 0; j < index; j++)
        {
            var inner = scope.Triggers[j];
            if (!inner.Denial || inner.At <= over.ContentFirst || inner.At > over.ContentFirst + 5 || inner.At + 2 >= over.ContentEnd)
            {
                continue;
            }

            var k = over.ContentFirst;
            if (p.MentionAt[k] >= 0)
            {
                k = p.Mentions[p.MentionAt[k]].End;
            }
            else if (p.Tokens[k].Norm is "the" && k + 1 < inner.At)
            {
                k += 2;
            }

            while (k < inner.At && p.Tokens[k].Norm is "has" or "have" or "had" or "also" or "again" or "flatly" or "categorically" or "strongly" or "firmly")
            {
                k++;
            }

            return k == inner.At ? inner.At : -1;
        }

        return -1;
    }

    /// <summary>A spokesperson's noun between the clause and the verb ("…, a foreign ministry spokesman, Abbas Mousavi, said").</summary>
    private static bool SpokespersonBetween(Paragraph p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (ReferenceResolver.IsSpokesNoun(p.Tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A listener of one plain word after "told", then the sentence's end, a comma, a preposition or a time word.</summary>
    private static bool OneWordListener(List<Token> t, int k, int end) =>
        k + 1 < end && t[k].IsWord && !t[k].Cap && !SpeechLexicon.IsVerb(t[k].Norm) && t[k].Norm is not ("that" or "him" or "her" or "them" or "me" or "us") &&
        (t[k + 1].Norm is "." or "," or "!" || Words.Prepositions.Contains(t[k + 1].Norm) || TimeWord(t[k + 1].Norm));

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
            // "… ‘nonsense,’ Raab says": the comma inside the closing mark of a one-word verdict ends the clause too.
            if (t[k].Norm == "," && (!p.InQuote[k] || (k + 1 < v && t[k + 1].Kind is TokenKind.QuoteClose or TokenKind.QuoteStraight)))
            {
                comma = k;
                break;
            }
        }

        // "…, their lawyer, Rebecca Stein, said" / "…, Rebecca Stein, their lawyer, said": a speaker set off by commas
        // with a description beside it; the reported clause ends at the comma before both.
        if (comma == v - 1 && AppositionSpeaker(p, s, comma) is { } apposed)
        {
            comma = apposed.ClauseEnd;
            return ClauseBefore(p, s, v, comma, (apposed.Id, apposed.First, apposed.End), apposition: true);
        }

        // "Claims that the PM lied are ‘nonsense,’ Raab says": the quotation mark that closes a one-word verdict stands
        // between the comma and the speaker.
        var subjectAt = comma + 1 < v && (t[comma + 1].IsQuote || t[comma + 1].Norm == "'") ? comma + 2 : comma + 1;

        // "Senator Tom Reyes is not seriously ill, his office has said": the possessive points back to the person the
        // clause is about, not to whoever spoke last.
        // "…, her Australian press representative has said": up to two modifiers before the proxy noun.
        var proxy = subjectAt + 1;
        while (proxy < v && proxy < subjectAt + 3 && t[proxy].IsWord && !Lexicon.Current.ProxyNouns.Contains(t[proxy].Norm) && p.MentionAt[proxy] < 0 &&
               !SpeechLexicon.IsVerb(t[proxy].Norm))
        {
            proxy++;
        }

        if (comma > s.First && proxy + 1 <= v && t[subjectAt].Norm is "his" or "her" && Lexicon.Current.ProxyNouns.Contains(t[proxy].Norm) &&
            FirstPersonNamed(p, s.First, Math.Min(comma, s.First + 4)) is { } about)
        {
            // "President X was not ill, his spokesman said" ¶ "“…,” said Presidential Spokesperson Y": a spokesperson the lead
            // names next with that role is the one who said it.
            var speaker = ReferenceResolver.IsSpokesNoun(t[proxy].Norm) && Context.References.PersonNamedNext(p, v, t[proxy].Norm, null, newOnly: true) is { } named &&
                named != about ? named : about;
            return ClauseBefore(p, s, v, comma, (speaker, subjectAt, proxy + 1), apposition: false);
        }

        // "…, Tass news agency reported", "…, state news agency IRNA reported": an outlet credited with words for what it is,
        // before or after its name (the credit the relay reads too), speaks right up to the verb.
        if (comma >= 0 && CreditPhrase.Before(p, s.First, v) is var (credit, creditComma) && creditComma == comma &&
            Context.SpeakerEntity(credit.EntityId) is var outlet && Context.IsMedia(outlet))
        {
            return ClauseBefore(p, s, v, comma, (outlet, credit.First, v), apposition: false);
        }

        if (comma < 0 || Context.Subjects.FindSubject(p, subjectAt, v) is not { } sp || sp.First != subjectAt && !(sp.First > subjectAt && TitleOnly(p, subjectAt, sp.First)))
        {
            // "…, said Rebecca Stein, their lawyer.": the speaker after the verb, only a description after the speaker.
            var verbComma = comma >= 0 && (comma == v - 1 || (comma == v - 2 && t[v - 1].IsQuote && p.InQuote[comma]));
            if (verbComma && SpeakerAfterVerb(p, s, v) is { } after)
            {
                return ClauseBefore(p, s, v, comma, after, apposition: true);
            }

            // "…, said the Minister.", "…, added the spokeswoman.": a description after the verb, closing the sentence.
            if (verbComma && DescribedSpeakerAfterVerb(p, s, v) is { } described)
            {
                return ClauseBefore(p, s, v, comma, described, apposition: true);
            }

            // "…, said Police Commissioner Mark Hill in a press conference", "…, insists Riverside boss Tom Evans": a title
            // before the name and an adjunct of place or time after it.
            return verbComma && TitledSpeakerAfterVerb(p, s, v) is { } titled ? ClauseBefore(p, s, v, comma, titled, apposition: true, tailChecked: true) : null;
        }

        // "…, the Indian High Commission in Colombo said": a place the speaker is in stands between it and the verb.
        if (sp.End < v - 1 && PlaceAdjunct(p, sp.End, v))
        {
            sp = (sp.Id, sp.First, v - 1);
        }

        return ClauseBefore(p, s, v, comma, sp, apposition: false);
    }

    /// <summary>"in Colombo", "in the capital Abuja", "from London": a preposition of place and one place named, filling [from, to).</summary>
    private bool PlaceAdjunct(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        if (to - from > 5 || t[from].Norm is not ("in" or "at" or "from" or "based"))
        {
            return false;
        }

        var k = from + 1;
        if (t[from].Norm == "based" && k < to && t[k].Norm == "in")
        {
            k++;
        }

        while (k < to && p.MentionAt[k] < 0 && t[k].IsWord && !t[k].Cap && !SpeechLexicon.IsVerb(t[k].Norm))
        {
            k++; // "in the capital", "in the city of"
        }

        return k < to && p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is var m && m.End == to &&
            Context.Analysis.Entities[m.EntityId].Kind == Model.EntityKind.Place;
    }

    /// <summary>The person a mention in [from, to) names, past titles before it ("Senator Tom Reyes").</summary>
    private string? FirstPersonNamed(Paragraph p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (p.MentionAt[k] >= 0)
            {
                var id = p.Mentions[p.MentionAt[k]].EntityId;
                return Context.Analysis.Entities[id].Kind == Model.EntityKind.Person ? id : null;
            }

            if (!p.Tokens[k].Cap)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The speaker of "…, their lawyer, Rebecca Stein, said" or "…, Rebecca Stein, their lawyer, said": two comma-set
    /// segments before the comma of the verb, one a name the subject finder resolves, the other a short description
    /// in lower case; and the comma that ends the reported clause.
    /// </summary>
    private (string Id, int First, int End, int ClauseEnd)? AppositionSpeaker(Paragraph p, Sentence s, int verbComma)
    {
        var t = p.Tokens;
        var c2 = PreviousComma(p, s, verbComma, 8);
        var c3 = c2 < 0 ? -1 : PreviousComma(p, s, c2, 8);
        if (c3 < 0)
        {
            return null;
        }

        foreach (var (nameFrom, nameTo, descFrom, descTo) in new[] { (c2 + 1, verbComma, c3 + 1, c2), (c3 + 1, c2, c2 + 1, verbComma) })
        {
            // "…, Col. Shaban Bantariza, a government spokesman, told reporters": titles may stand before the name.
            if (Description(p, descFrom, descTo) && Context.Subjects.FindSubject(p, nameFrom, nameTo) is { } sp && sp.End == nameTo &&
                p.MentionAt[sp.First] >= 0 && (sp.First == nameFrom || (sp.First > nameFrom && TitleOnly(p, nameFrom, sp.First))))
            {
                return (sp.Id, sp.First, sp.End, c3);
            }
        }

        return null;
    }

    private (string Id, int First, int End)? SpeakerAfterVerb(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var end = v + 1;
        while (end < s.End && t[end].IsWord && t[end].Cap)
        {
            end++;
        }

        if (end == v + 1 || p.MentionAt[v + 1] < 0 || Context.Subjects.FindSubject(p, v + 1, end) is not { } sp || sp.First != v + 1)
        {
            return null;
        }

        // Only the end of the sentence, or ", <description>." may follow the name.
        var rest = end < s.End && t[end].Norm == "," ? end + 1 : end;
        var stop = s.End;
        while (stop > rest && t[stop - 1].Norm is "." or "!" or "?" || (stop > rest && t[stop - 1].IsQuote))
        {
            stop--;
        }

        return rest == stop || (rest > end && Description(p, rest, stop)) ? sp : null;
    }

    /// <summary>
    /// "…, said the Minister.", "…, added the company's spokeswoman.", "…, said the ministry.": a determiner and at most
    /// four words naming a person, an office or an organisation right after the verb, then the sentence's end; the one the
    /// description resolves to, else null.
    /// </summary>
    private (string Id, int First, int End)? DescribedSpeakerAfterVerb(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var stop = s.End;
        while (stop > v + 1 && (t[stop - 1].Norm is "." or "!" or "?" || t[stop - 1].IsQuote))
        {
            stop--;
        }

        if (v + 2 >= stop + 1 || stop - (v + 1) is < 2 or > 5 || t[v + 1].Norm is not ("the" or "a" or "an" or "his" or "her" or "its" or "their"))
        {
            return null;
        }

        for (var k = v + 2; k < stop; k++)
        {
            if (!t[k].IsWord && t[k].Norm != "'s" || p.InQuote[k] || SpeechLexicon.IsVerb(t[k].Norm) || Words.BeForms.Contains(t[k].Norm) ||
                t[k].Norm is "has" or "have" or "had" or "will" or "would" or "can" or "could" or "may" or "might" or "should" or "must")
            {
                return null; // "…, said the notice was fake": a clause, not a description
            }
        }

        // The description ends in an office or a person's noun ("the Minister", "the company's spokeswoman"), an
        // organisation's or an outlet's noun ("said the ministry", "said the newspaper"), or a name ("said the Harbour
        // Ministry").
        var last = t[stop - 1];
        if (!(NameWords.IsTitle(last) || Lexicon.Current.PersonNouns.Contains(last.Norm) || Lexicon.Current.ProxyNouns.Contains(last.Norm) ||
              Lexicon.Current.AnonymousSpeakers.Contains(last.Norm) || SpeechLexicon.IsInstitutionNoun(last.Norm) || Lexicon.Current.OutletNouns.Contains(last.Norm) ||
              (t[v + 1].Norm == "the" && p.MentionAt[v + 2] >= 0 && p.Mentions[p.MentionAt[v + 2]].End == stop)))
        {
            return null;
        }

        return Context.Subjects.FindSubject(p, v + 1, stop) is { } sp && (sp.First == v + 1 || (sp.First == v + 2 && t[v + 1].Norm == "the")) ? sp : null;
    }

    /// <summary>
    /// The speaker of "…, said Police Commissioner Mark Hill.", "…, insists Riverside boss Tom Evans", "…, said police
    /// spokesperson Ann Lee at the press conference": titles (capitalised, or lower-case words qualifying a title) run
    /// from the verb to a name that ends them; after the name only the sentence's end, a time word, or an adjunct
    /// opened by a preposition ("in a Friday press conference", "on Monday"), which may end in a relative clause of its
    /// own ("… press conference that also warned the media"). No quotation and no speech verb before that relative.
    /// </summary>
    private (string Id, int First, int End)? TitledSpeakerAfterVerb(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var end = v + 1;
        var titled = false;
        // "…, says its head Syed Saddiq", "…, said their lawyer, Jane Roe": the owner's title, a comma at most, then the name.
        var owned = end + 1 < s.End && t[end].Norm is "its" or "his" or "her" or "their" && NameWords.IsTitle(t[end + 1]);
        if (owned)
        {
            end++;
        }

        while (end < s.End && end < v + 10 && (t[end].IsWord || (owned && t[end].Norm == "," && end > v + 2 && NameWords.IsTitle(t[end - 1]))) &&
               !p.InQuote[end] && !SpeechLexicon.IsVerb(t[end].Norm) &&
               (t[end].Cap || t[end].Norm == "," || NameWords.IsTitle(t[end]) || TitleFollows(p, end + 1, Math.Min(s.End, end + 3))))
        {
            titled |= NameWords.IsTitle(t[end]);
            end++;
        }

        if (!titled || end == v + 1 || p.MentionAt[end - 1] < 0 || p.Mentions[p.MentionAt[end - 1]] is not { } m || m.End != end || m.First <= v + 1 ||
            !TitleOnly(p, v + 1, m.First) || Context.Subjects.FindSubject(p, m.First, end) is not { } sp || sp.First != m.First)
        {
            return null;
        }

        var stop = s.End;
        while (stop > end && (t[stop - 1].Norm is "." or "!" or "?" || t[stop - 1].IsQuote))
        {
            stop--;
        }

        if (end == stop || (end + 3 == stop && t[end].Norm == "(" && t[end + 1].IsWord && t[end + 2].Norm == ")"))
        {
            return sp; // "…, says its head Syed Saddiq (pic).": a one-word picture reference closes the name
        }

        if (!(Words.Prepositions.Contains(t[end].Norm) || TimeWord(t[end].Norm)) || t[end].Norm is "that" or "of" or "for" or "to")
        {
            return null;
        }

        for (var k = end + 1; k < stop; k++)
        {
            if (p.InQuote[k] || t[k].IsQuote || t[k].Norm is ":" or ";")
            {
                return null;
            }

            if (t[k].Norm is "that" or "which" or "where" && k > end + 2 && t[k - 1].IsWord && !t[k - 1].Cap)
            {
                return sp; // "… in a press conference that also warned the media": the relative describes the occasion
            }

            // "… on Thursday, Oct. 15, 2015.": the commas of a date are the adjunct's own.
            if (t[k].Norm == "," && k + 1 < stop && SpeechVerbs.IsDateWord(t[k - 1]) && SpeechVerbs.IsDateWord(t[k + 1]))
            {
                continue;
            }

            if (t[k].Norm == "," || (t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm)))
            {
                return null;
            }
        }

        return sp;
    }

    /// <summary>A short lower-case description: "their lawyer", "a spokesman for the port", "the company's chief executive".</summary>
    private static bool Description(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        for (var k = from + 2; k + 1 < to && k < from + 8; k++)
        {
            // "…, said John Cotton, a Las Vegas-based attorney who represents the hospital.": a relative clause after the
            // description's noun, with no quotation and no speech verb in it, is part of the description.
            if (t[k].Norm is "who" or "whose" && !p.InQuote[k])
            {
                for (var j = k + 1; j < to; j++)
                {
                    if (p.InQuote[j] || t[j].IsQuote || SpeechLexicon.IsVerb(t[j].Norm) || t[j].Norm is "," or ";" or ":")
                    {
                        return false;
                    }
                }

                to = k;
                break;
            }
        }

        if (to - from is < 1 or > 7)
        {
            return false;
        }

        var noun = false;
        for (var k = from; k < to; k++)
        {
            if (p.InQuote[k] || !t[k].IsWord && t[k].Norm != "'s" || SpeechLexicon.IsVerb(t[k].Norm))
            {
                return false;
            }

            noun |= NameWords.IsTitle(t[k]) || Lexicon.Current.PersonNouns.Contains(t[k].Norm) || Lexicon.Current.AnonymousSpeakers.Contains(t[k].Norm);
        }

        return noun && (!t[from].Cap || t[from].Norm is "the" or "a" or "an" || NamedOwner(t, from, to));
    }

    /// <summary>"Gigaba's spokesman", "Acme Corp's chief executive": the description opens with a name in the possessive.</summary>
    private static bool NamedOwner(List<Token> t, int from, int to)
    {
        var k = from;
        while (k < to && k < from + 4 && t[k].IsWord && t[k].Cap)
        {
            k++;
        }

        return k > from && k + 1 < to && t[k].Norm == "'s";
    }

    private static int PreviousComma(Paragraph p, Sentence s, int from, int within)
    {
        for (var k = from - 1; k > s.First && k >= from - within; k--)
        {
            if (p.Tokens[k].Norm == "," && !p.InQuote[k])
            {
                return k;
            }
        }

        return -1;
    }

    private static Finding? ClauseBefore(Paragraph p, Sentence s, int v, int comma, (string Id, int First, int End) sp, bool apposition, bool tailChecked = false)
    {
        var t = p.Tokens;

        // "…, Ruan said, adding that the report shows …": a participle of saying after a comma opens a statement of its own
        // (the coordinated verb's); the tail to check ends at that comma.
        var tailEnd = s.End;
        for (var k = Math.Max(v + 1, sp.End); k + 1 < s.End && k <= Math.Max(v + 1, sp.End) + 4; k++)
        {
            // "…, the deputy minister told CNN on Wednesday, in comments that come as …": a writer's adjunct after a comma
            // ends the tail as well, and so does a clause of the writer's joined by "but" ("…, Merseyside Police has said, but
            // false claims that he was … spread online").
            if (t[k].Norm == "," && !p.InQuote[k + 1] && ((t[k + 1].Norm.EndsWith("ing", StringComparison.Ordinal) && SpeechLexicon.IsVerb(t[k + 1].Norm)) ||
                t[k + 1].Norm is "in" or "amid" or "as" or "after" or "during" or "ahead" or "but" or "while" or "although" or "though" or "whereas" or "yet"))
            {
                tailEnd = k;
                break;
            }
        }

        if ((!apposition && sp.End < v - 1) || (!tailChecked && Spans.ThatOrQuoteWithin(p, s, v + 1, tailEnd - v)))
        {
            return null;
        }

        for (var k = Math.Max(v + 1, sp.End); k < tailEnd && !tailChecked; k++)
        {
            // ("said in comments to TASS", "in remarks to reporters": a verb's form after "in" or a determiner is a noun)
            if (t[k].Norm is "that" or ":" || (t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm) &&
                t[k - 1].Norm is not ("in" or "a" or "an" or "the" or "his" or "her" or "its" or "their" or "written" or "emailed")))
            {
                return null;
            }
        }

        // Only a short tail may follow: "said.", "said on Monday", "told EFE in an interview", "told reporters".
        var next = v + 1 < s.End ? t[v + 1].Norm : ".";
        var tellsSomeone = SpeechLexicon.TryVerb(t[v].Norm, out var lemma, out _) && lemma == "tell" &&
            ((v + 1 < s.End && p.MentionAt[v + 1] >= 0) || next is "reporters" or "journalists" or "the" or "a" or "an" or "state" or "local" or "his" or "her" or "their" or "its" ||
             OneWordListener(t, v + 1, s.End)); // "told councillors on Tuesday", "told supporters."
        if (next is not ("." or "," or "!") && !tellsSomeone && !(Words.Prepositions.Contains(next) || TimeWord(next)) && !(apposition && sp.First > v))
        {
            return null;
        }

        var first = s.First;
        for (var k = s.First; k < comma && k < s.First + 12; k++)
        {
            // "PARIS -- …": a double hyphen written for the dash too.
            if (t[k].Norm is "—" or "–" or "--" || (t[k].Norm == "-" && k > s.First && t[k - 1].Norm is "." or ")" or "-"))
            {
                first = k + 1; // "Havana, Feb 5 (EFE).- …", "WASHINGTON (AP) — …": a dateline is not content
            }
            else if (VerbFrame.DatedCreditClose(p, k))
            {
                first = k + 1; // "New Delhi, May 3 (PTI) The opposition …": a dated credit with no mark after it
            }
        }

        while (first < comma && t[first].IsQuote)
        {
            first++;
        }

        // A short quoted verdict may close the clause ("… parties ‘nonsense,’ Raab says"); no other quotation may be in it.
        var verdictAt = comma;
        if (p.InQuote[comma])
        {
            while (verdictAt > first && p.InQuote[verdictAt - 1])
            {
                verdictAt--;
            }

            if (comma - verdictAt > 12 || verdictAt <= first)
            {
                return null; // a quotation that is the whole clause is quote-then-verb's; a long partial one is someone's text
            }
        }
        else if (comma - 2 > first && t[comma - 1].IsQuote && p.InQuote[comma - 2])
        {
            // "… are “completely false”, Norvell said": the verdict closes before the comma (the British placing).
            verdictAt = comma - 1;
            while (verdictAt > first && p.InQuote[verdictAt - 1])
            {
                verdictAt--;
            }

            if (comma - verdictAt > 12 || verdictAt <= first)
            {
                return null;
            }
        }

        // Short quoted words inside the clause are the speaker's own ("Norvell should “consider” parting ways with X, Y said");
        // a longer quotation, or one opening the clause, is text of its own.
        // ("“Pretty much everything” about the allegations was false, she said": a few quoted words opening it, with the clause
        // going on outside the quotation, are a partial quotation, the speaker's too.)
        var quoted = 0;
        var partialOpening = p.InQuote[first] && ShortQuoteThenProse(p, first, verdictAt);
        for (var k = first; k < verdictAt; k++)
        {
            quoted += p.InQuote[k] ? 1 : 0;
            if ((p.InQuote[k] && k == first && !partialOpening) || quoted > 8 || t[k].Norm is "." or "?" or "!")
            {
                return null;
            }
        }

        // "On Sunday the square was empty, …", "In May, the port …": a time phrase opening the clause is not content.
        if (t[first].Norm is "on" or "in" or "at" or "by" or "since" or "until" && first + 1 < comma && SpeechVerbs.IsDateWord(t[first + 1]) &&
            t[first + 1].Norm != "on")
        {
            var k = first + 1;
            while (k < comma && k < first + 5 && (SpeechVerbs.IsDateWord(t[k]) || t[k].Norm is "," or "night" or "morning" or "evening" or "afternoon"))
            {
                k++;
            }

            first = k;
        }

        var cEnd = Spans.TrimEnd(p, first, comma);
        if (TitleOnlyClause(p, first, cEnd))
        {
            return null; // "Spokesperson of the Command, Grace Iringe-Koko said this …": the words before the comma are her title
        }

        if (cEnd - first < 4 || t[first].Norm is "after" or "before" or "in" or "when" or "while" or "despite" or "as" or "during" or "following" or "asked" or "speaking" or "if" or "for" or "with" or "on" or "at")
        {
            return null;
        }

        return new Finding(sp.Id, sp.First, sp.End, first, cEnd, first, v + 1);
    }

    /// <summary>"Spokesperson of the Command", "Chief Executive of the Port Authority": a title and what it is of, no verb.</summary>
    private static bool TitleOnlyClause(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        if (end - first < 2 || !(NameWords.IsTitle(t[first]) || SpeechLexicon.PersonNouns.Contains(t[first].Norm)))
        {
            return false;
        }

        for (var k = first + 1; k < end; k++)
        {
            if (!(t[k].IsWord && (t[k].Cap || t[k].Norm is "of" or "the" or "for" or "and" || NameWords.IsTitle(t[k]))) || p.InQuote[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool TimeWord(string n) =>
        VerbFrame.Weekday(n) || n is "today" or "yesterday" or "tonight" or "last" or "this" or "earlier" or "later" or "recently" or "again" or "repeatedly" or "further";

    /// <summary>
    /// Only a title before the name: "Deputy Minister", "the company's chief executive", "port director" (a lower-case
    /// word may qualify the title word that follows it, up to three of them).
    /// </summary>
    private static bool TitleOnly(Paragraph p, int from, int to)
    {
        var qualifiers = 0;
        for (var k = from; k < to; k++)
        {
            var n = p.Tokens[k].Norm;
            // ("…,” the 43-year-old Cooper said": an age before the name describes it as a title does)
            if (NameWords.Titles.Contains(n) || n is "the" or "a" or "an" or "of" or "'s" or "." || p.MentionAt[k] >= 0 || p.Tokens[k].Cap ||
                (n.EndsWith("-year-old", StringComparison.Ordinal) && char.IsAsciiDigit(n[0])) ||
                (n == "," && k > from && NameWords.IsTitle(p.Tokens[k - 1]) && k + 1 == to) ||
                (n is "to" or "for" && k > from && NameWords.IsTitle(p.Tokens[k - 1]) && k + 1 < to && p.Tokens[k + 1].Cap))
            {
                continue; // "said their lawyer, Jane Roe": the comma before the name; "Ambassador to Cuba Viktor Koronelli": the post's place
            }

            if (!p.Tokens[k].IsWord || p.InQuote[k] || SpeechLexicon.IsVerb(n) || ++qualifiers > 3 || !TitleFollows(p, k + 1, to))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TitleFollows(Paragraph p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (NameWords.IsTitle(p.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quotation around <paramref name="first"/> closes within four words and unquoted words follow it before <paramref name="end"/>.</summary>
    private static bool ShortQuoteThenProse(Paragraph p, int first, int end)
    {
        var k = first;
        while (k < end && k < first + 5 && p.InQuote[k])
        {
            k++;
        }

        while (k < end && p.Tokens[k].IsQuote)
        {
            k++;
        }

        return k < end && k < first + 6 && !p.InQuote[k] && p.Tokens[k].IsWord;
    }
}
