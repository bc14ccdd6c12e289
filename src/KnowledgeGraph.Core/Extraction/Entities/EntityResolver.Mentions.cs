using KnowledgeGraph.Model;
using KnowledgeGraph.Text;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>The final match over registry and article aliases; generic names resolved by context; stated ties.</summary>
internal sealed partial class EntityResolver
{
    private static WordSet LeadVerbs => Lexicon.Current.LeadVerbs;
    private static WordSet LeadNouns => Lexicon.Current.LeadNouns;
    private static WordSet MemberNouns => Lexicon.Current.MemberNouns;

    private string? _lastForeignMinistry;

    private void MatchFinal(Paragraph p, RegistryMatches registryMatches)
    {
        p.Mentions.Clear();
        var tokens = p.Tokens;
        for (var i = 0; i < tokens.Count;)
        {
            var (lenR, idR) = registryMatches.At(i);
            var (lenL, idL) = _local.Match(tokens, i, tokens.Count);
            var (len, id) = lenL >= lenR && lenL > 0 ? (lenL, idL) : (lenR, idR); // the article's own names win ties
            if (len == 0 || id is null || (len == 1 && lenL == 1 && id == idL && (MonthAsDate(tokens, i) || TitleOfAName(tokens, i))))
            {
                i++;
                continue;
            }

            var homeElsewhere = false;
            if (len == lenR && id == idR && _a.Registry.HasHomeAliases && _a.ArticleCountry is { } country &&
                _a.Registry.IsHomeAlias(_a.Text.AsSpan(tokens[i].Start, tokens[i + len - 1].End - tokens[i].Start), country, out var home))
            {
                // "the Times" in British copy is The Times of London; "the Foreign Office" elsewhere is not Britain's.
                homeElsewhere = home is null;
                id = home ?? id;
            }

            if (IsDatelineCredit(p, i, len, id))
            {
                // "HAVANA, Feb 3 (Reuters) -": the wire that published the story is an entity of the article, but not a
                // mention that attribution may take as a speaker or an intermediary.
                _a.Ensure(id).MentionCount++;
                _a.CreditedOutlet ??= id;
                i += len;
                continue;
            }

            id = ResolveGeneric(p, i, len, id, homeElsewhere);
            if (len == 1 && AfterHonorific(tokens, i) && _a.Entities.TryGetValue(id, out var named) && named.Kind != EntityKind.Person &&
                PersonBySurname(tokens[i].Norm) is { } person)
            {
                id = person; // "said Mr. Quigley" is Guy Quigley, not the Quigley Corp the short name also stands for
            }
            if (_a.CreditedOutlet is null && CreditAfterDate(p, i, len, id))
            {
                _a.CreditedOutlet = id; // "Havana, Feb 5 (EFE).- …": the agency that wrote the text
            }

            var e = _a.Ensure(id);
            e.MentionCount++;
            if (e.Type == "foreign-ministry" && !e.IsGeneric)
            {
                _lastForeignMinistry = id;
            }

            // The surface only becomes a string when it is kept, and then a fresh one: a per-thread table of shared
            // strings cost a hash into a large, cold table per mention, more than a short string of the article's own.
            var surface = _a.Text.AsSpan(tokens[i].Start, tokens[i + len - 1].End - tokens[i].Start);
            if (surface.Length <= 80 && !surface.Contains('\n') && !(len > 1 && AllCapitals(tokens, i, len))) // "US Senate" is a form; "FOREIGN MINISTRY" a heading's
            {
                e.Aliases.Add(surface.ToString());
            }

            // "Chief Williams", "Mayor Marsh": a person's surname after a capitalised title is also written that way.
            if (len == 1 && e.Kind == EntityKind.Person && i > 0 && tokens[i - 1].Cap && tokens[i - 1].IsWord &&
                NameWords.IsTitle(tokens[i - 1]) && (!Lexicon.Current.WeakTitles.Contains(tokens[i - 1].Norm) || tokens[i - 1].Norm is "chief" or "deputy"))
            {
                e.Aliases.Add(_a.Text[tokens[i - 1].Start..tokens[i].End]);
            }

            p.Mentions.Add(new Mention(i, i + len, id));
            i += len;
        }

        p.IndexMentions();
        UnquoteNames(p);
    }

