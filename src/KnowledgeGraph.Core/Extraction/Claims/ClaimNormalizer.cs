using KnowledgeGraph.Model;
using KnowledgeGraph.Text;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Turns a proposition into a positive, normalised claim and a stable id. The claim text people read keeps the
/// article's words and case with negation removed, names replaced by their entity's name ("Havana", "the Cuban
/// government" → Cuba), and "it"/"we"/"our" replaced by the speaker's country. The id hashes a key of canonical
/// content words (stems, synonyms, no function words), so wording and tense variations of one proposition share
/// one claim.
/// </summary>
internal sealed partial class ClaimNormalizer(ArticleAnalysis analysis)
{
    private readonly ArticleAnalysis _a = analysis;

    // One claim at a time: the display and the key are cleared and reused for every proposition of the article.
    private readonly Display _display = new();
    private readonly KeySet _key = new();
    private readonly JoinBuffer _buffer = new();

    /// <summary>
    /// The claim, its id and its number of key words. With fewer key words than <paramref name="minKeyWords"/> the
    /// proposition is not kept, so only the count is returned (claim and id empty): the SHA-256 of the id and the
    /// readable text are then not worth building.
    /// </summary>
    public (string Claim, string ClaimId, int KeyWords) Normalize(Paragraph p, Proposition prop, string speakerId, int minKeyWords = 0, bool joint = false)
    {
        var display = _display;
        display.Clear();
        var key = _key;
        key.Clear();
        var speaker = _a.Entities[speakerId];
        // A joint statement's "we" is all of its speakers, not one speaker's country: the words stay, and the claim is one.
        // An outlet's "it" is a story, never its home country.
        var speakerCountry = !joint && !speaker.IsMedia && speaker.CountryPlaceId is { } c ? _a.Registry.Get(c) : null;
        if (prop.SubjectFirst >= 0 && prop.SubjectEnd > prop.SubjectFirst)
        {
            AddRange(p, prop.SubjectFirst, prop.SubjectEnd, -1, speaker, speakerCountry, display, key);
            if (!prop.SubjectHasVerb)
            {
                // "The polls are a farce": a plural common noun heading the subject takes "are" (the key keeps "is").
                var copula = PluralHead(p.Tokens[prop.SubjectEnd - 1]) ? "are" : "is";
                display.Add("is", copula);
            }
        }

        var from = prop.First;
        if (prop.SubjectFirst < 0 && ClaimedInfinitive(p, prop.First, prop.End) is { } finite)
        {
            // "Ryushi claimed to have a trove of emails": "Ryushi has a trove of emails" (readable only; the key is the words').
            var before = display.ReadableCount;
            AddRange(p, prop.First, prop.First + 2, -1, speaker, speakerCountry, display, key);
            display.ReplaceReadableSince(before, speaker.Name, finite);
            from = prop.First + 2;
        }

        AddRange(p, from, prop.End, prop.NegationAt, speaker, speakerCountry, display, key);
        if (key.Contains("threat"))
        {
            key.Remove("security"); // "a threat to the security of X" is "a threat to X"
            key.Remove("national");
        }

        if (key.Contains("negotiate") && speakerCountry is not null)
        {
            key.Add(Canonical(speakerCountry.Id).Slug); // talks always include the speaker's side
        }

        // The key text is only hashed: it is joined in a reused buffer, never made a string.
        if (key.Count < minKeyWords)
        {
            return ("", "", key.Count);
        }

        var keyText = key.Count > 0 ? key.Join(_buffer) : _buffer.Join(display.Folded);
        var claimId = TextFold.PrefixedShortHash("claim:", keyText);
        return (display.Readable(_buffer), claimId, key.Count);
    }

