using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Sources after "according to", outlets of reports, introductory phrases, and the names before a cue or a relative "who".</summary>
internal sealed class SourceFinder(ArticleAnalysis analysis, IDiscourseView discourse, ReferenceResolver references)
{
    private readonly ArticleAnalysis _a = analysis;
    /// <summary>"Evaluating Trump's statement …, Cossio said": a participle phrase before the first comma is not the subject.</summary>
    public static int IntroEnd(Paragraph p, Sentence s, int v)
    {
        if (WritersFrameEnd(p, s, v) is var framed and > 0)
        {
            return framed;
        }

        // "In a statement the actress called the reports …", "In a joint statement, the two …": the document the words came
        // in opens the sentence, with or without a comma; the subject follows it.
        // ("After the report was published, in a statement the actress …": after a clause and its comma too)
        var t = p.Tokens;
        for (var i = s.First; i + 2 < v && i < s.First + 24; i++)
        {
            if (t[i].Norm != "in" || !(i == s.First || (t[i - 1].Norm == "," && !p.InQuote[i - 1])) || t[i + 1].Norm is not ("a" or "an" or "its" or "his" or "her" or "their"))
            {
                continue;
            }

            for (var k = i + 2; k < v && k <= i + 4; k++)
            {
                if (SpeechLexicon.DocumentNouns.Contains(t[k].Norm) && !p.InQuote[k])
                {
                    var after = k + 1 < v && t[k + 1].Norm == "," ? k + 2 : k + 1;
                    return after < v && (t[after].Norm == "the" || t[after].Cap) ? after : s.First;
                }

                if (!t[k].IsWord)
                {
                    break;
                }
            }
        }

        var first = p.Tokens[s.First];
        var head = first;
        if (first.Norm.EndsWith("ly", StringComparison.Ordinal) && s.First + 1 < v && p.Tokens[s.First + 1].IsWord)
        {
            head = p.Tokens[s.First + 1]; // "Strongly reacting to the story …, X said"
        }

        if (!first.IsWord || !first.Cap || p.MentionAt[s.First] >= 0 || !(head.Norm.EndsWith("ing", StringComparison.Ordinal) || head.Norm.EndsWith("ed", StringComparison.Ordinal)))
        {
            return s.First;
        }

        for (var k = s.First + 1; k < v; k++)
        {
            if (p.Tokens[k].Norm == "," && !p.InQuote[k])
            {
                return k + 1;
            }
        }

        return s.First;
    }

    /// <summary>
    /// "It will be recalled that the APC had made a similar allegation, saying …", "It was gathered that …", "It should be
    /// noted that …": the writer's own frame (no one's statement); the clause after "that" has the subject. The token after
    /// "that", or -1.
    /// </summary>
    internal static int WritersFrameEnd(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var k = s.First;
        if (k + 4 >= v || t[k].Norm != "it")
        {
            return -1;
        }

        k++;
        while (k < v && k < s.First + 4 && t[k].Norm is "will" or "would" or "should" or "must" or "be" or "is" or "was" or "has" or "been")
        {
            k++;
        }

        if (k + 1 < v && t[k].Norm is "recalled" or "gathered" or "learnt" or "learned" or "noted" or "remembered")
        {
            k++;
        }
        else if (k + 2 < v && t[k].Norm == "worth" && t[k + 1].Norm is "noting" or "mentioning" or "recalling")
        {
            k += 2;
        }
        else
        {
            return -1;
        }

        return k > s.First + 2 && t[k].Norm == "that" ? k + 1 : -1;
    }