    /// <summary>
    /// "“Islamic Jihad” however, denied …", "“Hamas” said …": a quotation that holds one name and nothing else is the
    /// name, printed in marks, not words anyone said; its tokens are read as unquoted text.
    /// </summary>
    private static void UnquoteNames(Paragraph p)
    {
        for (var q = p.Quotes.Count - 1; q >= 0; q--)
        {
            var (open, close) = p.Quotes[q];
            if (close - open < 2 || p.MentionAt[open + 1] < 0 || p.Mentions[p.MentionAt[open + 1]] is not { } m || m.First != open + 1 || m.End != close)
            {
                continue;
            }

            for (var k = open; k <= close; k++)
            {
                p.InQuote[k] = false;
            }

            p.Quotes.RemoveAt(q);
        }
    }

    /// <summary>"Mr Quigley", "Mrs. May", "Dr Okafor": an honorific, with or without its full stop, right before token <paramref name="i"/>.</summary>
    private static bool AfterHonorific(List<Token> tokens, int i) =>
        (i > 0 && tokens[i - 1].IsWord && EntityDiscovery.Honorific(tokens[i - 1].Norm)) ||
        (i > 1 && tokens[i - 1].Norm == "." && tokens[i - 2].IsWord && EntityDiscovery.Honorific(tokens[i - 2].Norm));

    /// <summary>The one person of the article whose last name folds to <paramref name="surname"/>, else null.</summary>
    private string? PersonBySurname(string surname)
    {
        string? found = null;
        foreach (var e in _a.Entities.Values)
        {
            if (e.Kind == EntityKind.Person && NameWords.PersonNameParts(e.Name) is { Length: > 1 } parts && TextFold.Fold(parts[^1]) == surname)
            {
                if (found is not null)
                {
                    return null;
                }

                found = e.Id;
            }
        }

        return found;
    }

    /// <summary>
    /// "King Charles", "King of Jordan", "the king": a title that is also an article person's surname ("said King") is the
    /// title where a name or "of" follows it, or where it is written in lower case.
    /// </summary>
    private static bool TitleOfAName(List<Token> tokens, int i) =>
        NameWords.IsTitle(tokens[i]) &&
        (!tokens[i].Cap || tokens[i].AllCaps || (i + 1 < tokens.Count && ((tokens[i + 1].IsWord && tokens[i + 1].Cap) || tokens[i + 1].Norm == "of")));

    /// <summary>
    /// "in May", "May 5", "the May elections", "last May": a month's name read as a date, not as the surname the article
    /// gives a person ("Mrs May said", "May denied the report"). Only asked of a one-word article alias that is a month.
    /// </summary>
    private static bool MonthAsDate(List<Token> tokens, int i)
    {
        if (!Attribution.SpeechVerbs.IsMonth(tokens[i].Norm))
        {
            return false;
        }

        if (i + 1 < tokens.Count && tokens[i + 1].IsWord && char.IsDigit(tokens[i + 1].Norm[0]))
        {
            return true; // "May 5", "May 2024"
        }

        if (i == 0 || !tokens[i - 1].IsWord)
        {
            return false;
        }

        var prev = tokens[i - 1].Norm;
        return char.IsDigit(prev[0]) || Lexicon.Current.Prepositions.Contains(prev) || Lexicon.Current.Determiners.Contains(prev) ||
            prev is "last" or "next" or "early" or "late" or "mid" or "since" or "until" or "till" or "this";
    }