    /// <summary>
    /// "claimed |to have …", "claims |to be …": a claim's infinitive after "claim", read as its speaker's finite verb ("has",
    /// "is", "owns"); null for anything else.
    /// </summary>
    private static string? ClaimedInfinitive(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        if (first < 1 || first + 2 >= end || t[first].Norm != "to" || !t[first - 1].Norm.StartsWith("claim", StringComparison.Ordinal) || !t[first + 1].IsWord ||
            t[first + 1].Cap || p.MentionAt[first + 1] >= 0)
        {
            return null;
        }

        var verb = t[first + 1].Norm;
        return verb switch
        {
            "be" => "is",
            "have" => "has",
            "do" => "does",
            "go" => "goes",
            _ when verb.EndsWith('y') && verb.Length > 2 && !"aeiou".Contains(verb[^2]) => verb[..^1] + "ies",
            _ when verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('x') || verb.EndsWith('o') => verb + "es",
            _ => verb + "s",
        };
    }

    /// <summary>
    /// A plural common noun ("polls", "reports", "claims"): lower case, ending in "s" but not "ss", "us" or "is", and not
    /// one of the nouns in "-s" that take the singular ("news", "series").
    /// </summary>
    private static bool PluralHead(Token t) =>
        t.IsWord && !t.Cap && t.Norm.Length > 3 && t.Norm.EndsWith('s') && !t.Norm.EndsWith("ss", StringComparison.Ordinal) &&
        !t.Norm.EndsWith("us", StringComparison.Ordinal) && !t.Norm.EndsWith("is", StringComparison.Ordinal) &&
        t.Norm is not ("news" or "series" or "species" or "politics" or "economics" or "means" or "headquarters" or "physics" or "mathematics");

    /// <summary>The third-person singular of a plural verb form that may follow "we" or "they" ("are" → "is"), or null.</summary>
    private static string? SingularVerb(string w) => w switch
    {
        "are" => "is",
        "were" => "was",
        "have" => "has",
        "do" => "does",
        "don't" => "doesn't",
        "aren't" => "isn't",
        "weren't" => "wasn't",
        "haven't" => "hasn't",
        _ => null,
    };

    private void AddRange(Paragraph p, int first, int end, int negationAt, ArticleEntity speaker, RegistryEntry? speakerCountry, Display display, KeySet key)
    {
        var t = p.Tokens;
        var agree = false;
        for (var k = first; k < end; k++)
        {
            if (p.MentionAt[k] >= 0)
            {
                var m = p.Mentions[p.MentionAt[k]];
                var (name, folded, slug) = Canonical(m.EntityId);
                if (m.First >= 2 && t[m.First - 1].Norm == "(" && p.MentionAt[m.First - 2] >= 0 && p.Mentions[p.MentionAt[m.First - 2]].EntityId == m.EntityId)
                {
                    // "the Harbour Regulatory Authority (HRA)": the acronym in brackets is the name again; it stays in the
                    // folded form and the key (ids do not move) but is not read twice.
                    display.Add(folded, null);
                    key.Add(slug);
                    k = m.End - 1;
                    continue;
                }

                if (KeepsItsWords(p, m, name))
                {
                    // "a hospital in San Juan", "the Irish Government perspective": a place where something is, or a name
                    // used as a modifier, is read as written; only an actor is named by its canonical name.
                    name = _a.Text[t[m.First].Start..t[m.End - 1].End];
                    if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal))
                    {
                        name = name[..^2];
                    }
                }
                else if (m.First > first && t[m.First - 1].Norm == "the" && !_a.Text.AsSpan(t[m.First].Start, t[m.End - 1].End - t[m.First].Start).SequenceEqual(name) &&
                         (name.StartsWith("The ", StringComparison.Ordinal) ||
                          (_a.Entities.TryGetValue(m.EntityId, out var actor) && actor.Type is "government" or "capital" && !name.Contains(' '))))
                {
                    display.DropReadableArticle(); // "the Cuban government had not paid" → "Cuba had paid", not "The Cuba" ("the United States" keeps it); "the Sun" → "The Sun", not "the The Sun"
                }

                else if (t[m.First].Norm == "the" && !name.StartsWith("The ", StringComparison.Ordinal) && KeepsArticle(m.EntityId))
                {
                    display.AddReadable(t[m.First].Cap ? "The" : "the"); // "held at the White House", not "at White House"
                }

                display.DropRepeatedLead(name);
                var repeated = RepeatedTail(p, m, name, end);
                display.Add(folded, name, possessive: EndsPossessive(p, m.End + repeated));
                key.Add(slug);
                for (var j = m.End; j < m.End + repeated; j++)
                {
                    // "Amnesty India's" named "Amnesty International India": the text's "India" is already in the name. Its
                    // words stay in the folded form and the key, so ids do not move.
                    if (p.MentionAt[j] >= 0 && p.Mentions[p.MentionAt[j]] is var repeatedMention)
                    {
                        var (_, rFolded, rSlug) = Canonical(repeatedMention.EntityId);
                        display.Add(rFolded, null);
                        key.Add(rSlug);
                        j = repeatedMention.End - 1;
                    }
                    else if (t[j].IsWord)
                    {
                        display.Add(t[j].Norm, null);
                        if (KeyWord(t[j].Norm) is { } rkw)
                        {
                            key.Add(rkw);
                        }
                    }
                }

                k = Math.Max(k, m.End + repeated - 1);
                continue;
            }