    /// <summary>
    /// "Rowland's manager, Mathew Knowles": a possessive, a role of up to three lower-case words, a comma and a person;
    /// "RFM Corp. spokesman Elmer Yanga": an organisation, its title and the person right after it.
    /// </summary>
    private (string Id, int First, int End)? NamedAfterRole(Paragraph p, Sentence s, Mention owner)
    {
        var t = p.Tokens;
        var k = owner.End;
        var possessive = k < s.End && t[k].Norm == "'s";
        if (possessive)
        {
            k++;
        }

        var role = k;
        while (k < s.End && k < role + 3 && t[k].IsWord && !t[k].Cap && p.MentionAt[k] < 0)
        {
            k++;
        }

        int nameAt;
        if (k > role && possessive && k < s.End && t[k].Norm == ",")
        {
            nameAt = k + 1;
        }
        else if (k > role && NameWords.IsTitle(t[k - 1]) && _a.Entities[owner.EntityId].Kind == Model.EntityKind.Institution)
        {
            nameAt = k;
        }
        else
        {
            return null;
        }

        if (nameAt >= s.End || p.MentionAt[nameAt] < 0)
        {
            return null;
        }

        var named = p.Mentions[p.MentionAt[nameAt]];
        return named.First == nameAt && _a.Entities[named.EntityId].Kind == Model.EntityKind.Person ? (named.EntityId, named.First, named.End) : null;
    }

    /// <summary>
    /// "a source close to …", "two people familiar with …", "a friend of the campaign", "an insider": an indefinite noun of
    /// an unnamed source opening the phrase at <paramref name="from"/>.
    /// </summary>
    private static bool UnnamedSourceAt(List<Text.Token> t, int from, int limit)
    {
        if (from + 1 >= limit || t[from].Norm is not ("a" or "an" or "one" or "two" or "three" or "several" or "multiple" or "some"))
        {
            return false;
        }

        var noun = t[from + 1].Norm is "senior" or "unnamed" or "anonymous" or "close" or "trusted" or "reliable" && from + 2 < limit ? from + 2 : from + 1;
        return t[noun].Norm is "source" or "sources" or "friend" or "friends" or "insider" or "insiders" or "person" or "people" or "individual" or "individuals" or "someone";
    }

    /// <summary>The source after "according to": the first person or organisation named, else a reference ("the same source").</summary>
    public (string Id, int First, int End)? AccordingSource(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        var limit = Math.Min(s.End, from + 8);
        if (UnnamedSourceAt(t, from, limit))
        {
            return null; // "according to a source who is friends with the Cain campaign": an unnamed source, not the name describing it
        }

        (string, int, int)? place = null;
        for (var k = from; k < limit && t[k].Norm != ","; k++)
        {
            if (p.MentionAt[k] >= 0)
            {
                var m = p.Mentions[p.MentionAt[k]];
                if (k - 2 > from && t[k - 1].Norm == "by" && t[k - 2].Norm is "quoted" or "cited" or "interviewed" or "contacted")
                {
                    return null; // "according to witnesses quoted by Reuters": the source is unnamed, the outlet only relayed it
                }

                if (_a.Entities[m.EntityId].Kind != Model.EntityKind.Place)
                {
                    // "according to Rowland's manager, Mathew Knowles": the person named after the owner's role speaks.
                    return NamedAfterRole(p, s, m) ?? (m.EntityId, m.First, m.End);
                }

                place ??= (m.EntityId, m.First, m.End);
                k = m.End - 1;
            }
        }

        if (references.Authority(p, from, limit) is { } authority)
        {
            return authority; // "according to police", "according to law enforcement"
        }

        if (from < limit && t[from].Norm is "the" or "a" or "an" or "this" && references.ReferencePhrase(p, from, limit) is { } reference)
        {
            return reference;
        }

        // "According to government, the publication sought to …": the bare noun, as a press release's own voice writes it.
        if (from + 1 < s.End && t[from].Norm is "government" or "cabinet" && t[from + 1].Norm is "," or "." &&
            references.ResolveInstitutionNoun(t[from].Norm, null, null) is { } voice)
        {
            return (voice, from, from + 1);
        }

        if (from < limit && Words.SubjectPronouns.Contains(t[from].Norm) && discourse.ResolvePronoun(t[from].Norm) is { } pronoun)
        {
            return (pronoun, from, from + 1);
        }

        // "According to him, no curfew …", "According to her: “…”", "…, according to them.": after "to" the pronoun takes its object form; it stands for
        // whom its subject form would.
        if (from < s.End && t[from].Norm is "him" or "her" or "them" && (from + 1 == s.End || t[from + 1].Norm is "," or ":" or ".") &&
            discourse.ResolvePronoun(t[from].Norm switch { "him" => "he", "her" => "she", _ => "they" }) is { } person)
        {
            return (person, from, from + 1);
        }

        return place;
    }