    /// <remarks>
    /// A name another country uses at home ("the Foreign Office" outside British copy) is the one the publisher's own
    /// country uses, when its national domain tells it ("mofa.gov.pk"), before the country the article names most.
    /// </remarks>
    /// <summary>"the Foreign Ministry" → the ministry of the country named next to it, else of the last one named, else of the article's main country.</summary>
    private string ResolveGeneric(Paragraph p, int at, int len, string id, bool homeElsewhere = false)
    {
        var entry = _a.Registry.Get(id);
        if (entry is not { IsGeneric: true, Type: "foreign-ministry" })
        {
            return id;
        }

        var after = at + len;
        string? country = null;

        // "Ministry of Foreign Relations of the Republic of Cuba (MINREX)": the country named right after the title.
        if (after + 1 < p.Tokens.Count && p.Tokens[after].Norm == "of")
        {
            var j = after + 1;
            while (j < p.Tokens.Count && j < after + 4 && p.Tokens[j].Norm is "the" or "republic" or "of")
            {
                j++;
            }

            var (cl, place) = j < p.Tokens.Count ? _a.Registry.Aliases.Match(p.Tokens, j, p.Tokens.Count) : (0, null);
            if (cl > 0 && place is not null && _a.Registry.Get(place) is { Kind: EntityKind.Place } pe && pe.CountryPlaceId is { } c)
            {
                country = c;
                after = j + cl;
            }
        }

        if (after + 2 < p.Tokens.Count && p.Tokens[after].Norm == "(" && p.Tokens[after + 2].Norm == ")")
        {
            var (l, named) = _a.Registry.Aliases.Match(p.Tokens, after + 1, after + 2);
            if (l == 1 && named is not null && _a.Registry.Get(named) is { IsGeneric: false })
            {
                return named;
            }
        }

        var k = at - 1;
        if (country is null && k >= 0 && p.Tokens[k].Norm == "'s" && p.Mentions.Count > 0 && p.Mentions[^1].End == k)
        {
            country = _a.Registry.Get(p.Mentions[^1].EntityId)?.CountryPlaceId;
        }
        else if (country is null && k >= 0 && p.Tokens[k].IsWord)
        {
            country = _a.Registry.CountryOfDemonym(p.Tokens[k].Norm);
        }

        country ??= homeElsewhere ? _a.HomeCountry : null;
        // Unqualified, a national outlet's "the Ministry of Foreign Affairs" is its own country's when the article names that
        // country at all (a Ghanaian site on a UK report names the UK more often than Ghana); else the country it names most.
        var resolved = (country is not null ? _a.ForeignMinistryOf(country) : null)
            ?? _lastForeignMinistry
            ?? (_a.HomeCountry is { } homeCountry && _countryWeight.ContainsKey(homeCountry) ? _a.ForeignMinistryOf(homeCountry) : null)
            ?? (_a.DominantCountry is not null ? _a.ForeignMinistryOf(_a.DominantCountry) : null);
        return resolved ?? id;
    }

    /// <summary>Ties the role in a title states: a foreign minister belongs to (or leads) the foreign ministry, a president leads the government.</summary>
    private bool IsDatelineCredit(Paragraph p, int i, int len, string id)
    {
        var t = p.Tokens;
        return i > 1 && i < 14 && i + len + 1 < t.Count && t[0].AllCaps && t[i - 1].Norm == "(" && t[i + len].Norm == ")" &&
            t[i + len + 1].Norm is "-" or "\u2014" or "\u2013" && (_a.Registry.Get(id) is { IsMedia: true } || (_a.Entities.TryGetValue(id, out var e) && e.IsMedia));
    }

    /// <summary>"Havana, Feb 5 (EFE).-", "New Delhi, Sept 15 (ANI):", "MOSCOW, June 26. /TASS/.": an outlet in parentheses (or between slashes) closing a dateline, then a dash, colon or stop.</summary>
    private static bool AllCapitals(List<Token> tokens, int i, int len)
    {
        for (var k = i; k < i + len; k++)
        {
            if (tokens[k].IsWord && !tokens[k].AllCaps)
            {
                return false;
            }
        }

        return true;
    }

    private bool CreditAfterDate(Paragraph p, int i, int len, string id)
    {
        var t = p.Tokens;
        var k = i + len + 1;
        if (i < 2 || i > 14 || k >= t.Count || !t[0].Cap)
        {
            return false;
        }

        // "MOSCOW, June 26. /TASS/. Russian …": the agency between slashes, then the text.
        if (t[i - 1].Norm == "/" && t[i + len].Norm == "/")
        {
            return t[k].Norm is "." or "-" or ":" or "\u2014" or "\u2013" && (_a.Registry.Get(id) is { IsMedia: true } || (_a.Entities.TryGetValue(id, out var agency) && agency.IsMedia));
        }

        if (t[i - 1].Norm != "(" || t[i + len].Norm != ")")
        {
            return false;
        }

        if (t[k].Norm == "." && k + 1 < t.Count)
        {
            k++;
        }

        // "New Delhi, May 3 (PTI) The …": after a day's number, the text may follow with no mark at all.
        var bare = k == i + len + 1 && t[k].IsWord && t[k].Cap && t[i - 2].Norm.Length <= 2 && char.IsAsciiDigit(t[i - 2].Norm[0]);
        return (bare || t[k].Norm is "-" or ":" or "\u2014" or "\u2013") && (_a.Registry.Get(id) is { IsMedia: true } || (_a.Entities.TryGetValue(id, out var e) && e.IsMedia));
    }