            var tok = t[k];
            if (!tok.IsWord)
            {
                if (tok.Norm is "," or ";" or ":")
                {
                    display.Punctuate(tok.Norm);
                }
                else if (tok.Norm == "'s" && k > first && t[k - 1].End == tok.Start && t[k - 1].IsWord)
                {
                    display.AttachClitic();
                }

                continue;
            }

            var w = tok.Norm;
            var surface = Surface(tok);
            // "we are in talks" → "Mexico is in talks", "we do not want" → "Mexico does want": the verb after a plural
            // pronoun read as one country agrees with it (the folded form keeps the text's word, ids do not move).
            var agreeing = agree;
            agree = false;
            if (agreeing && k != negationAt && SingularVerb(w) is { } singular)
            {
                display.Add(w, tok.Cap ? char.ToUpperInvariant(singular[0]) + singular[1..] : singular);
                continue;
            }

            if (k >= first + 2 && t[k - 1].IsQuote && t[k - 2].Norm == w && p.MentionAt[k - 2] < 0)
            {
                // 'said that Russia has "has never tried …"': the word written before a quotation and again as its first
                // word is read once (the folded form keeps both, ids do not move).
                display.Add(w, null);
                continue;
            }

            if (w == "ever" && negationAt >= 0 && k > negationAt + 1 && k < negationAt + 8 && !IsNegation(t[k - 1].Norm, out _))
            {
                display.Add("ever", null); // "Nothing in the report ever happened" → "Something in the report happened" (ids keep it)
                continue;
            }

            if (negationAt >= 0 && k < negationAt && k >= negationAt - 3 && w is "categorically" or "absolutely" or "definitely" or "certainly" or "emphatically" or "flatly" or "simply" &&
                EmphasisOfNegation(t, k, negationAt))
            {
                display.Add(w, null); // "she categorically did not meet him" → "She did meet him": the emphasis was the negation's
                continue;
            }

            if (negationAt >= 0 && k > negationAt && k < negationAt + 12 && NegationIntensifierAt(t, k, end) is var words and > 0 && !NegationBetween(t, negationAt, k))
            {
                // "We have no troops at all on the border" → "We have troops on the border": what only strengthened the
                // dropped negation goes with it (the folded form keeps it, ids do not move).
                for (var i = 0; i < words; i++)
                {
                    display.Add(t[k + i].Norm, null);
                    if (KeyWord(t[k + i].Norm) is { } ikw)
                    {
                        key.Add(ikw);
                    }
                }

                k += words - 1;
                continue;
            }

