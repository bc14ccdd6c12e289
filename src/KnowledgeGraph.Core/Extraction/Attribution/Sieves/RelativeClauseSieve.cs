namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>"Trump, who confirmed that …", "Granma, the official organ of the Party, which noted …": the name the relative describes.</summary>
internal sealed class RelativeClauseSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "relative-clause";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var w = VerbFrame.BeforeAdverbs(p, s, scope.Triggers[index].At);
        if (!(w > s.First && p.Tokens[w].Norm is "who" or "which"))
        {
            w = RelativeBeforeAdverbial(p, s, scope.Triggers[index].At) ?? w; // "who in the last two days has insisted"
        }

        // "said the WHO denied …": the World Health Organization's acronym is a name, not the relative pronoun.
        if (w > s.First && p.Tokens[w].Norm is "who" or "which" && p.MentionAt[w] < 0)
        {
            // ("has slammed reports, which stated that …": a comma may stand between the noun and "which")
            var noun = w - 2 > s.First && p.Tokens[w - 1].Norm == "," && p.Tokens[w].Norm == "which" ? w - 2 : w - 1;
            if (p.Tokens[w].Norm == "which" && IssuedByVerbAt(p, s, noun) is var issuing and > 0)
            {
                // "Simion said in the statement which denied any wrongdoing …", "issued a statement which rejected …": the
                // subject's own document speaks as the subject.
                return SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, Context.Subjects.FindSubject(p, s.First, issuing)));
            }

            if (Lexicon.Current.FramingNouns.Contains(p.Tokens[noun].Norm))
            {
                // "denied a report which claimed …": the report speaks; it is its outlet's when one is named right before
                // it ("a Miami Herald report which claimed"), else nobody's the article names.
                var outlet = noun - 1 >= s.First && p.Tokens[noun - 1].Norm == "'s" ? noun - 2 : noun - 1;
                if (outlet >= s.First && p.MentionAt[outlet] >= 0 && p.Mentions[p.MentionAt[outlet]] is var m && m.End == outlet + 1)
                {
                    return SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, (m.EntityId, m.First, m.End)));
                }

                // "the Bloomberg Businessweek report, which claimed …", "the report, which states …" after the outlet was named:
                // a definite report set off by its comma is the outlet's named within it or last named before it.
                if (noun < w - 1 && p.Tokens[noun].Norm is "report" or "story" or "article" && (Context.References.OutletNamedBefore(p, noun) is { } last))
                {
                    return SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, (last, noun, noun + 1)));
                }

                return SieveOutcome.Nothing;
            }

            if (p.Tokens[w].Norm == "which" && ReportByAuthor(p, s, w) is var (report, reportOutlet) && report >= 0)
            {
                // "an article in today's Sun by Ian McGarry which states that …": what "which" stands for is the article, not
                // its writer; it is the outlet's, or nobody's the article names.
                return reportOutlet is { } o ? SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, o)) : SieveOutcome.Nothing;
            }

            var subject = SourceFinder.AppositiveHead(p, w, s.First) ?? DescriptionBefore(p, w, s.First) ?? SourceFinder.MentionBefore(p, w, s.First);
            if (p.Tokens[w].Norm == "who" && subject is { } org && PersonOfOrganisation(p, s, org.First) is { } member)
            {
                subject = member; // "General Javier Florez of the Joint Command who told …": who is the person, not the command
            }

            // "a 19-year-old woman from Honduras, who alleged that …": "who" after a place that a preposition governs stands for
            // the person described before it, whom the article does not name; the place's government says nothing.
            if (p.Tokens[w].Norm == "who" && subject is { } place && place.First > s.First && place.First < p.Tokens.Count && p.MentionAt[place.First] >= 0 &&
                Context.Analysis.Entities.TryGetValue(place.Item1, out var e) && (e.Kind == Model.EntityKind.Place || e.Type == "government") &&
                p.Tokens[place.First - 1].Norm is "from" or "in" or "of" or "at" or "near" or "to")
            {
                return SieveOutcome.Nothing;
            }

            return SieveOutcome.Found(VerbFrame.Complete(Context, scope, index, subject));
        }

        return SieveOutcome.Pass;
    }

    /// <summary>
    /// "said in the statement", "issued a statement", "released its letter": a document noun at <paramref name="noun"/>
    /// after a determiner and "in" behind a verb of speech, or an issuing verb; that verb's index, else -1.
    /// </summary>
    private static int IssuedByVerbAt(Text.Paragraph p, Text.Sentence s, int noun)
    {
        var t = p.Tokens;
        if (noun - 2 <= s.First || !SpeechLexicon.DocumentNouns.Contains(t[noun].Norm) || p.InQuote[noun] ||
            t[noun - 1].Norm is not ("a" or "an" or "the" or "its" or "his" or "her" or "their"))
        {
            return -1;
        }

        var v = noun - 2;
        if (t[v].Norm == "in" && v - 1 > s.First && SpeechLexicon.IsVerb(t[v - 1].Norm))
        {
            return v - 1;
        }

        return SpeechVerbs.IssuingVerb(t[v].Norm) ? v : -1;
    }

    /// <summary>
    /// "Javier Florez of the 3rd Joint Command", "Jane Roe from the Harbour Authority": a person named right before "of",
    /// "from" or "at" (and "the") that governs the organisation starting at <paramref name="orgFirst"/>; null otherwise.
    /// </summary>
    private (string Id, int First, int End)? PersonOfOrganisation(Text.Paragraph p, Text.Sentence s, int orgFirst)
    {
        var t = p.Tokens;
        if (p.MentionAt[orgFirst] < 0 || Context.Analysis.Entities[p.Mentions[p.MentionAt[orgFirst]].EntityId].Kind == Model.EntityKind.Person)
        {
            return null;
        }

        var k = orgFirst - 1;
        if (k > s.First && t[k].Norm == "the")
        {
            k--;
        }

        if (k <= s.First || t[k].Norm is not ("of" or "from" or "at") || p.MentionAt[k - 1] < 0)
        {
            return null;
        }

        var person = p.Mentions[p.MentionAt[k - 1]];
        return person.End == k && Context.Analysis.Entities[person.EntityId].Kind == Model.EntityKind.Person ? (person.EntityId, person.First, person.End) : null;
    }

    /// <summary>
    /// A writer's name right before "which", after "by", and a report noun a few words before that ("an article in the Sun
    /// newspaper by Ian McGarry which …"): the report noun, and the outlet named between it and "by" or right before it.
    /// (-1, null) when the shape is not there.
    /// </summary>
    private (int Report, (string Id, int First, int End)? Outlet) ReportByAuthor(Text.Paragraph p, Text.Sentence s, int w)
    {
        var t = p.Tokens;
        var nameEnd = w - 1 > s.First && t[w - 1].Norm == "," ? w - 1 : w;
        if (nameEnd - 1 <= s.First || p.MentionAt[nameEnd - 1] < 0 || p.Mentions[p.MentionAt[nameEnd - 1]] is var writer && (writer.First < s.First + 2 || t[writer.First - 1].Norm != "by"))
        {
            return (-1, null);
        }

        if (Context.IsMedia(writer.EntityId))
        {
            return (-1, null); // "an article published by The People's Voice, which alleged …": the outlet itself
        }

        for (var r = writer.First - 2; r >= s.First && r >= writer.First - 10; r--)
        {
            if (p.InQuote[r] || t[r].Norm is "," or ";" || (t[r].IsWord && SpeechLexicon.IsVerb(t[r].Norm)))
            {
                return (-1, null);
            }

            if (!Lexicon.Current.ReportNouns.Contains(t[r].Norm))
            {
                continue;
            }

            for (var k = r + 1; k < writer.First - 1; k++)
            {
                if (p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is var m && Context.IsMedia(m.EntityId))
                {
                    return (r, (m.EntityId, m.First, m.End));
                }
            }

            var before = r - 1 >= s.First && p.MentionAt[r - 1] >= 0 ? p.Mentions[p.MentionAt[r - 1]] : null;
            return (r, before is { } b && Context.IsMedia(b.EntityId) ? (b.EntityId, b.First, b.End) : null);
        }

        return (-1, null);
    }

    /// <summary>"he contradicted the US president, who …": a description right before the comma, resolved as a reference.</summary>
    private (string Id, int First, int End)? DescriptionBefore(Text.Paragraph p, int w, int from)
    {
        var t = p.Tokens;
        if (w - 1 <= from || t[w - 1].Norm != ",")
        {
            return null;
        }

        for (var d = w - 2; d >= from && d >= w - 7; d--)
        {
            if (!t[d].IsWord)
            {
                return null;
            }

            if (t[d].Norm == "the")
            {
                return Context.References.ReferencePhrase(p, d, w - 1) is { } r && r.Item3 == w - 1 ? (r.Item1, d, w - 1) : null;
            }
        }

        return null;
    }

    /// <summary>"the president, who in the last two days has insisted …": "who" a few plain words (a time phrase, an auxiliary) before the verb.</summary>
    private static int? RelativeBeforeAdverbial(Text.Paragraph p, Text.Sentence s, int v)
    {
        var t = p.Tokens;
        for (var k = v - 1; k > s.First && k >= v - 8; k--)
        {
            if (t[k].Norm is "who" && t[k - 1].Norm == "," && p.MentionAt[k] < 0)
            {
                return k;
            }

            if (!t[k].IsWord || p.MentionAt[k] >= 0 || SpeechLexicon.IsVerb(t[k].Norm) || t[k].Norm is "that" or "and" or "but")
            {
                return null;
            }
        }

        return null;
    }
}