    private void AddRoleMemberships(ArticleEntity person, string? role)
    {
        if (role is null || person.Kind != EntityKind.Person || person.CountryPlaceId is null)
        {
            return;
        }

        var r = TextFold.Fold(role);
        var subordinate = r.Contains("deputy", StringComparison.Ordinal) || r.Contains("vice", StringComparison.Ordinal) ||
            r.Contains("assistant", StringComparison.Ordinal) || r.Contains("spokes", StringComparison.Ordinal) || r.Contains("under", StringComparison.Ordinal);
        string? institution = null;
        if (r.Contains("foreign", StringComparison.Ordinal) && (r.Contains("minist", StringComparison.Ordinal) || r.Contains("affairs", StringComparison.Ordinal)))
        {
            institution = _a.Registry.ForeignMinistryOf(person.CountryPlaceId);
        }
        else if (r.StartsWith("president", StringComparison.Ordinal) || r.StartsWith("prime minister", StringComparison.Ordinal) || r is "premier" or "ruler" or "leader" or "dictator")
        {
            institution = _a.Registry.Get(person.CountryPlaceId)?.GovernmentId;
        }

        if (institution is not null)
        {
            _a.Ensure(institution);
            var relation = subordinate ? Membership.MemberOf : Membership.Leads;
            if (!person.Memberships.Any(m => m.InstitutionId == institution))
            {
                person.Memberships.Add(new Membership(relation, institution, role));
            }
        }
    }

    /// <summary>"GAESA, controlled by Raúl Castro" → LEADS; "X, head of Y" → LEADS; "X, spokesperson for Y" → MEMBER_OF.</summary>
    private void FindControlRelations()
    {
        foreach (var p in _a.Paragraphs)
        {
            var t = p.Tokens;
            for (var m = 0; m + 1 < p.Mentions.Count; m++)
            {
                var a = p.Mentions[m];
                var b = p.Mentions[m + 1];
                var k = a.End;
                if (k < t.Count && t[k].Norm == ",")
                {
                    k++;
                }

                var ea = _a.Entities[a.EntityId];
                var eb = _a.Entities[b.EntityId];
                if (ea.Kind == EntityKind.Institution && eb.Kind == EntityKind.Person && k + 2 == b.First && LeadVerbs.Contains(t[k].Norm) && t[k + 1].Norm == "by")
                {
                    AddTie(eb, Membership.Leads, ea.Id, null);
                }
                else if (ea.Kind == EntityKind.Person && eb.Kind == EntityKind.Institution && k + 2 <= b.First && b.First - k <= 4 &&
                    t[b.First - 1].Norm is "of" or "for" or "at")
                {
                    var noun = t[b.First - 2].Norm;
                    if (LeadNouns.Contains(noun))
                    {
                        AddTie(ea, Membership.Leads, eb.Id, null);
                    }
                    else if (MemberNouns.Contains(noun))
                    {
                        AddTie(ea, Membership.MemberOf, eb.Id, null);
                    }
                }
                else if (ea.Kind == EntityKind.Institution && eb.Kind == EntityKind.Person && b.First == a.End + 1 && t[a.End].Norm == "," &&
                    a.First >= 2 && t[a.First - 1].Norm == "of" && MemberNouns.Contains(t[a.First - 2].Norm))
                {
                    AddTie(eb, Membership.MemberOf, ea.Id, null); // "Media Officer of Heartland FC, Cajetan Nkwopara, said"
                }
                else if (ea.Kind == EntityKind.Institution && eb.Kind == EntityKind.Person && a.End < b.First && b.First - a.End <= 3 &&
                    Attribution.ReferenceResolver.IsSpokesNoun(t[b.First - 1].Norm) && AllLowerWords(t, a.End, b.First))
                {
                    AddTie(eb, Membership.MemberOf, ea.Id, null); // "UN spokesman Stephane Dujarric", "Northwind chief spokeswoman Ann Lee"
                }
            }
        }
    }

    private static bool AllLowerWords(List<Text.Token> t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!t[k].IsWord || (t[k].Cap && !t[k].Norm.StartsWith("spokes", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddTie(ArticleEntity person, string relation, string institutionId, string? role)
    {
        if (!person.Memberships.Any(x => x.InstitutionId == institutionId))
        {
            person.Memberships.Add(new Membership(relation, institutionId, role));
        }
    }
}