            if (negationAt >= 0 && k > negationAt && k <= negationAt + 4 && AnyWord(w) is { } some && SameClause(t, negationAt, k))
            {
                // "There is not any truth in it" → "There is some truth in it", "did not say anything" → "did say something".
                display.Add(w, tok.Cap ? char.ToUpperInvariant(some[0]) + some[1..] : some);
                if (KeyWord(w) is { } akw)
                {
                    key.Add(akw);
                }

                continue;
            }

            if (k != negationAt && w == "nor" && negationAt >= 0 && t[negationAt].Norm == "neither" && k < negationAt + 12)
            {
                // "is neither an employee nor a spokesperson" → "is an employee or a spokesperson": the "nor" of the dropped
                // "neither" is its "or".
                display.Add("or", tok.Cap ? "Or" : "or");
                continue;
            }

            if (k == negationAt && PropositionSplitter.FalseAdverb(w))
            {
                continue; // "were falsely implicated" → "were implicated": the accusation the speaker denies
            }

            if (k != negationAt && IsNegation(w, out _))
            {
                // A negation the stance did not take stays in the claim, and in its key: "will not be distracted" is
                // not the claim "will be distracted".
                display.Add(w, surface);
                key.Add("not");
                continue;
            }

            if (IsNegation(w, out var positive))
            {
                // "does not pose" → "does pose", "doesn't pose" → "does pose": the auxiliary stays, so the verb keeps its
                // agreement ("Cuba pose a threat" would not be English).
                if (positive is not null)
                {
                    var shown = agreeing && SingularVerb(positive) is { } agreed ? agreed : positive; // "we don't" → "Mexico does"
                    display.Add(positive, tok.Cap ? char.ToUpperInvariant(shown[0]) + shown[1..] : shown);
                }

                if (w == "no" && k + 2 < end && t[k + 1].Norm == "such" && t[k + 2].IsWord && !t[k + 2].Norm.EndsWith('s'))
                {
                    // "has no such plan" → "has such a plan": the article the negation stood for comes back.
                    display.Add("such", Surface(t[k + 1]));
                    display.AddReadable(t[k + 2].Norm[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a");
                    k++;
                    continue;
                }

                if (w == "none" && k + 1 < end && t[k + 1].Norm == "of")
                {
                    if (k + 2 < end && t[k + 2].Norm is "them" or "us" or "you" or "these" or "those" or "it")
                    {
                        display.Add("some", tok.Cap ? "Some" : "some"); // "None of them complained" → "Some of them complained"
                        continue;
                    }

                    k++; // "none of the allegations had taken place" → "the allegations had taken place"
                    continue;
                }

                if (w == "no" && k + 1 < end && t[k + 1].Norm == "one")
                {
                    display.Add("someone", tok.Cap ? "Someone" : "someone"); // "There is no one leaving" → "There is someone leaving"
                    k++;
                    continue;
                }

                if (k + 1 < end && t[k + 1].Norm == "yet")
                {
                    display.Add("yet", null); // "are not yet in talks" → "are in talks" (the folded form keeps it, ids do not move)
                    k++;
                }

                continue;
            }

            var selfRef = SelfReference(p, k, speaker);
            if (selfRef && speakerCountry is not null)
            {
                var (name, folded, slug) = Canonical(speakerCountry.Id);
                if (w == "country" && display.Last is "his" or "her" or "our" or "its" or "the")
                {
                    display.ReplaceLastReadable(name, possessive: EndsPossessive(p, k + 1)); // "his country" → "Cuba"
                    display.Add(folded, null);
                }
                else
                {
                    display.Add(folded, name, possessive: w is "our" or "ours" or "its" or "their");
                    agree = w is "we" or "they";
                }

                key.Add(slug);
                continue;
            }

            if (_a.Registry.CountryOfDemonym(w) is { } place)
            {
                display.Add(w, surface);
                key.Add(Canonical(place).Slug);
                continue;
            }

            display.Add(w, surface);
            if (KeyWord(w) is { } kw)
            {
                key.Add(kw);
            }
        }
    }