    private static WordSet ReportNouns => Lexicon.Current.ReportNouns;

    /// <summary>"a report in/by/from the Miami Herald that": the outlet mention and the index of "that", or null.</summary>
    public (Mention Source, int That)? ReportSource(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        var reportNoun = ReportNouns.Contains(t[i].Norm); // (asked once: this runs for every word of every sentence)
        if (reportNoun && i > s.First && p.MentionAt[i - 1] >= 0 && p.Mentions[p.MentionAt[i - 1]] is var outlet &&
            outlet.First > s.First && Words.Determiners.Contains(t[outlet.First - 1].Norm) && _a.Entities[outlet.EntityId].IsMedia)
        {
            // "a Wall Street Journal report, citing people familiar with the matter, that …"
            // "a Sunday Times report alleging she went on …": a participle of saying right after the noun opens the content.
            if (i + 2 < s.End && t[i + 1].Norm is "alleging" or "claiming" or "saying" or "suggesting" or "stating" && !p.InQuote[i + 1])
            {
                return (outlet, t[i + 2].Norm == "that" ? i + 2 : i + 1);
            }

            for (var j = i + 1; j < s.End && j < i + 14; j++)
            {
                if ((t[j].Norm == "that" || TitleMarker(p, s, j)) && !p.InQuote[j])
                {
                    return (outlet, j);
                }

                if (t[j].Norm is "." or ";" || (t[j].IsWord && SpeechLexicon.IsVerb(t[j].Norm) && t[j].Norm is not ("citing" or "quoting")))
                {
                    return null;
                }
            }

            return null;
        }

        if (reportNoun && PublishedBy(p, s, i) is { } published)
        {
            return published;
        }

        if (ImpersonalReport(p, s, i) is { } impersonal)
        {
            return impersonal;
        }

        if (RumourStartedBy(p, s, i) is { } started)
        {
            return started;
        }

        if (ClaimsMadeBy(p, s, i) is { } made)
        {
            return made;
        }

        if (!reportNoun || i == s.First || !(Words.Determiners.Contains(t[i - 1].Norm) || t[i - 1].Norm is "recent" or "new" or "published" or "news"))
        {
            return null;
        }

        var k = i + 1;
        if (k + 1 < s.End && t[k].Norm is "appearing" or "aired" or "carried" or "broadcast" or "run" or "printed" && t[k + 1].Norm is "on" or "in" or "by")
        {
            k++; // "a story appearing on the BBC that …", "a report aired on KXYZ that …"
        }

        if (k >= s.End || t[k].Norm is not ("in" or "by" or "from" or "published" or "on"))
        {
            return null;
        }

        for (k++; k < s.End && k < i + 6; k++)
        {
            if (p.MentionAt[k] < 0)
            {
                continue;
            }

            var m = p.Mentions[p.MentionAt[k]];
            if (!_a.Entities[m.EntityId].IsMedia)
            {
                return null;
            }

            for (var j = m.End; j < s.End && j < m.End + 8; j++)
            {
                if ((t[j].Norm == "that" && j < m.End + 4) || TitleMarker(p, s, j)) // "a report by Daily Trust Newspaper of June 1, titled “…”"
                {
                    return (m, j);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "The latest allegations levelled by NZ First leader Winston Peters under parliamentary privilege were that Collins …":
    /// claims made by a named one, then "was/were that" and what they said; the one who made them and the "that", or null.
    /// </summary>
    private (Mention Source, int That)? ClaimsMadeBy(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        if (t[i].Norm is not ("allegations" or "claims" or "accusations" or "charges" or "allegation" or "claim" or "accusation") || p.InQuote[i] ||
            i + 3 >= s.End || t[i + 1].Norm is not ("made" or "levelled" or "leveled" or "raised" or "brought" or "lodged" or "aired" or "repeated") || t[i + 2].Norm != "by")
        {
            return null;
        }

        for (var k = i + 3; k < s.End && k < i + 8; k++)
        {
            if (p.MentionAt[k] < 0 || p.Mentions[p.MentionAt[k]] is not { } m || m.First != k)
            {
                if (t[k].IsWord && (t[k].Cap || Entities.NameWords.IsTitle(t[k])))
                {
                    continue; // "by NZ First leader Winston Peters"
                }

                return null;
            }

            if (m.End < s.End && t[m.End].IsWord && (t[m.End].Cap || Entities.NameWords.IsTitle(t[m.End])))
            {
                k = m.End - 1; // "NZ First leader Winston Peters": the party only says whose leader speaks
                continue;
            }

            if (_a.Entities[m.EntityId].Kind == Model.EntityKind.Place)
            {
                return null;
            }

            for (var j = m.End; j + 1 < s.End && j < m.End + 8; j++)
            {
                if (t[j].Norm is "was" or "were" && t[j + 1].Norm == "that" && !p.InQuote[j])
                {
                    return (m, j + 1);
                }

                if (!t[j].IsWord || SpeechLexicon.IsVerb(t[j].Norm))
                {
                    return null;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "Earlier in the week Valleywag published a similar report that …", "the Gazette ran a story that …": the outlet
    /// that published the report, and the "that" its content follows.
    /// </summary>
    private (Mention Source, int That)? PublishedBy(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        var titled = i + 1 < s.End && TitleMarker(p, s, i + 1);
        var that = i + 1;
        while (that < s.End && that <= i + 4 && !titled && t[that].IsWord &&
            (SpeechVerbs.IsDateWord(t[that]) || t[that].Norm is "morning" or "evening" or "night" or "afternoon" or "weekend"))
        {
            that++; // "The Sun ran a story this morning that …"
        }

        if (that >= s.End || (t[that].Norm != "that" && !titled))
        {
            return null;
        }

        // "The Saturday Paper published in its edition No 236 an article titled “…”": a title lets the words between the
        // verb and the piece be where it ran.
        var j = i - 1;
        for (var skipped = 0; j > s.First && skipped < (titled ? 8 : 3) && (t[j].IsWord || titled) && (!t[j].Cap || titled) && !SpeechLexicon.IsVerb(t[j].Norm) &&
             t[j].Norm is not ("published" or "ran" or "carried" or "printed" or "aired" or "." or ";"); skipped++)
        {
            j--; // "a similar", "an exclusive new"
        }

        if (j <= s.First || t[j].Norm is not ("published" or "ran" or "carried" or "printed" or "aired") || NameBefore(p, j, s.First) is not { } outlet ||
            !_a.Entities[outlet.Id].IsMedia)
        {
            return null;
        }

        return (new Mention(outlet.First, outlet.End, outlet.Id), titled ? i + 1 : that);
    }

    /// <summary>
    /// "a rumor was started by Us Weekly that Jennifer Aniston was pregnant": a rumour an outlet started, with what it said
    /// after "that"; the outlet and the "that".
    /// </summary>
    private (Mention Source, int That)? RumourStartedBy(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        if (t[i].Norm is not ("rumour" or "rumor") || i + 5 >= s.End)
        {
            return null;
        }

        var k = i + 1;
        k += t[k].Norm is "was" ? 1 : t[k].Norm is "had" && t[k + 1].Norm == "been" ? 2 : 0;
        if (k + 2 >= s.End || t[k].Norm is not ("started" or "spread" or "sparked") || t[k + 1].Norm != "by")
        {
            return null;
        }

        var at = t[k + 2].Norm == "the" ? k + 3 : k + 2;
        if (at >= s.End || p.MentionAt[at] < 0 || p.Mentions[p.MentionAt[at]] is not { First: var first } outlet || first != at || !_a.Entities[outlet.EntityId].IsMedia)
        {
            return null;
        }

        return outlet.End < s.End && t[outlet.End].Norm == "that" ? (new Mention(outlet.First, outlet.End, outlet.EntityId), outlet.End) : null;
    }

    /// <summary>
    /// "It was alleged in the Sunday Times that …", "it was reported by the Gazette that …": an impersonal passive of
    /// reporting with the outlet it ran in; the outlet and the "that".
    /// </summary>
    private (Mention Source, int That)? ImpersonalReport(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        if (t[i].Norm is not ("alleged" or "reported" or "claimed" or "suggested" or "revealed") || i - 2 < s.First ||
            t[i - 1].Norm is not ("was" or "been" or "is") || !(t[i - 2].Norm == "it" || (t[i - 1].Norm == "been" && i - 3 >= s.First && t[i - 3].Norm == "it")) ||
            i + 2 >= s.End || t[i + 1].Norm is not ("in" or "by"))
        {
            return null;
        }

        var k = t[i + 2].Norm == "the" ? i + 3 : i + 2;
        if (k >= s.End || p.MentionAt[k] < 0)
        {
            return null;
        }

        var m = p.Mentions[p.MentionAt[k]];
        if (!_a.Entities[m.EntityId].IsMedia)
        {
            return null;
        }

        return m.End < s.End && t[m.End].Norm == "that" ? (m, m.End) : null;
    }

    /// <summary>
    /// "titled", "headlined" or "entitled" before the quoted or capitalised title of a piece ("an article titled “Chemical
    /// weapons dropped on Papua”"): like "that", it opens what the outlet said.
    /// </summary>
    private static bool TitleMarker(Paragraph p, Sentence s, int j)
    {
        var t = p.Tokens;
        if (t[j].Norm is not ("titled" or "headlined" or "entitled" or "headed") || j + 1 >= s.End)
        {
            return false;
        }

        var k = t[j + 1].Norm == ":" ? j + 2 : j + 1;
        return k < s.End && (t[k].IsQuote || (t[k].Cap && t[k].IsWord));
    }

    public static (string Id, int First, int End)? MentionBefore(Paragraph p, int at, int from)
    {
        for (var k = at - 1; k >= from && k >= at - 6; k--)
        {
            if (p.MentionAt[k] >= 0)
            {
                var m = p.Mentions[p.MentionAt[k]];
                return (m.EntityId, m.First, m.End);
            }
        }

        return null;
    }

    /// <summary>The entity named just before token <paramref name="k"/> (an adverb such as "also" may sit between).</summary>
    public static (string Id, int First, int End)? NameBefore(Paragraph p, int k, int from)
    {
        var j = k - 1;
        while (j > from && (p.Tokens[j].Norm.EndsWith("ly", StringComparison.Ordinal) || p.Tokens[j].Norm is "also" or "later"))
        {
            j--;
        }

        if (j < from || p.MentionAt[j] < 0)
        {
            return null;
        }

        var m = p.Mentions[p.MentionAt[j]];
        return m.End == j + 1 ? (m.EntityId, m.First, m.End) : null;
    }

    /// <summary>"Granma, the official organ of the Party, which noted …": the name the appositive describes.</summary>
    public static (string Id, int First, int End)? AppositiveHead(Paragraph p, int w, int from)
    {
        var t = p.Tokens;
        if (w - 1 <= from || t[w - 1].Norm != ",")
        {
            return null;
        }

        for (var c = w - 2; c > from && c >= w - 14; c--)
        {
            if (t[c].Norm != ",")
            {
                continue;
            }

            if (t[c + 1].Norm is "the" or "a" or "an" && p.MentionAt[c - 1] >= 0)
            {
                var m = p.Mentions[p.MentionAt[c - 1]];
                return (m.EntityId, m.First, m.End);
            }

            return null;
        }

        return null;
    }
}
