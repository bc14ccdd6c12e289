using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>
/// Finds where statements are introduced in a sentence: speech verbs (and their participles), "according to" and
/// "per", a colon before a quotation, and "a report in X that". Sieves decide what each trigger yields.
/// </summary>
internal sealed class TriggerFinder(SourceFinder sources)
{
    /// <summary>"a statement by the hospital read": a document noun, "by" and a short name or description right before "read".</summary>
    private static bool DocumentByBefore(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        for (var k = i - 2; k > s.First && k >= i - 6; k--)
        {
            if (t[k].Norm == "by")
            {
                return SpeechLexicon.DocumentNouns.Contains(t[k - 1].Norm);
            }

            if (!t[k].IsWord || p.InQuote[k] || SpeechLexicon.IsVerb(t[k].Norm))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"As (first) reported by/in/on X, …" opening the sentence: the participle, or -1.</summary>
    private static int AsReportedAt(Paragraph p, Sentence s, int asAt)
    {
        var t = p.Tokens;
        var k = asAt + 1;
        if (k < s.End && t[k].Norm is "first" or "earlier" or "previously")
        {
            k++;
        }

        return k + 2 < s.End && t[k].Norm == "reported" && t[k + 1].Norm is "by" or "in" or "on" && !p.InQuote[k] ? k : -1;
    }

    /// <summary>
    /// A person's name ends right before the colon at <paramref name="colon"/>, and after it two to six capitalised words or
    /// names open a quotation: the quotation's opening mark, else -1.
    /// </summary>
    internal static int NamedThenQuoted(Paragraph p, Sentence s, int colon)
    {
        var t = p.Tokens;
        if (colon < 1 || p.MentionAt[colon - 1] < 0 || p.Mentions[p.MentionAt[colon - 1]].End != colon)
        {
            return -1;
        }

        var k = colon + 1;
        while (k < s.End && k < colon + 8 && t[k].IsWord && (t[k].Cap || p.MentionAt[k] >= 0) && !p.InQuote[k])
        {
            k++;
        }

        return k - colon - 1 is >= 2 and <= 6 && k < s.End && t[k].IsQuote && k + 1 < s.End && p.InQuote[k + 1] ? k : -1;
    }

    public List<Trigger> FindTriggers(Paragraph p, Sentence s)
    {
        var list = new List<Trigger>();
        var t = p.Tokens;
        for (var i = s.First; i < s.End; i++)
        {
            if (p.InQuote[i] && !QuotedVerbAfterSubject(p, i))
            {
                continue;
            }

            var tok = t[i];
            // "Energy Department spokeswoman Angela Hill: Energy Secretary Bodman “has not reversed course.”": a person's
            // name, a colon, and a named subject whose words are quoted after it.
            if (tok.Norm == ":" && !p.InQuote[i] && NamedThenQuoted(p, s, i) > 0)
            {
                list.Add(new Trigger(TriggerKind.ColonQuote, i, "say", false));
                continue;
            }

            if (tok.Norm == ":" && i + 1 < s.End && t[i + 1].IsQuote && p.InQuote[i + 1])
            {
                // "…, insists on in the following paragraphs: “…”" / "by saying: “…”": the quotation is that verb's content.
                if (list.Count > 0 && list[^1].Kind is TriggerKind.Verb or TriggerKind.Participle && Spans.NothingBetween(p, list[^1].At, i))
                {
                    list[^1] = new Trigger(TriggerKind.ColonQuote, i, list[^1].Lemma, list[^1].Denial, list[^1].Kind == TriggerKind.Participle);
                }
                else
                {
                    list.Add(new Trigger(TriggerKind.ColonQuote, i, "say", false));
                }

                continue;
            }

            if (!tok.IsWord || p.MentionAt[i] >= 0)
            {
                continue; // "States" in "United States" is a name, not a verb
            }

            if (tok.Norm == "according" && i + 1 < s.End && t[i + 1].Norm == "to")
            {
                list.Add(new Trigger(TriggerKind.According, i, "say", false));
                continue;
            }

            // "As reported by Reuters, …", "As first reported on Sohu, …": a sentence opening like "According to" (At is the
            // participle, so that the source follows two tokens after it, as after "according").
            if (tok.Norm == "as" && i == s.First && AsReportedAt(p, s, i) is var reportedAt and > 0)
            {
                list.Add(new Trigger(TriggerKind.According, reportedAt, "say", false));
                i = reportedAt + 1;
                continue;
            }

            // "…, per ship-tracking data compiled by Bloomberg.": like "according to" (At is the comma, the source follows "per").
            if (tok.Norm == "per" && i > s.First && t[i - 1].Norm == "," && i + 1 < s.End && !char.IsDigit(t[i + 1].Norm[0]) &&
                t[i + 1].Norm is not ("cent" or "capita" or "day" or "year" or "month" or "week" or "hour" or "barrel" or "person" or "head"))
            {
                list.Add(new Trigger(TriggerKind.According, i - 1, "say", false));
                continue;
            }

            if (sources.ReportSource(p, s, i) is { } report)
            {
                list.Add(new Trigger(TriggerKind.Report, i, "report", false));
                if (Sieves.OutletReportSieve.ReportedContentStart(p, s, report.That) > report.That + 1)
                {
                    i = report.That + 1; // "a story on the BBC that alleges that …": the story's own verb is the report's, no trigger
                }

                continue;
            }

            // "The Post was the first to report that …": the base form, mostly a noun, is a verb after "the first to".
            if (tok.Norm == "report" && i - 3 >= s.First && t[i - 1].Norm == "to" && t[i - 2].Norm == "first" && t[i - 3].Norm == "the" &&
                i + 1 < s.End && t[i + 1].Norm == "that" && !p.InQuote[i])
            {
                list.Add(new Trigger(TriggerKind.Verb, i, "report", false));
                continue;
            }

            // "was adamant that …", "is certain Ghanaians will not fall for it": a conviction stated with an adjective after
            // "be", with "that" or a clause of its own, read like "insisted that".
            // Inside another speaker's clause it is content ("said … that she is confident the budget will pass").
            if (tok.Norm is "certain" or "confident" or "convinced" or "adamant" && list.Count == 0 && i > s.First && Words.BeForms.Contains(t[i - 1].Norm) && !p.InQuote[i] &&
                i + 2 < s.End && (t[i + 1].Norm == "that" || (t[i + 1].IsWord && !Words.Prepositions.Contains(t[i + 1].Norm) && t[i + 1].Norm is not ("to" or "enough") &&
                    SpeechVerbs.FiniteVerbWithin(p, s, i + 2, 4))))
            {
                list.Add(new Trigger(TriggerKind.Verb, i, "insist", false));
                continue;
            }

            // "was adamant that …", "made (it) clear that …": a statement made with an adjective, read like "insisted that".
            // ("has made clear it never made any such statement": "made clear" with no "that" before a subject and its verb)
            if (i + 1 < s.End && (t[i + 1].Norm == "that" || (tok.Norm == "clear" && i + 2 < s.End && (Words.SubjectPronouns.Contains(t[i + 1].Norm) || t[i + 1].Norm is "there" or "the") &&
                    (SpeechVerbs.FiniteVerbWithin(p, s, i + 2, 4) || t[i + 2].Norm == "never"))) && !p.InQuote[i] &&
                ((tok.Norm == "adamant" && i > s.First && Words.BeForms.Contains(t[i - 1].Norm)) ||
                 (tok.Norm == "clear" && i > s.First && (MadeClear(t, s.First, i - 1) || (i - 1 > s.First && t[i - 1].Norm == "it" && MadeClear(t, s.First, i - 2))))))
            {
                list.Add(new Trigger(TriggerKind.Verb, i, "insist", false));
                continue;
            }

            // "The Magistrate, Ojemba Isu held that the court could not grant bail", "del Castillo considered that …": a judge's
            // holding, an opinion given, with "that" only ("held talks", "considered the topic closed" state nothing).
            if (tok.Norm is "held" or "holds" or "considered" or "considers" && i > s.First && i + 2 < s.End && t[i + 1].Norm == "that" && !p.InQuote[i] &&
                !Words.BeForms.Contains(t[i - 1].Norm) && t[i - 1].Norm is not ("been" or "being"))
            {
                list.Add(new Trigger(TriggerKind.Verb, i, "say", false));
                continue;
            }

            // "The Ministry of Health would like the public to know that …": telling, put politely, with the listener between.
            if (tok.Norm == "know" && i > s.First + 3 && t[i - 1].Norm == "to" && i + 1 < s.End && t[i + 1].Norm == "that" && !p.InQuote[i] &&
                PoliteTellingBefore(t, s.First, i - 1))
            {
                list.Add(new Trigger(TriggerKind.Verb, i, "say", false));
                continue;
            }

            // "“…,” the statement read.", "Norvell's petition reads: …": a document reading out its words.
            // "“…,” a statement by the hospital read.", "the statement further read": the document a few words before.
            // "“…,” read the statement.": the document after the verb, right after the quotation.
            // ("“…,” read the statement as per Vanguard News": a relayed statement, whose words the outlet after it carried, is
            // left to the sieves that read relays)
            if (tok.Norm is "read" or "reads" && i > s.First + 1 && !p.InQuote[i] && t[i - 1].IsQuote && t[i - 2].Norm is "," or "." &&
                i + 2 < s.End && t[i + 1].Norm is "the" or "a" or "an" or "its" or "their" or "his" or "her" && SpeechLexicon.DocumentNouns.Contains(t[i + 2].Norm) &&
                !(i + 3 < s.End && t[i + 3].Norm is "as" or "according" or "quoted" or "cited" or "carried" or "reported"))
            {
                list.Add(new Trigger(TriggerKind.Verb, i, "say", false));
                continue;
            }

            if (tok.Norm is "read" or "reads" && i > s.First && !p.InQuote[i] &&
                (SpeechLexicon.DocumentNouns.Contains(t[i - 1].Norm) || t[i - 1].Norm is "petition" or "sign" or "banner" or "placard" ||
                 (t[i - 1].Norm is "further" or "also" && i - 2 >= s.First && SpeechLexicon.DocumentNouns.Contains(t[i - 2].Norm)) ||
                 DocumentByBefore(p, s, i)))
            {
                list.Add(new Trigger(TriggerKind.Verb, i, "say", false));
                continue;
            }

            // "“…,” it continued.", "“…,” the statement continues": going on with a quotation, read like "added"; elsewhere
            // ("continued to deny") no speech verb.
            // "“… before airing the story?” posed Mutua.": a question put, right after the quotation that holds it.
            if (tok.Norm is "posed" or "poses" && i > s.First && t[i - 1].Kind is TokenKind.QuoteClose or TokenKind.QuoteStraight && !p.InQuote[i] &&
                i + 1 < s.End && (p.MentionAt[i + 1] >= 0 || Words.SubjectPronouns.Contains(t[i + 1].Norm) || t[i + 1].Norm == "the"))
            {
                list.Add(new Trigger(TriggerKind.Verb, i, "ask", false));
                continue;
            }

            // "Kuznetsova protested her innocence", "has maintained his innocence throughout": asserting one's innocence
            // denies what one is accused of.
            if (tok.Norm is "protested" or "protests" or "protesting" or "maintained" or "maintains" or "maintaining" or "proclaimed" or "proclaims" or
                    "proclaiming" or "asserted" or "asserts" or "reiterated" or "professed" or "professes" && !p.InQuote[i] &&
                i + 2 < s.End && t[i + 1].Norm is "his" or "her" or "their" or "its" && t[i + 2].Norm == "innocence")
            {
                list.Add(new Trigger(TriggerKind.Verb, i, "deny", true));
                continue;
            }

            if (tok.Norm is "continued" or "continues" && ContinuesQuotation(p, s, i))
            {
                list.Add(new Trigger(TriggerKind.Verb, i, "add", false));
                continue;
            }

            // "The statement went on, “Both the ministry and …”", "She continued: “…”": going on, before the quotation it
            // introduces ("went on to win", "the talks went on for hours" introduce none).
            if (tok.Norm is "went" or "goes" or "continued" or "continues" && !p.InQuote[i] && i > s.First && QuotationAfterGoingOn(p, s, i))
            {
                var on = tok.Norm is "went" or "goes" ? i + 1 : i; // the content starts after the particle
                list.Add(new Trigger(TriggerKind.Verb, on, "add", false));
                i = on;
                continue;
            }

            if (SpeechVerbs.IsSpeechVerb(p, s, i, out var lemma, out var denial, out var participle))
            {
                list.Add(new Trigger(participle ? TriggerKind.Participle : TriggerKind.Verb, i, lemma, denial));
            }
            else if (SpeechVerbs.IsNounlikeBaseVerb(p, s, i, out lemma, out denial))
            {
                list.Add(new Trigger(TriggerKind.Verb, i, lemma, denial));
            }
        }

        return list;
    }

    /// <summary>
    /// "“…,” it continued.", "“…,” continued the statement.": a quotation closing with a comma at most four words before
    /// the verb, and only the sentence's end or a comma after it.
    /// </summary>
    private static bool ContinuesQuotation(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        if (i + 1 < s.End && t[i + 1].Norm is not ("." or "," or "!" or "?") || Spans.LastQuoteBefore(p, i) is not { } q || q.Close < s.First || q.Close < i - 5 ||
            q.Close < 1 || (t[q.Close - 1].Norm != "," && !(q.Close + 1 < i && t[q.Close + 1].Norm == ",")))
        {
            return false;
        }

        for (var k = q.Close + 1; k < i; k++)
        {
            if (!t[k].IsWord && t[k].Norm != ",")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"went on, “…", "continued: “…": the verb of going on (with its "on"), a comma or a colon, then a quotation opening.</summary>
    private static bool QuotationAfterGoingOn(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        var j = t[i].Norm is "went" or "goes" ? i + 1 : i;
        if (j != i && (j >= s.End || t[j].Norm != "on"))
        {
            return false;
        }

        return j + 2 < p.Tokens.Count && t[j + 1].Norm is "," or ":" && t[j + 2].Kind is TokenKind.QuoteOpen or TokenKind.QuoteStraight;
    }

    /// <summary>"made", "makes", and "make" after a wish ("wants to make it clear that …", "would like to make clear …").</summary>
    private static bool MadeClear(List<Token> t, int first, int k) =>
        t[k].Norm is "made" or "makes" ||
        (t[k].Norm == "make" && k - 2 >= first && t[k - 1].Norm == "to" && t[k - 2].Norm is "like" or "wish" or "wishes" or "wished" or "want" or "wants" &&
         !(k - 3 >= first && t[k - 3].Norm is "not" or "n't" or "never"));

    /// <summary>"would like the public to", "wishes everyone to", "wants all Nigerians to": a wish and its listener of one to three words before "to" at <paramref name="to"/>.</summary>
    private static bool PoliteTellingBefore(List<Token> t, int first, int to)
    {
        for (var k = to - 2; k >= first && k >= to - 4; k--)
        {
            if (t[k].Norm is "like" or "wish" or "wishes" or "want" or "wants")
            {
                return k > first && t[k - 1].Norm is not ("not" or "n't" or "never");
            }

            if (!t[k + 1].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"… in which it “reaffirms its commitment …”": a quotation that opens with the subject's own verb.</summary>
    private static bool QuotedVerbAfterSubject(Paragraph p, int i)
    {
        if (i < 2 || !p.Tokens[i - 1].IsQuote || p.InQuote[i - 2] || !p.Tokens[i].IsWord || !SpeechLexicon.IsVerb(p.Tokens[i].Norm))
        {
            return false;
        }

        var before = p.Tokens[i - 2];
        return Words.SubjectPronouns.Contains(before.Norm) || p.MentionAt[i - 2] >= 0;
    }
}