    // Most words are written as they fold (lower case, no accents): the token's own string is then the surface.
    private string Surface(Token token)
    {
        var span = _a.Text.AsSpan(token.Start, token.End - token.Start);
        return span.SequenceEqual(token.Norm) ? token.Norm : span.ToString();
    }

    // Per entity: the name people read, its folded form (the id's fallback key) and its slug, computed once.
    private readonly Dictionary<string, (string, string, string)> _canonical = new(StringComparer.Ordinal);

    private (string Name, string Folded, string Slug) Canonical(string entityId)
    {
        if (_canonical.TryGetValue(entityId, out var cached))
        {
            return cached;
        }

        var (name, slug) = CanonicalUncached(entityId);
        var result = (name, TextFold.Fold(name), slug);
        _canonical[entityId] = result;
        return result;
    }

    private (string Name, string Slug) CanonicalUncached(string entityId)
    {
        var e = _a.Entities.TryGetValue(entityId, out var ae) ? ae : _a.Ensure(entityId);
        if (e.Kind != EntityKind.Person && e.CountryPlaceId is { } placeId && e.Type is "government" or "capital" or "foreign-ministry" or "country" &&
            _a.Registry.Get(placeId) is { } country)
        {
            return (country.Name, Slug(country.Name));
        }

        return (e.Name, Slug(e.Name));
    }

    /// <summary>
    /// How many words right after a rewritten mention repeat the end of its name ("Amnesty India" with "Amnesty" named
    /// "Amnesty International India": one), whole mentions only; 0 when the mention was not rewritten or none repeat.
    /// </summary>
    private int RepeatedTail(Paragraph p, Mention m, string name, int end)
    {
        var t = p.Tokens;
        // (the name is compared with the text in place, and split only when it was rewritten: this runs for every mention of every claim)
        if (!name.Contains(' ', StringComparison.Ordinal) || _a.Text.AsSpan(t[m.First].Start, t[m.End - 1].End - t[m.First].Start).SequenceEqual(name))
        {
            return 0;
        }

        var words = name.Split(' ');

        for (var n = Math.Min(words.Length - 1, 3); n >= 1; n--)
        {
            var at = m.End;
            var same = at + n <= end;
            for (var i = 0; i < n && same; i++, at++)
            {
                same = t[at].IsWord && string.Equals(t[at].Norm, TextFold.Fold(words[words.Length - n + i]), StringComparison.Ordinal);
            }

            // A mention running past the repeated words is a name of its own ("Amnesty India Trust").
            if (same && (p.MentionAt[at - 1] < 0 || p.Mentions[p.MentionAt[at - 1]].End <= at))
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>
    /// An institution written with "the" ("the White House") keeps it before its name; one named by its country ("the
    /// Cuban government" → Cuba) does not.
    /// </summary>
    private bool KeepsArticle(string entityId) =>
        _a.Entities.TryGetValue(entityId, out var e) && e.Kind == EntityKind.Institution &&
        !(e.CountryPlaceId is not null && e.Type is "government" or "capital" or "foreign-ministry" or "country");

    /// <summary>True when the words ending before token <paramref name="end"/> are possessive ("Trump's", "Cuba’s").</summary>
    private bool EndsPossessive(Paragraph p, int end)
    {
        if (end <= 0 || end > p.Tokens.Count)
        {
            return false;
        }

        var last = p.Tokens[end - 1];
        var surface = _a.Text.AsSpan(last.Start, last.End - last.Start);
        if (surface.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || surface.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return end < p.Tokens.Count && p.Tokens[end].Start == last.End && p.Tokens[end].Norm is "'s" or "’s";
    }

    private static string Slug(string name) => TextFold.Slug(name);

    /// <summary>
    /// A government or capital named by a place or a modifier keeps the text's words: after "in", "at", "near", "from" ("a
    /// hospital in San Juan"), or before a lower-case noun ("the Irish Government perspective").
    /// </summary>
    private bool KeepsItsWords(Paragraph p, Mention m, string canonical)
    {
        var t = p.Tokens;
        if (!_a.Entities.TryGetValue(m.EntityId, out var e) || e.Kind == EntityKind.Person || e.Type is not ("government" or "capital"))
        {
            return false;
        }

        var before = m.First > 1 && t[m.First - 1].Norm == "the" ? m.First - 2 : m.First - 1; // "at the National Palace"
        var governed = before >= 0 && t[before].Norm is "in" or "at" or "near" or "from" or "outside" or "around";
        var next = m.End < t.Count ? t[m.End] : default;
        var modifier = m.End < t.Count && next.IsWord && !next.Cap && next.Norm != "'s" && !Attribution.SpeechLexicon.IsVerb(next.Norm) &&
            !Attribution.Words.BeForms.Contains(next.Norm) && !Attribution.Words.Prepositions.Contains(next.Norm) &&
            !Attribution.Words.Determiners.Contains(next.Norm) && !next.Norm.EndsWith("ly", StringComparison.Ordinal) &&
            next.Norm is not ("has" or "have" or "had" or "will" or "would" or "could" or "can" or "may" or "must" or "should" or "and" or "or" or "but" or
                "nor" or "so" or "yet" or "that" or "which" or "who" or "to" or "as" or "than" or "if" or "because" or "while" or "when");
        // "at the National Palace in Mexico City": a government named by its building, after a preposition of place, is
        // where something happened, not the actor (it read "at the Mexico in Mexico City").
        var building = Lexicon.Current.BuildingHeads.Contains(t[m.End - 1].Norm) || (m.End - 1 > m.First && t[m.End - 1].Norm == "house");
        return (governed && (e.Type == "capital" || building)) ||
            (modifier && !_a.Text.AsSpan(t[m.First].Start, t[m.End - 1].End - t[m.First].Start).SequenceEqual(canonical));
    }

    /// <summary>"it", "its", "we", "our", "his country": the speaker's own country in the speaker's claim.</summary>
    private static bool SelfReference(Paragraph p, int k, ArticleEntity speaker)
    {
        var w = p.Tokens[k].Norm;
        var person = speaker.Kind == EntityKind.Person;
        if (w is "we" or "our" or "ours" or "ourselves" || (w == "us" && !p.Tokens[k].AllCaps))
        {
            return true;
        }

        if (!person && w is "it" or "its" or "itself" or "they" or "their" or "them")
        {
            // "It is expected that …", "it was still relatively calm", "it is very unfortunate that …": an impersonal "it",
            // not the speaker.
            return !(w == "it" && ImpersonalIt(p.Tokens, k));
        }

        return w == "country" && k > 0 && p.Tokens[k - 1].Norm is "his" or "her" or "our" or "its" or "the";
    }

    /// <summary>"it is/was (not) (very) expected/clear/unfortunate/calm …": "it" before a form of "be" and an adjective or participle.</summary>
    private static bool ImpersonalIt(List<Token> t, int k)
    {
        var j = k + 1;
        if (j >= t.Count || t[j].Norm is not ("is" or "was" or "'s" or "seems" or "seemed" or "appears" or "appeared"))
        {
            return false;
        }

        j++;
        while (j < t.Count && (t[j].IsQuote || t[j].Norm is "not" or "very" or "quite" or "so" or "still" or "also" or "now" or "relatively" or "clearly" or "highly"))
        {
            j++;
        }

        // A participle only with the clause it introduces ("it is expected that", "it was decided to"): "it was founded in
        // 1990" is the organisation.
        var participle = j + 1 < t.Count && t[j].Norm.EndsWith("ed", StringComparison.Ordinal) && t[j + 1].Norm is "that" or "to";
        return j < t.Count && t[j].IsWord && !t[j].Cap && (participle || t[j].Norm is "clear" or "unfortunate" or "calm" or
            "important" or "necessary" or "true" or "false" or "possible" or "impossible" or "likely" or "unlikely" or "obvious" or "regrettable" or "sad" or
            "worth" or "time" or "unclear" or "evident" or "essential" or "difficult" or "easy" or "hard" or "tense" or "quiet" or "safe");
    }

    /// <summary>Only quotation marks and at most one auxiliary between an emphasis at k and the negation ("categorically” did not").</summary>
    private static bool EmphasisOfNegation(List<Token> t, int k, int negationAt)
    {
        var auxiliaries = 0;
        for (var i = k + 1; i < negationAt; i++)
        {
            if (t[i].IsQuote)
            {
                continue;
            }

            if (t[i].Norm is not ("did" or "does" or "do" or "has" or "have" or "had" or "was" or "were" or "is" or "are" or "would" or "will") || ++auxiliaries > 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words of a negation's intensifier open at <paramref name="k"/> ("whatsoever", "at all"), or 0.</summary>
    private static int NegationIntensifierAt(List<Token> t, int k, int end)
    {
        var intensifiers = Lexicon.Current.NegationIntensifiers;
        if (k + 2 < end && t[k].Norm == "in" && t[k + 1].Norm == "the" && t[k + 2].IsWord && intensifiers.Contains("in the " + t[k + 2].Norm))
        {
            return 3; // "That did not happen in the slightest", "not in the least"
        }

        if (k + 1 < end && t[k + 1].IsWord && intensifiers.Contains(t[k].Norm + " " + t[k + 1].Norm))
        {
            // "at all times" and "any more troops" are no intensifiers: one ends the phrase or comes before a preposition.
            var next = k + 2 < end ? t[k + 2] : default;
            return k + 2 >= end || !next.IsWord || Attribution.Words.Prepositions.Contains(next.Norm) || next.Norm is "and" or "or" or "but" ? 2 : 0;
        }

        return intensifiers.Contains(t[k].Norm) ? 1 : 0;
    }

    // "There is no negotiation under way, none at all": an intensifier after a second negation is that one's, kept with it.
    private static bool NegationBetween(List<Token> t, int negationAt, int k)
    {
        for (var i = negationAt + 1; i < k; i++)
        {
            if (IsNegation(t[i].Norm, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"any" → "some", "anything" → "something": the positive of a word a negation governed.</summary>
    private static string? AnyWord(string w) => w switch
    {
        "any" => "some",
        "anything" => "something",
        "anyone" => "someone",
        "anybody" => "somebody",
        "anywhere" => "somewhere",
        _ => null,
    };

    /// <summary>Only words of one clause between the negation and <paramref name="k"/> ("not any", "did not say anything").</summary>
    private static bool SameClause(List<Token> t, int negationAt, int k)
    {
        for (var i = negationAt + 1; i < k; i++)
        {
            if (!t[i].IsWord || t[i].Norm is "that" or "which" or "who" or "if" or "whether" or "but" or "and" or "or" || IsNegation(t[i].Norm, out _))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNegation(string w, out string? positive)
    {
        positive = null;
        switch (w)
        {
            case "not" or "never" or "no" or "nor" or "neither" or "none":
                return true;
            case "nothing":
                positive = "something"; // "Nothing in the report happened" → "Something in the report happened"
                return true;
            case "nobody":
                positive = "somebody";
                return true;
            case "no-one":
                positive = "someone";
                return true;
            case "cannot":
                positive = "can";
                return true;
        }

        if (w.EndsWith("n't", StringComparison.Ordinal))
        {
            positive = w switch
            {
                "won't" => "will",
                "can't" => "can",
                "shan't" => "shall",
                _ => w[..^3], // "doesn't" → "does", "isn't" → "is"
            };
            return true;
        }

        return false;
    }
}
