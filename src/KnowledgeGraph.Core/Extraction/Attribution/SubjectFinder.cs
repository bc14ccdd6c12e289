using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Finding the speaker: the clause's subject (a name, a pronoun, or "the statement"/"the diplomat").</summary>
internal sealed class SubjectFinder(ArticleAnalysis analysis, IDiscourseView discourse, ReferenceResolver references)
{
    private readonly ArticleAnalysis _a = analysis;
    /// <summary>The first subject-like phrase in [from, to): a name not governed by a preposition, a subject pronoun, or a reference phrase.</summary>
    public (string Id, int First, int End)? FindSubject(Paragraph p, int from, int to, bool requireClauseStart = false)
    {
        var t = p.Tokens;
        if (p.IsHeading && (HeadlineRoleHolder(p, from, to) ?? HeadlineInstitution(p, from, to) ?? HeadlineCountryNoun(p, from, to)) is { } headlineHolder)
        {
            return headlineHolder; // "Government spokesman dismisses …" over "Government spokesman Muthui Kariuki has dismissed …"
        }

        if (p.IsHeading && CountryDescribesPerson(p, from, to))
        {
            return null; // "Kenya opposition leader denies …" with no one the lead names so: a person, never the country's government
        }

        from = Math.Max(from, to - 120); // subjects sit near their verbs; a bounded look keeps long sentences linear
        for (var k = from; k < to; k++)
        {
            if (p.InQuote[k])
            {
                continue;
            }

            if (t[k].Norm == "(")
            {
                while (k < to && t[k].Norm != ")")
                {
                    k++;
                }

                continue;
            }

            if (requireClauseStart && !AfterClauseBreak(p, k, from))
            {
                continue;
            }

            // "“Outrageous is all I can say,” the Australian added", "the Spaniard said": a people's name after a lower-case
            // "the", right before the verb, is the person speaking (not the newspaper called The Australian).
            // Going on ("added") it is the person who spoke last; else the person the article is about ("… but the Brazilian said
            // the reports were rubbish", after someone else's rebuke).
            if (t[k].Norm == "the" && !t[k].Cap && k + 2 == to && t[k + 1].Cap && !p.InQuote[k + 1] && DemonymNoun(t[k + 1].Norm) &&
                to < t.Count && t[to].Norm is not ("reported" or "reports" or "wrote" or "writes" or "published") &&
                DescribedPerson(t, to) is { } person)
            {
                return (person, k, k + 2);
            }

            // "The three Government ministers who attended the Australia - Italy game have rejected …": past a plural
            // description that names no one, the names of its relative clause are not the subject (with no comma before
            // the verb, no name set off after the clause either).
            if (k > from + 1 && t[k].Norm is "who" or "which" && t[k - 1].IsWord && !t[k - 1].Cap && t[k - 1].Norm.EndsWith('s') && p.MentionAt[k - 1] < 0 &&
                NoCommaBefore(p, k, to) && DescriptionOpens(p, from, k))
            {
                return null;
            }

            // "The singer, who is dating model Anwar Hadid, appeared … and dismissed …", "The actress — who married Hollis in
            // 2015 — has faced …": a description that resolved to no one is still the subject; the names of the relative clause
            // set off after it (by commas or by dashes) are not.
            if (k > from + 2 && t[k].Norm is "who" or "whose" && SetOff(p, k, to) && DescriptionOpens(p, from, k - 1))
            {
                return null;
            }

            if (p.MentionAt[k] >= 0)
            {
                var m = p.Mentions[p.MentionAt[k]];
                if (m.First != k)
                {
                    continue;
                }

                if (IsDateline(p, m, _a))
                {
                    k = m.End - 1;
                    while (m.End < to && t[m.End].Norm == "[" && k + 1 < to && t[k + 1].Norm != "]")
                    {
                        k++; // "New Delhi [India], …": the bracketed country is the dateline's too
                    }

                    // "Lusaka, September 28, 2014, ZANIS — The opposition MMD …": the date and the agency before the dash too.
                    if (m.End < to && t[m.End].Norm == ",")
                    {
                        for (var d = m.End + 1; d < to && d < m.End + 10; d++)
                        {
                            if (t[d].Norm is "-" or "\u2014" or "\u2013" && !p.InQuote[d])
                            {
                                k = d;
                                break;
                            }
                        }
                    }

                    continue;
                }

                // "Cuba's deputy foreign minister denied …": the person the registry gives that role in that country.
                if (m.End < to && t[m.End].Norm == "'s" && references.PossessedRole(p, m, to) is { } holder)
                {
                    return holder;
                }

                // "The Kenya Kwanza Alliance presidential candidate claimed …": an organisation's leader or candidate right
                // before the verb is the person the article names so ("… presidential candidate William Ruto"), else the
                // person who spoke in the sentence before, as for "The Green Party leader" below; with neither, the
                // organisation stays the speaker.
                if (OrganisationRoleEnd(p, m, to) == to &&
                    (RoleHolderNamed(m.EntityId, t[to - 1].Norm) ??
                     (DescribedBefore(t, k, from) && discourse.PreviousSentenceSpeaker is { } previous && _a.Entities.TryGetValue(previous, out var spoke) &&
                      spoke.Kind == EntityKind.Person ? previous : null)) is { } leaderOrCandidate)
                {
                    return (leaderOrCandidate, k, to);
                }

                // "Mr Temer's office says …": the office of a president or prime minister speaks for the government.
                if (m.End + 1 < to && t[m.End].Norm == "'s" && t[m.End + 1].Norm == "office" && (m.End + 2 >= t.Count || t[m.End + 2].Norm is not ("of" or "'s")) &&
                    HeadsGovernment(m.EntityId) is { } headed)
                {
                    return (headed, k, m.End + 2);
                }

                // "A UK newspaper reported …", "a Kenyan broadcaster said …": a country naming an unnamed outlet is no speaker.
                // (The id's prefix first: this runs for every mention every subject search looks at.)
                if (m.EntityId.StartsWith("place:", StringComparison.Ordinal) && m.End < to && t[m.End].IsWord && !t[m.End].Cap &&
                    Lexicon.Current.OutletNouns.Contains(t[m.End].Norm))
                {
                    return null;
                }

                // "the former Paris Saint-Germain star rejected the rumours": a player or a star described by the club or show,
                // right before the verb, is the person the article is about, not the club.
                if (m.End + 1 == to && t[m.End].IsWord && !t[m.End].Cap && t[m.End].Norm is "star" or "striker" or "midfielder" or "defender" or "goalkeeper" or "winger" or "player" or "frontman" &&
                    DescribedBefore(t, k, from) && _a.Entities.TryGetValue(m.EntityId, out var club) && club.Kind == EntityKind.Institution && DescribedPerson(t, to) is { } star)
                {
                    return (star, k, to);
                }

                // "Transport Minister Eamon Ryan has denied …" ¶ "The Green Party leader, who was photographed …, insisted …": an
                // organisation's leader described in the sentence after a person spoke is that person.
                if (m.End < to && t[m.End].IsWord && !t[m.End].Cap && t[m.End].Norm is "leader" or "boss" or "chief" or "chairman" or "chairwoman" or "founder" or "captain" &&
                    (m.End + 1 == to || (t[m.End + 1].Norm == "," && m.End + 2 < to && t[m.End + 2].Norm == "who" && t[to - 1].Norm == ",")) &&
                    DescribedBefore(t, k, from) && _a.Entities.TryGetValue(m.EntityId, out var body) && body.Kind == EntityKind.Institution &&
                    discourse.PreviousSentenceSpeaker is { } bodyLeader && _a.Entities.TryGetValue(bodyLeader, out var leader) && leader.Kind == EntityKind.Person)
                {
                    return (bodyLeader, k, m.End + 1);
                }

                // "In a press statement signed by its spokesman, John Okafor, the university dismissed …": a name set off inside a
                // fronted phrase, then a description with no comma closing it right before the verb: the description speaks.
                if (FrontedNameBeforeDescription(p, m, to))
                {
                    k = m.End - 1;
                    continue;
                }

                var candidate = SubjectMention(p, m, to);
                if (candidate is not null)
                {
                    return candidate;
                }

                k = m.End - 1;
                continue;
            }

            // ("… came after a spokesman for X dismissed …", "Shares fell after the company denied …": the "after" that opens
            // the clause searched governs no one who speaks for someone in it, nor the organisation's noun opening it)
            if (GovernedByPreposition(p, k) && !(from > 0 && k - from <= 2 && t[from - 1].Norm is "after" or "before" or "since" or "until" &&
                (Lexicon.Current.ProxyNouns.Contains(t[k].Norm) || (k == from && t[k].Norm == "the" && k + 1 < to && SpeechLexicon.IsInstitutionNoun(t[k + 1].Norm)))))
            {
                continue;
            }

            var norm = t[k].Norm;
            // "… but the 52-year-old said the reports were rubbish", "the Western Australian said …": a person described only
            // by age or origin, right before the verb, is the person the article is about.
            if (norm == "the" && AgeOrOriginOnly(p, k + 1, to) &&
                DescribedPerson(t, to) is { } topic)
            {
                return (topic, k, to);
            }

            // "Reps for both actors said …", "Both men denied …": the two people named just before (each of them speaks).
            if (BothPeopleEnd(p, k, to, norm) is var bothEnd and > 0 && discourse.LastPair(BothKind(p, bothEnd), GroupSize(p, k, bothEnd)) is { } both)
            {
                return (both[0], k, bothEnd);
            }

            // "The management of Ikorodu General Hospital has denied …", "the leadership of the party said …": those who run an
            // organisation named right after speak as it.
            if (norm is "management" or "leadership" or "administration" && (k == from || t[k - 1].Norm is "the" or ",") && k + 2 < to && t[k + 1].Norm == "of" &&
                (t[k + 2].Norm == "the" ? k + 3 : k + 2) is var owned && owned < to && p.MentionAt[owned] >= 0 && p.Mentions[p.MentionAt[owned]] is var run &&
                run.First == owned && run.End <= to && _a.Entities.TryGetValue(run.EntityId, out var ran) && ran.Kind == EntityKind.Institution)
            {
                return (run.EntityId, k, run.End);
            }

            // "Attorneys of Jair Bolsonaro denied …", "Lawyers for the singer said …", "A rep for Marc Anthony denied …": those
            // who speak for someone named right after speak as that someone.
            var proxyOpens = Lexicon.Current.ProxyNouns.Contains(norm) && norm is not ("office" or "campaign" or "team" or "camp" or "management" or "label") &&
                (k == from || !t[k - 1].IsWord || t[k - 1].Norm is "the" or "," or "a" or "an" || ProxyModifier(t[k - 1].Norm) ||
                 Words.ClauseBreaks.Contains(t[k - 1].Norm)) && k + 2 < to && t[k + 1].Norm is "of" or "for";
            var proxyFirst = proxyOpens && k > from && ProxyModifier(t[k - 1].Norm) ? k - 1 : k;
            // ("A spokesman for European Commission president Jean-Claude Juncker dismissed …": the titled person after the
            // organisation is the one spoken for)
            if (proxyOpens && p.MentionAt[k + 2] >= 0 && p.Mentions[p.MentionAt[k + 2]] is var proxied0 &&
                (ReferenceResolver.TitledHolderAfter(_a, p, proxied0, to) ?? proxied0) is var principal0 &&
                proxied0.First == k + 2 && _a.Entities[principal0.EntityId].Kind == EntityKind.Person && !NamedAfter(p, principal0.End, to))
            {
                // "The attorney for Kobe Bryant's accuser denied …": the one spoken for is the accuser, whom the text does not
                // name; the attorney is someone new, named later in the lead or no one, never the man named.
                if (principal0.End + 1 < to && t[principal0.End].Norm == "'s" && t[principal0.End + 1].IsWord && !t[principal0.End + 1].Cap)
                {
                    return references.PersonNamedNext(p, to, norm, null, newOnly: true) is { } proxy ? (proxy, proxyFirst, principal0.End + 2) : null;
                }

                return (principal0.EntityId, proxyFirst, principal0.End);
            }

            // "Legal reps for the 27-year-old singer are denying …": a description of a person the text has named.
            if (proxyOpens && t[k + 2].Norm == "the" && references.ReferencePhrase(p, k + 2, to) is { } described &&
                _a.Entities.TryGetValue(described.Item1, out var describedOne) && describedOne.Kind == EntityKind.Person)
            {
                return (described.Item1, proxyFirst, described.Item3);
            }

            // "The singer's representative has denied …": a description of a person the text has named, then one who speaks
            // for that person.
            if (norm == "the" && DescribedProxy(p, k, to) is { } proxied)
            {
                return proxied;
            }

            // "The union said its members strongly deny the allegations": an organisation's own members or staff, unnamed, speak as it.
            if (norm is "its" or "their" && k + 1 < to && t[k + 1].Norm is "members" or "staff" or "employees" or "workers" or "players" or "officials" &&
                !NamedAfter(p, k + 2, to) && !GovernedByPreposition(p, k) && discourse.ResolvePronoun(norm == "its" ? "it" : "they") is { } own &&
                _a.Entities.TryGetValue(own, out var ownBody) && ownBody.Kind == EntityKind.Institution)
            {
                return (own, k, k + 2);
            }

            if (norm is "his" or "her" && k + 1 < to && Lexicon.Current.ProxyNouns.Contains(t[k + 1].Norm) && !NamedAfter(p, k + 2, to) &&
                !GovernedByPreposition(p, k) && discourse.ResolvePronoun(norm == "his" ? "he" : "she") is { } principal)
            {
                return (principal, k, k + 2); // "Her office later clarified …": the office speaks for her
            }

            if (Words.SubjectPronouns.Contains(norm) && discourse.ResolvePronoun(norm) is { } pronounId)
            {
                return (pronounId, k, k + 1);
            }

            // "Cypriot authorities said …", "…, and Lithuanian officials said …": a people's name and a noun for its government,
            // with no article, opening a clause right before the verb, are that country's government as "the Cypriot
            // authorities" are.
            if (t[k].Cap && k + 2 == to && (k == from || !t[k - 1].IsWord || Words.ClauseBreaks.Contains(t[k - 1].Norm)) &&
                t[k + 1].Norm is "authorities" or "government" or "officials" && !t[k + 1].Cap && !SecondSide(p, k) &&
                _a.CountryOfDemonym(norm) is { } nation &&
                references.ResolveInstitutionNoun("government", nation, null) is { } governing)
            {
                return (governing, k, to);
            }

            // "Officials say …", "Police said …", "Law enforcement report …", "…, officials say": the one organisation the
            // article names.
            if ((k == 0 || !t[k - 1].IsWord || (!t[k].Cap && Words.ClauseBreaks.Contains(t[k - 1].Norm))) && references.Authority(p, k, to) is { } authority)
            {
                return authority;
            }

            // "The president's office denied …", "the Brazilian president's office said …": the office of a head of state or
            // government speaks for its government, as "the Presidency" does ("the presidential office" is the reference
            // resolver's, read as the presidency).
            if (norm == "the" && HeadOfficeEnd(p, k + 1, to) is var (officeEnd, country) && officeEnd > 0 &&
                references.ResolveInstitutionNoun("government", country, null) is { } government)
            {
                return (government, k, officeEnd);
            }

            // "Prime Minister Dan Avery's office rejected …" ¶ "…," the office said: the office named before, its owner's.
            if (norm == "the" && k + 1 < to && t[k + 1].Norm == "office" && !NamedAfter(p, k + 2, to) && !(k + 2 < to && t[k + 2].Norm is "of" or "'s") &&
                OfficeOwnerBefore(p, k) is { } owner)
            {
                return (owner, k, k + 2);
            }

            // "Government notes the article …", "Government places on record …": a press release's own voice, without article.
            // ("Government spokesman Muthui Kariuki has dismissed …" is the spokesman named.)
            if (norm is "government" or "cabinet" && t[k].Cap && (k == 0 || !t[k - 1].IsWord) && k + 1 < t.Count && t[k + 1].IsWord && !t[k + 1].Cap &&
                p.MentionAt[k] < 0 && !(NameWords.IsTitle(t[k + 1]) && NamedAfter(p, k + 2, to)) &&
                references.ResolveInstitutionNoun(norm, null, null) is { } voice)
            {
                return (voice, k, k + 1);
            }

            // "The couple claims …", "the pair said": the two people a recent subject named together (each of them speaks).
            if (norm == "the" && k + 1 < to && t[k + 1].Norm is "couple" or "pair" or "duo" && !NamedAfter(p, k + 2, to) &&
                discourse.RecentGroup is { Count: 2 } pair && pair.TrueForAll(id => _a.Entities.TryGetValue(id, out var e) && e.Kind == EntityKind.Person))
            {
                return (pair[0], k, k + 2);
            }

            // "…, his spokesperson said on Tuesday." ¶ "ministry spokesperson Sam Okoro said …": a possessive spokesperson is the
            // one the article names with that role, here or in the next paragraphs, as "the spokesperson" would be.
            if (norm is "his" or "her" or "their" && k + 2 == to && ReferenceResolver.IsSpokesNoun(t[k + 1].Norm) && !p.InQuote[k] &&
                references.ReferencePhrase(p, k, to) is { } possessed && _a.Entities.TryGetValue(possessed.Item1, out var spokesperson) && spokesperson.Kind == EntityKind.Person)
            {
                return possessed;
            }

            // "Reports from Football Insider on Monday suggested …": reports without an article, from or by an outlet, are the
            // outlet's as "a report by" it is.
            if (norm is "reports" or "report" && k + 2 < to && t[k + 1].Norm is "from" or "by" && (t[k + 2].Norm == "the" ? k + 3 : k + 2) is var named &&
                named < to && p.MentionAt[named] >= 0 && p.Mentions[p.MentionAt[named]] is var source && source.First == named && source.End <= to &&
                _a.Entities[source.EntityId].IsMedia)
            {
                return (source.EntityId, k, source.End);
            }

            // "said that President Musa Bello announced …": a "that" before a capitalised title opens a clause; it is no
            // demonstrative ("that president"), and the title goes with the name after it.
            if (norm is "the" or "a" or "an" or "this" or "that" && !(norm == "that" && k + 1 < to && t[k + 1].Cap) && references.ReferencePhrase(p, k, to) is { } reference)
            {
                return AppositiveName(p, reference.Item3, to) ?? reference;
            }

            if (norm is "a" or "an" && references.CountryPersonPhrase(p, k, to))
            {
                // "A US lawyer for the firm denied …": an unnamed person, not the country's government; "a US lawyer for the
                // firm, Jane Roe, denied …" names the person.
                return AppositiveName(p, k + 1, to);
            }
        }

        return null;
    }

    /// <summary>
    /// A name after a comma inside a fronted phrase, then a comma, "the" and up to four lower-case words reaching the verb, the
    /// last no noun for a person ("…, John Okafor, the university dismissed"); "John Okafor, the university spokesman said" is
    /// the name's own apposition.
    /// </summary>
    private static bool FrontedNameBeforeDescription(Paragraph p, Mention m, int to)
    {
        var t = p.Tokens;
        if (m.First == 0 || t[m.First - 1].Norm != "," || m.End + 2 >= to || to - (m.End + 2) > 4 || t[m.End].Norm != "," || t[m.End + 1].Norm != "the")
        {
            return false;
        }

        for (var k = m.End + 2; k < to; k++)
        {
            if (!t[k].IsWord || t[k].Cap || p.MentionAt[k] >= 0 || p.InQuote[k])
            {
                return false;
            }
        }

        var head = t[to - 1];
        return !NameWords.IsTitle(head) && !SpeechLexicon.PersonNouns.Contains(head.Norm) && !Lexicon.Current.ProxyNouns.Contains(head.Norm) &&
            !ReferenceResolver.IsSpokesNoun(head.Norm);
    }

    /// <summary>"U.S. and Cuban officials": the people's name at <paramref name="k"/> is the second of two sides joined by "and".</summary>
    private bool SecondSide(Paragraph p, int k)
    {
        if (k < 2 || p.Tokens[k - 1].Norm != "and")
        {
            return false;
        }

        var before = p.Tokens[k - 2].Norm;
        return (p.MentionAt[k - 2] >= 0 && _a.Entities[p.Mentions[p.MentionAt[k - 2]].EntityId] is { Kind: EntityKind.Place } or { Type: "government" }) ||
            _a.CountryOfDemonym(before) is not null;
    }

    /// <summary>"Legal reps for …", "personal lawyer for …": a word of the proxy's kind before the proxy's noun.</summary>
    private static bool ProxyModifier(string norm) => norm is "legal" or "personal" or "longtime" or "long-time";

    /// <summary>
    /// Where "both actors", "both men", "the three lawmakers", "all four companies" (at <paramref name="k"/>), or "reps for
    /// both actors" with a proxy's noun before it,
    /// ends; 0 when the words at <paramref name="k"/> are none of these.
    /// </summary>
    internal static int BothPeopleEnd(Paragraph p, int k, int to, string norm)
    {
        // (the cheap word test first: this runs for every word a subject search passes)
        var t = p.Tokens;
        // "the MPs both denied …", "the two companies said …": the plural, then "both", or "two" before it
        if (norm == "the" && k + 3 <= to && !p.InQuote[k + 1])
        {
            if (t[k + 2].Norm == "both" && (PeoplePlural(t[k + 1].Norm) || InstitutionPlural(t[k + 1].Norm)))
            {
                return k + 3;
            }

            if (Count(t[k + 1].Norm) > 0 && (PeoplePlural(t[k + 2].Norm) || InstitutionPlural(t[k + 2].Norm)))
            {
                return k + 3; // "the two companies", "the three lawmakers"
            }
        }

        // "All three lawmakers denied …", "All the four leaders stated …": every one of as many named just before
        if (norm == "all" && k + 3 <= to && !p.InQuote[k + 1])
        {
            var number = t[k + 1].Norm == "the" ? k + 2 : k + 1;
            if (number + 2 <= to && Count(t[number].Norm) > 0 && (PeoplePlural(t[number + 1].Norm) || InstitutionPlural(t[number + 1].Norm)))
            {
                return number + 2;
            }
        }

        var at = norm == "both" ? k
            : k + 2 < to && t[k + 2].Norm == "both" && t[k + 1].Norm is "for" or "of" && Lexicon.Current.ProxyNouns.Contains(norm) ? k + 2 // "Reps for both actors"
            : -1;
        return at >= 0 && at + 1 < to && at + 2 <= to && t[at].Norm == "both" && !p.InQuote[at] && (PeoplePlural(t[at + 1].Norm) || InstitutionPlural(t[at + 1].Norm)) ? at + 2 : 0;
    }

    /// <summary>How many "two", "three" … "six" counts (at most six are looked back for); 0 for any other word.</summary>
    private static int Count(string norm) => norm switch
    {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        _ => 0,
    };

    /// <summary>How many the "both …", "the three …" or "all four …" from <paramref name="first"/> to <paramref name="end"/> names.</summary>
    internal static int GroupSize(Paragraph p, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (Count(p.Tokens[k].Norm) is var n and > 0)
            {
                return n;
            }
        }

        return 2;
    }

    /// <summary>
    /// Whom the "both …" that ends at <paramref name="end"/> names: organisations for "both companies", else people ("both
    /// lawmakers" are people, though a "lawmaker" ends like a "carmaker").
    /// </summary>
    internal static EntityKind BothKind(Paragraph p, int end)
    {
        var noun = p.Tokens[end - 1].Norm == "both" ? p.Tokens[end - 2].Norm : p.Tokens[end - 1].Norm;
        return InstitutionPlural(noun) && !PeoplePlural(noun) ? EntityKind.Institution : EntityKind.Person;
    }

    /// <summary>
    /// "companies", "firms", "organisations": a plural of a noun for an organisation ("both parties" are the two sides of a
    /// case, people, and "authorities" names no two).
    /// </summary>
    private static bool InstitutionPlural(string norm) =>
        norm.Length > 4 && norm[^1] == 's' && norm is not ("parties" or "authorities") &&
        (SpeechLexicon.IsCompanyNoun(norm[..^1]) || (norm.EndsWith("ies", StringComparison.Ordinal) && SpeechLexicon.IsCompanyNoun(string.Concat(norm.AsSpan(0, norm.Length - 3), "y"))) ||
         norm is "organisations" or "organizations" or "groups" or "unions" or "agencies" or "ministries");

    /// <summary>"actors", "players", "stars", "men", "women", "MPs": a plural of a noun for a person.</summary>
    private static bool PeoplePlural(string norm) =>
        norm is "men" or "women" or "stars" or "parties" or "mps" or "mlas" or "meps" or "lawmakers" or "legislators" ||
        (norm.Length > 3 && norm[^1] == 's' && SpeechLexicon.PersonNouns.Contains(norm[..^1]) && norm is not ("officials" or "sources"));

    /// <summary>"australian", "spaniard", "briton", "frenchman": a word for a person of a country.</summary>
    private static bool DemonymNoun(string norm) =>
        norm is "spaniard" or "briton" or "frenchman" or "frenchwoman" or "dutchman" or "dutchwoman" or "englishman" or "englishwoman" or
            "scotsman" or "scotswoman" or "welshman" or "welshwoman" or "irishman" or "irishwoman" or "swede" or "dane" or "finn" or "pole" or "turk" or "scot" ||
        (norm.Length > 4 && KnowledgeGraph.Extraction.Entities.Gazetteers.Gazetteer.Default.CountryOfDemonym(norm) is not null &&
         norm[^1] is 'n' or 'i' && !norm.EndsWith("ese", StringComparison.Ordinal)); // "Australian", "Brazilian", "Pakistani", not "Chinese" (also the plural)

    /// <summary>No comma (outside quotations) in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool NoCommaBefore(Paragraph p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (p.Tokens[k].Norm == "," && !p.InQuote[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The relative clause opening at <paramref name="relative"/> is set off: a comma before it and one after it before <paramref name="to"/>, or a dash on both sides.</summary>
    private static bool SetOff(Paragraph p, int relative, int to) => p.Tokens[relative - 1].Norm switch
    {
        "," => !NoCommaBefore(p, relative, to),
        "\u2014" or "\u2013" or "--" => DashBefore(p, relative, to),
        _ => false,
    };

    private static bool DashBefore(Paragraph p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (p.Tokens[k].Norm is "\u2014" or "\u2013" or "--" && !p.InQuote[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words from <paramref name="from"/> to the relative pronoun are a description: a determiner or number, then no name.</summary>
    private static bool DescriptionOpens(Paragraph p, int from, int relative)
    {
        var t = p.Tokens;
        if (t[from].Norm is not ("the" or "a" or "an" or "some" or "two" or "three" or "four" or "several" or "many" or "all"))
        {
            return false;
        }

        for (var k = from; k < relative; k++)
        {
            if (!t[k].IsWord || (p.MentionAt[k] >= 0 && k > from))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly FrozenSet<string> LeaderNouns = FrozenSet.ToFrozenSet(
    [
        "leader", "candidate", "nominee", "chairman", "chairwoman", "chairperson", "chair", "president", "boss", "chief", "founder",
        "captain", "coach", "manager", "ceo", "director", "head", "secretary-general",
    ], StringComparer.Ordinal);

    /// <summary>
    /// After an organisation's mention, lower-case words ending in a noun for its leader or candidate ("presidential
    /// candidate", "leader"): the token after that noun, or -1.
    /// </summary>
    private int OrganisationRoleEnd(Paragraph p, Mention m, int to)
    {
        var t = p.Tokens;
        if (!_a.Entities.TryGetValue(m.EntityId, out var org) || org.Kind != EntityKind.Institution || org.IsMedia)
        {
            return -1;
        }

        for (var j = m.End; j < to && j < m.End + 3; j++)
        {
            if (!t[j].IsWord || t[j].Cap)
            {
                return -1;
            }

            if (LeaderNouns.Contains(t[j].Norm))
            {
                return j + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The one person the article names right after the organisation and the same noun ("Kenya Kwanza Alliance presidential
    /// candidate William Ruto"), or null.
    /// </summary>
    private string? RoleHolderNamed(string organisationId, string noun)
    {
        string? holder = null;
        foreach (var q in _a.Paragraphs)
        {
            foreach (var m in q.Mentions)
            {
                if (m.EntityId != organisationId)
                {
                    continue;
                }

                for (var j = m.End; j + 1 < q.Tokens.Count && j < m.End + 3 && q.Tokens[j].IsWord; j++)
                {
                    if (q.Tokens[j].Norm == noun && q.MentionAt[j + 1] >= 0 && q.Mentions[q.MentionAt[j + 1]] is { First: var f } person && f == j + 1 &&
                        _a.Entities.TryGetValue(person.EntityId, out var e) && e.Kind == EntityKind.Person)
                    {
                        if (holder is not null && holder != person.EntityId)
                        {
                            return null; // two people named so: neither
                        }

                        holder = person.EntityId;
                    }
                }
            }
        }

        return holder;
    }

    /// <summary>
    /// "the singer's representative", "the actor's lawyers" right before the verb: the person the description resolves to
    /// (never an office, a campaign or a label, which speak for themselves), the span to the verb; else null.
    /// </summary>
    private (string, int, int)? DescribedProxy(Paragraph p, int det, int to)
    {
        var t = p.Tokens;
        var s = det + 1;
        while (s < to && s < det + 4 && t[s].IsWord && !t[s].Cap && p.MentionAt[s] < 0)
        {
            s++;
        }

        var end = s + 2;
        while (end < to && t[end].Norm is "has" or "have" or "had" or "also" or "again" or "strongly" or "flatly" or "categorically" or "since" or "now")
        {
            end++; // "has denied", "has also strongly denied"
        }

        if (s == det + 1 || end != to || s + 1 >= to || t[s].Norm != "'s" || !Lexicon.Current.ProxyNouns.Contains(t[s + 1].Norm) ||
            t[s + 1].Norm is "office" or "campaign" or "team" or "camp" or "management" or "label" or "people")
        {
            return null;
        }

        return references.ReferencePhrase(p, det, s) is { } described && _a.Entities.TryGetValue(described.Item1, out var e) && e.Kind == EntityKind.Person
            ? (described.Item1, det, s + 2)
            : null;
    }

    /// <summary>The government a person heads as president or prime minister of a country the article knows, or null.</summary>
    private string? HeadsGovernment(string personId)
    {
        if (!_a.Entities.TryGetValue(personId, out var e) || e.Kind != EntityKind.Person || e.Role is not { } role || e.CountryPlaceId is not { } country)
        {
            return null;
        }

        var folded = role.ToLowerInvariant();
        return (folded.StartsWith("president", StringComparison.Ordinal) || folded.StartsWith("prime minister", StringComparison.Ordinal) ||
                folded.StartsWith("premier", StringComparison.Ordinal)) ? _a.GovernmentOf(country) : null;
    }

    /// <summary>
    /// After "the": a demonym or none, then "president's", "prime minister's" or "premier's", then "office" that no "of"
    /// follows; the token after "office" (0 when there is none) and the demonym's country.
    /// </summary>
    private (int End, string? Country) HeadOfficeEnd(Paragraph p, int j, int to)
    {
        var t = p.Tokens;
        string? country = null;
        // (the demonym is looked up only before a head's word: most "the"s of an article are followed by none)
        if (j + 1 < to && t[j + 1].Norm is "president" or "premier" or "prime" && _a.CountryOfDemonym(t[j].Norm) is { } place)
        {
            country = place;
            j++;
        }

        if (j + 1 < to && t[j].Norm == "prime" && t[j + 1].Norm == "minister")
        {
            j += 2;
        }
        else if (j < to && t[j].Norm is "president" or "premier")
        {
            j++;
        }
        else
        {
            return (0, null);
        }

        if (j >= to || t[j].Norm != "'s")
        {
            return (0, null);
        }

        j++;

        if (j >= to || t[j].Norm != "office" || (j + 1 < t.Count && t[j + 1].Norm is "of" or "'s"))
        {
            return (0, null);
        }

        return (j + 1, country);
    }

    /// <summary>
    /// The owner of the office named last before token <paramref name="before"/> of this paragraph or in the two before
    /// it: "X's office", "the office of (Prime Minister) X"; null when none.
    /// </summary>
    private string? OfficeOwnerBefore(Paragraph p, int before)
    {
        var at = _a.Paragraphs.IndexOf(p);
        for (var pi = at; pi >= 0 && pi >= at - 2; pi--)
        {
            var q = _a.Paragraphs[pi];
            var t = q.Tokens;
            for (var k = (pi == at ? before : t.Count) - 1; k > 0; k--)
            {
                if (t[k].Norm != "office")
                {
                    continue;
                }

                if (t[k - 1].Norm == "'s" && k >= 2 && q.MentionAt[k - 2] >= 0)
                {
                    return q.Mentions[q.MentionAt[k - 2]].EntityId;
                }

                for (var j = k + 2; k + 1 < t.Count && t[k + 1].Norm == "of" && j < t.Count && j < k + 6; j++)
                {
                    if (q.MentionAt[j] >= 0)
                    {
                        return q.Mentions[q.MentionAt[j]].EntityId;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A headline whose subject is a title with no person's name ("Government spokesman dismisses …", "Police Chief Rejects
    /// …", "Optus CEO denies …"): the person the next paragraphs name right after the same words (and a comma).
    /// </summary>
    private (string, int, int)? HeadlineRoleHolder(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        if (to - from is < 2 or > 4 || !NameWords.IsTitle(t[to - 1]))
        {
            return null;
        }

        // ("Optus CEO denies …": an organisation's name may stand in the office, never a person's)
        for (var k = from; k < to; k++)
        {
            if (!t[k].IsWord || (p.MentionAt[k] >= 0 && _a.Entities[p.Mentions[p.MentionAt[k]].EntityId].Kind == EntityKind.Person))
            {
                return null;
            }
        }

        foreach (var q in NextBodyParagraphs(p))
        {
            var qt = q.Tokens;
            for (var j = 0; j + (to - from) < qt.Count && j < 40; j++)
            {
                var same = true;
                for (var k = 0; k < to - from && same; k++)
                {
                    same = qt[j + k].Norm == t[from + k].Norm;
                }

                // ("Optus CEO, Kelly Bayer Rosmarin, addressed …": the holder may be set off by a comma)
                var after = j + (to - from);
                after += same && after + 1 < qt.Count && qt[after].Norm == "," ? 1 : 0;
                if (same && after < qt.Count && q.MentionAt[after] >= 0 && q.Mentions[q.MentionAt[after]] is var m && m.First == after &&
                    _a.Entities[m.EntityId].Kind == EntityKind.Person)
                {
                    return (m.EntityId, from, to);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Museum denies fake painting claim" over "The Metropolitan Museum of Art said …": a headline whose subject is one
    /// organisation's noun and no name is the first organisation of the next two paragraphs whose name holds that noun
    /// (not a government's nouns, which name a country's government however the lead writes it).
    /// </summary>
    private (string, int, int)? HeadlineInstitution(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        if (to - from != 1 || !t[from].IsWord || !t[from].Cap || p.MentionAt[from] >= 0 || !SpeechLexicon.IsInstitutionNoun(t[from].Norm) ||
            t[from].Norm is "government" or "state" or "presidency" or "palace" or "kremlin" or "regime" or "administration" or "cabinet")
        {
            return null;
        }

        foreach (var q in NextBodyParagraphs(p))
        {
            foreach (var m in q.Mentions)
            {
                if (_a.Entities.TryGetValue(m.EntityId, out var e) && e.Kind == EntityKind.Institution && !e.IsMedia &&
                    Array.Exists(e.Name.Split(' '), w => string.Equals(w, t[from].Norm, StringComparison.OrdinalIgnoreCase)))
                {
                    return (e.Id, from, to);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Mexico president denies report …", "Malaysia regulator denies pressure …", "Kenya opposition leader denies …": a
    /// country and a noun for a person or an organisation (up to two words before the noun saying which) heading a headline
    /// is the first one of that kind the lead names of that country (a person whose role holds the noun, an organisation
    /// that is no outlet and no government), not the country's government.
    /// </summary>
    private (string, int, int)? HeadlineCountryNoun(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        if (to - from is < 2 or > 4 || p.MentionAt[from] < 0 || p.Mentions[p.MentionAt[from]] is not { } country || country.End != from + 1 ||
            !_a.Entities.TryGetValue(country.EntityId, out var place) || place.Kind != EntityKind.Place)
        {
            return null;
        }

        // "Kenya opposition leader denies …", "Mexico presidency candidate denies …": words before the noun only say which one.
        for (var k = from + 1; k < to; k++)
        {
            if (p.MentionAt[k] >= 0 || !t[k].IsWord)
            {
                return null;
            }
        }

        var noun = t[to - 1].Norm;
        var person = NameWords.IsTitle(t[to - 1]) || SpeechLexicon.PersonNouns.Contains(noun);
        var organisation = SpeechLexicon.IsInstitutionNoun(noun) && noun is not ("government" or "state" or "presidency" or "regime" or "administration" or "cabinet");
        if (!person && !organisation)
        {
            return null;
        }

        // "Kenya opposition leader denies …" over "Kenyan opposition leader Raila Odinga …": the person the lead names right
        // after the same words.
        if (person && to - from >= 3 && HeadlineRoleHolder(p, from + 1, to) is { } described)
        {
            return (described.Item1, from, to);
        }

        foreach (var q in NextBodyParagraphs(p))
        {
            foreach (var m in q.Mentions)
            {
                if (!_a.Entities.TryGetValue(m.EntityId, out var e) || (e.CountryPlaceId is { } c && c != place.Id))
                {
                    continue;
                }

                // (by the role's word or its kin: "Mexico minister says …" over "Environment Secretary Juan Jose Guerra")
                if (person && e.Kind == EntityKind.Person && ReferenceResolver.RoleFitsNoun(e, noun))
                {
                    return (e.Id, from, to);
                }

                // (one no list gives a country is the place's when its name holds the country or its people's name: "Malaysian
                // Aviation Commission")
                if (organisation && e.Kind == EntityKind.Institution && !e.IsMedia && e.Type != "government" &&
                    (e.CountryPlaceId == place.Id || (e.CountryPlaceId is null && NamesCountry(e.Name, place.Name))))
                {
                    return (e.Id, from, to);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Kenya opposition leader", "Mexico presidency candidate": a country, one or two lower-case words, and a noun for a
    /// person, the whole of [from, to).
    /// </summary>
    private bool CountryDescribesPerson(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        if (to - from is < 3 or > 4 || p.MentionAt[from] < 0 || p.Mentions[p.MentionAt[from]] is not { } country || country.End != from + 1 ||
            !_a.Entities.TryGetValue(country.EntityId, out var place) || place.Kind != EntityKind.Place ||
            !(SpeechLexicon.PersonNouns.Contains(t[to - 1].Norm) || NameWords.IsTitle(t[to - 1])))
        {
            return false;
        }

        for (var k = from + 1; k < to - 1; k++)
        {
            if (p.MentionAt[k] >= 0 || !t[k].IsWord || SpeechLexicon.IsInstitutionNoun(t[k].Norm) || t[k].Norm is "government" or "state")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name holding the country's name or, as its first word, the country's people's name.</summary>
    private static bool NamesCountry(string name, string country) =>
        name.Contains(country, StringComparison.Ordinal) ||
        (name.IndexOf(' ', StringComparison.Ordinal) is var sp and > 0 &&
         Gazetteer.Default.CountryOfDemonym(TextFold.Fold(name.AsSpan(0, sp))) is { } of && of.Name == country);

    /// <summary>
    /// The next three paragraphs after <paramref name="p"/> that are no headings and no scraps of fewer than five tokens
    /// (those come along uncounted): a headline's lead and what follows it.
    /// </summary>
    private IEnumerable<Paragraph> NextBodyParagraphs(Paragraph p)
    {
        var seen = 0;
        for (var pi = _a.Paragraphs.IndexOf(p) + 1; pi < _a.Paragraphs.Count && seen < 3; pi++)
        {
            if (!_a.Paragraphs[pi].IsHeading)
            {
                seen += _a.Paragraphs[pi].Tokens.Count >= 5 ? 1 : 0; // ("Published", "on": a page's scraps count for nothing)
                yield return _a.Paragraphs[pi];
            }
        }
    }

    /// <summary>
    /// One to three lower-case words (no verb) from <paramref name="k"/>, then a person's name that ends right before the
    /// verb at <paramref name="to"/> (or its auxiliary): the person, or null.
    /// </summary>
    private (string, int, int)? PersonAfterDescription(Paragraph p, int k, int to)
    {
        var t = p.Tokens;
        var j = k;
        while (j < to && j < k + 3 && t[j].IsWord && !t[j].Cap && p.MentionAt[j] < 0 && !SpeechLexicon.IsVerb(t[j].Norm) && !Words.Prepositions.Contains(t[j].Norm))
        {
            j++;
        }

        if (j == k || j >= to || p.MentionAt[j] < 0 || p.Mentions[p.MentionAt[j]] is not { } m || m.First != j || _a.Entities[m.EntityId].Kind != EntityKind.Person)
        {
            return null;
        }

        var v = m.End;
        while (v < to && t[v].Norm is "is" or "was" or "has" or "had" or "also" or "now")
        {
            v++; // "Tara Reid is disputing …"
        }

        return v == to ? (m.EntityId, j, m.End) : null;
    }

    /// <summary>A name right at <paramref name="k"/>, or after a comma there: "her lawyer, Rebecca Stein, said", "his spokesman Tom Reyes".</summary>
    private static bool NamedAfter(Paragraph p, int k, int to) =>
        k < to && (p.MentionAt[k] >= 0 || (p.Tokens[k].Norm == "," && k + 1 < to && p.MentionAt[k + 1] >= 0));

    /// <summary>"The Cuban Minister of Energy and Mines, Vicente de la O Levy, admitted": the title phrase names the person after it.</summary>
    private (string, int, int)? AppositiveName(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        // "The firm which raised the alarm about the leaks, Hudson Rock, said": a relative clause after the description may
        // hold verbs of its own ("The company that first reported the breach, …").
        var relative = from < to && t[from].Norm is "which" or "that" or "who";
        for (var j = from; j + 1 < to && j < from + 24; j++)
        {
            if (p.MentionAt[j] >= 0 && t[j].Norm != ",")
            {
                j = p.Mentions[p.MentionAt[j]].End - 1;
                continue;
            }

            if (t[j].Norm != ",")
            {
                // ("The head of the labour minister's party in the lower house, Giovanni Queiroz, told …": a possessive
                // inside the description)
                if ((!t[j].IsWord && t[j].Norm != "'s") || (SpeechLexicon.IsVerb(t[j].Norm) && !relative))
                {
                    return null;
                }

                continue;
            }

            // "the UPDF spokesperson, Brig Felix Kulayigye, said": a title may stand between the comma and the name; so may a
            // rank's letters ("The command's spokesperson, SP Benjamin Hundeyin, said").
            var at = j + 1;
            while (at < to && at < j + 4 && p.MentionAt[at] < 0 && t[at].IsWord && t[at].Cap &&
                   (NameWords.IsTitle(t[at]) || (t[at].AllCaps && t[at].Norm.Length is >= 2 and <= 4 && at + 1 < to && p.MentionAt[at + 1] >= 0)))
            {
                at++;
            }

            if (at >= to || p.MentionAt[at] < 0)
            {
                return null;
            }

            var m = p.Mentions[p.MentionAt[at]];
            var closed = m.End < to && t[m.End].Norm == ",";
            // "Iron and steel giant, Iscor, denied": an organisation set off after an organisation's noun.
            var organisationNoun = j > 0 && t[j - 1].IsWord && !t[j - 1].Cap && (SpeechLexicon.IsCompanyNoun(t[j - 1].Norm) || SpeechLexicon.IsInstitutionNoun(t[j - 1].Norm));
            return m.First == at && closed && _a.Entities.TryGetValue(m.EntityId, out var e) &&
                (e.Kind == EntityKind.Person || ((relative || organisationNoun) && e.Kind == EntityKind.Institution))
                ? (m.EntityId, m.First, m.End)
                : null;
        }

        return null;
    }

    /// <summary>
    /// From <paramref name="after"/>, capitalised words, possessives and lower-case title words run to a person's name that
    /// ends right before the verb at <paramref name="to"/>: the name before is only a modifier of that person's title.
    /// </summary>
    private bool PersonClosesNounPhrase(Paragraph p, int after, int to)
    {
        var t = p.Tokens;
        for (var j = after; j < to && j < after + 10; j++)
        {
            if (p.MentionAt[j] >= 0 && p.Mentions[p.MentionAt[j]] is var person && person.First == j)
            {
                // "Premier League footballer Marlon King today denied …": a word of time may stand between name and verb.
                var end = person.End < to && t[person.End].Norm is "today" or "yesterday" or "tonight" || (person.End < to && Sieves.VerbFrame.Weekday(t[person.End].Norm))
                    ? person.End + 1
                    : person.End;
                return _a.Entities[person.EntityId].Kind == EntityKind.Person && end == to && j > after;
            }

            if (!(t[j].Norm is "'s" or "'" || (t[j].IsWord && (t[j].Cap || NameWords.IsTitle(t[j])) && !SpeechLexicon.IsVerb(t[j].Norm))))
            {
                return false;
            }
        }

        return false;
    }

    private (string, int, int)? SubjectMention(Paragraph p, Mention m, int to)
    {
        var t = p.Tokens;
        if (GovernedByPreposition(p, m.First) && !NamedAfterRoleForBody(p, m) && !ClauseAfterConjunction(p, m, to))
        {
            return StaffOf(p, m, to);
        }

        var after = m.End;
        if (after < to && t[after].Norm == "(")
        {
            // "Democratic Alliance for Change (DAC) deputy leader Ruth Okello", "Northwind (NWL.L) said": the name is read
            // past its bracketed acronym or ticker.
            var close = after + 1;
            while (close < to && close < after + 6 && t[close].Norm != ")")
            {
                close++;
            }

            if (close < to && t[close].Norm == ")")
            {
                after = close + 1;
            }
        }

        // "“Sharknado” franchise star Tara Reid is disputing …": a quoted title, then lower-case words of a person's
        // description and the person's name right before the verb; the person speaks, not the title.
        if (after < to && t[after].IsQuote && PersonAfterDescription(p, after + 1, to) is { } described)
        {
            return described;
        }

        // "Western Cape ANC (ANC) education spokesperson, Khalid Sayed, accused …": the person set off after the
        // organisation's lower-case role speaks, not the organisation; so does one after a role in capitals ("Ekiti United
        // Media Manager, Blessing Akinyemi, explained …", "Quintbank Head of Communications, Tom Hale, said …").
        var roleEnd = after;
        while (roleEnd < to && roleEnd < after + 4 && t[roleEnd].IsWord && (!t[roleEnd].Cap || NameWords.IsTitle(t[roleEnd]) || Lexicon.Current.PortfolioWords.Contains(t[roleEnd].Norm)) &&
               p.MentionAt[roleEnd] < 0 && !SpeechLexicon.IsVerb(t[roleEnd].Norm))
        {
            roleEnd++;
        }

        if (roleEnd > after && roleEnd < to && t[roleEnd].Norm == "," &&
            (NameWords.IsTitle(t[roleEnd - 1]) || SpeechLexicon.PersonNouns.Contains(t[roleEnd - 1].Norm) || t.Skip(after).Take(roleEnd - after).Any(x => x.Cap && NameWords.IsTitle(x))) &&
            _a.Entities[m.EntityId].Kind == EntityKind.Institution && AppositiveName(p, roleEnd, to) is { } apposed)
        {
            return apposed;
        }

        if (after < to && t[after].Norm == "'s")
        {
            // "Trump's statement" speaks for Trump; "Cuba's Deputy Foreign Minister X" is only a modifier; so is "ruling" before
            // a noun or a name ("Britain's ruling Conservatives say …", "Kenya's ruling party said …").
            if (after + 1 < to && SpeechLexicon.DocumentNouns.Contains(t[after + 1].Norm) && !NounGoesOn(p, after + 2, to))
            {
                return (m.EntityId, m.First, after + 2);
            }

            // "Okafor's office said …", "Okafor's lawyers said …": those who speak for someone speak as that someone,
            // unless they are named themselves ("Okafor's spokesman, Tom Reyes, said").
            // "Mr Reyes's official spokesman", "her longtime lawyer": up to two modifiers before the proxy noun.
            // "Gaza's health ministry spokesman said …" is the ministry's spokesman, not the place's (read below).
            var proxy = after + 1;
            while (proxy < to && proxy < after + 3 && t[proxy].IsWord && !t[proxy].Cap && !Lexicon.Current.ProxyNouns.Contains(t[proxy].Norm) &&
                !SpeechLexicon.IsVerb(t[proxy].Norm) && !SpeechLexicon.IsInstitutionNoun(t[proxy].Norm) && proxy + 1 < to && t[proxy + 1].IsWord)
            {
                proxy++;
            }

            if (proxy < to && Lexicon.Current.ProxyNouns.Contains(t[proxy].Norm) && !NamedAfter(p, proxy + 1, to))
            {
                // "Marco Velli's agent has denied …" ¶ "But his representative Paolo Ferrante …": the one a nearby sentence
                // names in that role speaks, not the one he speaks for.
                return Cataphora.ProxyNamed(_a, p, m.First, t[proxy].Norm, m.EntityId) is { } named0
                    ? (named0, m.First, proxy + 1)
                    : (m.EntityId, m.First, proxy + 1);
            }

            // "Turkey's communications director, Fahrettin Altun, said …": the name set off after the role speaks.
            var comma = after + 1;
            while (comma < to && comma < after + 6 && t[comma].IsWord && !SpeechLexicon.IsVerb(t[comma].Norm) && p.MentionAt[comma] < 0)
            {
                comma++;
            }

            if (comma > after + 1 && comma < to && t[comma].Norm == "," && AppositiveName(p, comma, to) is { } named)
            {
                return named;
            }

            if (PossessedInstitution(p, m, after + 1, to) is { } possessed)
            {
                // "Russia's Athletics Federation president told Reuters …" ¶ "“…,” Valentin Balakhnichev said."
                return possessed.Item3 < to && OfficeHolderNamedNext(p, possessed.Item3, to) is { } titleHolder ? (titleHolder, possessed.Item2, possessed.Item3 + 1) : possessed;
            }

            return PossessedPersonNoun(p, m, after + 1, to);
        }

        // "U.S. drugmaker Pfizer has denied …", "British carmaker Harlow Motors said": a country before a common noun and a
        // name only says where the named one is from.
        if (after + 1 < to && _a.Entities[m.EntityId] is { } located && (located.Kind == EntityKind.Place || located.Type == "government") &&
            t[after].IsWord && !t[after].Cap && !SpeechLexicon.IsVerb(t[after].Norm) && !Words.BeForms.Contains(t[after].Norm) &&
            t[after].Norm is not ("has" or "have" or "had" or "and" or "or" or "on" or "to" or "in" or "also") &&
            (p.MentionAt[after + 1] >= 0 || (after + 2 < to && t[after + 1].IsWord && !t[after + 1].Cap && p.MentionAt[after + 2] >= 0) ||
             DescribedNameAfter(p, after, to)))
        {
            return null;
        }

        // "India firm denies tampering …", "A Venezuela food maker denied …", "Kenya mobile phone operator says …": a country
        // before a noun for a company, after at most two lower-case words of its trade, describes a firm from there; the
        // country does not speak.
        if (after < to && _a.Entities[m.EntityId] is { Kind: EntityKind.Place } or { Type: "government" } && CompanyNounAfterTrade(p, after, to))
        {
            return null;
        }

        // "English Championship team Leeds United have denied …", "Serie A side Cagliari said …": a name before a noun for an
        // organisation and another name only says what the named one is.
        if (after + 1 < to && t[after].IsWord && !t[after].Cap && (SpeechLexicon.IsCompanyNoun(t[after].Norm) || t[after].Norm == "side") &&
            p.MentionAt[after + 1] >= 0 && p.Mentions[p.MentionAt[after + 1]].First == after + 1)
        {
            return null;
        }

        // "Erdogan aide accuses …", "Lib Dem MP rejects …", "Republican senator says …": a name before a noun for another
        // person only says whose that person is; the aide or the MP speaks, not the name.
        if (after < to && t[after].IsWord && t[after].Norm is "aide" or "aides" or "adviser" or "advisers" or "advisor" or "advisors" or "ally" or "allies" or
            "mp" or "mps" or "lawmaker" or "lawmakers" or "legislator" or "legislators" or "councillor" or "councilor" or "senator" or "congressman" or "congresswoman" &&
            !NamedAfter(p, after + 1, to))
        {
            return null;
        }

        // "Senior U.S. and Cuban officials say …": officials of two sides speak for neither government.
        if (after + 2 < to && t[after].Norm == "and" && _a.Entities[m.EntityId] is { } side && (side.Kind == EntityKind.Place || side.Type == "government") &&
            (_a.CountryOfDemonym(t[after + 1].Norm) is not null || (p.MentionAt[after + 1] >= 0 && _a.Entities[p.Mentions[p.MentionAt[after + 1]].EntityId].Kind == EntityKind.Place)))
        {
            var noun = p.MentionAt[after + 1] >= 0 ? p.Mentions[p.MentionAt[after + 1]].End : after + 2;
            if (noun < to && (Lexicon.Current.AnonymousSpeakers.Contains(t[noun].Norm) || SpeechLexicon.PersonNouns.Contains(t[noun].Norm)))
            {
                return null;
            }
        }

        if (m.First >= 2 && t[m.First - 1].Norm == "and" && after < to && (Lexicon.Current.AnonymousSpeakers.Contains(t[after].Norm) || SpeechLexicon.PersonNouns.Contains(t[after].Norm)) &&
            _a.Entities[m.EntityId] is { Kind: EntityKind.Place } or { Type: "government" } &&
            (_a.CountryOfDemonym(t[m.First - 2].Norm) is not null || (p.MentionAt[m.First - 2] >= 0 && _a.Entities[p.Mentions[p.MentionAt[m.First - 2]].EntityId] is { Kind: EntityKind.Place } or { Type: "government" })))
        {
            return null; // the second side of "U.S. and Mexico officials"
        }

        if (after < to && p.MentionAt[after] >= 0)
        {
            // "Norvell Group Kenya has rejected …": a country right after an organisation names its national branch, which speaks.
            var next = p.Mentions[p.MentionAt[after]];
            if (next.First == after && next.End <= to && _a.Entities[m.EntityId].Kind == EntityKind.Institution &&
                _a.Entities[next.EntityId].Kind == EntityKind.Place && (next.End == to || t[next.End].Norm is "has" or "have" or "had" or "said" or "says" or "," or "on" or "also"))
            {
                return (m.EntityId, m.First, next.End);
            }

            return null; // "U.S. President Donald Trump": the place modifies the next name
        }

        var k = after;
        while (k < to && k < after + 4 && t[k].IsWord && NameWords.IsTitle(t[k]) && p.MentionAt[k] < 0)
        {
            // ("BlackBerry chief legal officer Steve Zipperstein": the office's own word between "chief" and "officer")
            k += t[k].Norm == "chief" && k + 2 < to && t[k + 2].Norm == "officer" && t[k + 1].IsWord && p.MentionAt[k + 1] < 0 ? 3 : 1;
        }

        if (k > after && k < to && p.MentionAt[k] >= 0)
        {
            return null; // "Cuban Deputy Foreign Minister X" written with a place first
        }

        if (k == after && TitledPersonAfterModifiers(p, after, to))
        {
            return null; // "African National Congress presidency spokesman X", "the party's federal spokesman X": X speaks
        }

        if (TitleRunReachesPerson(p, after, to))
        {
            return null; // "U.S. Secretary of State Marco Rubio", "U.S. Ambassador to Mexico Ronald Johnson"
        }

        if (PersonClosesNounPhrase(p, after, to))
        {
            return null; // "New Zealand Cricket Players' Association chief executive Heath Mills said": the person before the verb
        }

        // "The Kremlin spokesman rejected …" after "Kremlin spokesman Dmitry Peskov": the one who holds the post.
        if (after < to && ReferenceResolver.IsSpokesNoun(t[after].Norm) && !NamedAfter(p, after + 1, to) &&
            references.SpokespersonOf(p, m.First > 0 && t[m.First - 1].Norm is "a" or "an", after + 1, t[after].Norm, m.EntityId) is { } holder)
        {
            return (holder, m.First, after + 1);
        }

        if (OfficeHolderNamedNext(p, after, to) is { } officeHolder)
        {
            return (officeHolder, m.First, after + 1); // "the federation president told Reuters …" ¶ "“…,” Valentin Balakhnichev said."
        }

        return (m.EntityId, m.First, after); // with its bracketed ticker, if any: "Northwind (NWL.L)"
    }

    /// <summary>
    /// A noun for a company at <paramref name="at"/> or after one or two lower-case words of its trade ("food maker",
    /// "mobile phone operator"), none a verb, a form of "be", a conjunction or a name.
    /// </summary>
    private static bool CompanyNounAfterTrade(Paragraph p, int at, int to)
    {
        var t = p.Tokens;
        for (var k = at; k < to && k < at + 3; k++)
        {
            if (!t[k].IsWord || t[k].Cap || p.MentionAt[k] >= 0 || SpeechLexicon.IsVerb(t[k].Norm) || Words.BeForms.Contains(t[k].Norm) ||
                t[k].Norm is "has" or "have" or "had" or "and" or "or" or "of" or "'s")
            {
                return false;
            }

            if (SpeechLexicon.IsCompanyNoun(t[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The noun phrase goes on at <paramref name="k"/>: a capitalised word or a name, or a noun for an organisation or a
    /// person ("ruling party", "ruling Conservatives"), before the verb at <paramref name="to"/>.
    /// </summary>
    private static bool NounGoesOn(Paragraph p, int k, int to) =>
        k < to && p.Tokens[k] is { IsWord: true } next && (next.Cap || p.MentionAt[k] >= 0 || SpeechLexicon.IsInstitutionNoun(next.Norm) || SpeechLexicon.PersonNouns.Contains(next.Norm));

    /// <summary>
    /// An organisation's lower-case office title right before the verb ("… federation president told"), whose holder the
    /// next paragraph's quotation names (<see cref="Cataphora.QuoteSpeakerNext"/>); else null.
    /// </summary>
    private string? OfficeHolderNamedNext(Paragraph p, int title, int to) =>
        title + 1 == to && p.Tokens[title].IsWord && !p.Tokens[title].Cap && NameWords.IsTitle(p.Tokens[title]) && !ReferenceResolver.IsSpokesNoun(p.Tokens[title].Norm)
            ? Cataphora.QuoteSpeakerNext(_a, p)
            : null;

    /// <summary>
    /// "Officials at the Harbour Authority said …", "editors at TMZ.com reported …", "an employee of the store told …": the
    /// unnamed staff of an organisation, the whole subject, speak for it (not "sources at …", whom the organisation did not
    /// send). The organisation, the span from the staff noun to the verb, or null.
    /// </summary>
    private (string, int, int)? StaffOf(Paragraph p, Mention m, int to)
    {
        var t = p.Tokens;
        var prep = m.First - 1;
        prep -= prep > 0 && t[prep].Norm == "the" ? 1 : 0;
        if (prep < 1 || t[prep].Norm is not ("at" or "of" or "from") || m.End != to || !_a.Entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Institution)
        {
            return null;
        }

        var noun = prep - 1;
        if (t[noun].Norm is not ("officials" or "editors" or "journalists" or "reporters" or "staff" or "staffers" or "executives" or "researchers" or
            "representatives" or "spokespeople" or "employees" or "employee" or "official" or "representative" or "executive"))
        {
            return null;
        }

        // The staff noun opens the subject: after nothing, a determiner, a number or a describing word at most.
        var first = noun;
        while (first > 0 && first > noun - 3 && t[first - 1].IsWord && !t[first - 1].Cap && !SpeechLexicon.IsVerb(t[first - 1].Norm) && p.MentionAt[first - 1] < 0 &&
               !Words.Prepositions.Contains(t[first - 1].Norm) && t[first - 1].Norm is not ("and" or "or" or "that" or "who" or "which"))
        {
            first--;
        }

        return first == 0 || !t[first - 1].IsWord || t[first - 1].Cap || t[first - 1].Norm is "that" or "and" or "but"
            ? (m.EntityId, noun, m.End)
            : null;
    }

    /// <summary>
    /// One or two lower-case words that are no verbs ("presidency", "federal", "national"), then title words, then a
    /// person's name: the organisation before them only says whose the titled person is.
    /// </summary>
    private bool TitledPersonAfterModifiers(Paragraph p, int after, int to)
    {
        var t = p.Tokens;
        var j = after;
        while (j < to && j < after + 2 && t[j].IsWord && !t[j].Cap && p.MentionAt[j] < 0 && !NameWords.IsTitle(t[j]) &&
               !SpeechLexicon.IsVerb(t[j].Norm) && !Words.BeForms.Contains(t[j].Norm) && t[j].Norm is not ("has" or "have" or "had" or "and" or "or" or "of" or "to"))
        {
            j++;
        }

        var k = j;
        while (k < to && k < j + 3 && t[k].IsWord && p.MentionAt[k] < 0 && NameWords.IsTitle(t[k]))
        {
            k++;
        }

        return j > after && k > j && k < to && p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is var m && m.First == k &&
            _a.Entities.TryGetValue(m.EntityId, out var e) && e.Kind == EntityKind.Person;
    }

    private (string, int, int)? PossessedInstitution(Paragraph p, Mention owner, int from, int to) =>
        ReferenceResolver.PossessedInstitution(_a, p, owner, from, to);

    /// <summary>"Cuba's top diplomat said": a lower-case role of a country's person, resolved like "the Cuban diplomat".</summary>
    private (string, int, int)? PossessedPersonNoun(Paragraph p, Mention owner, int from, int to)
    {
        var t = p.Tokens;
        if (!_a.Entities.TryGetValue(owner.EntityId, out var e) || e.Kind != EntityKind.Place)
        {
            return null;
        }

        for (var j = from; j < to && j < from + 3; j++)
        {
            if (!t[j].IsWord || t[j].Cap || p.MentionAt[j] >= 0)
            {
                return null;
            }

            var n = t[j].Norm;
            // "Kenya's interior minister Tuesday hit back …": a weekday after the noun is no name
            if (SpeechLexicon.PersonNouns.Contains(n) && !(j + 1 < to && ((t[j + 1].Cap && !Sieves.VerbFrame.Weekday(t[j + 1].Norm)) || p.MentionAt[j + 1] >= 0)))
            {
                var place = e.CountryPlaceId ?? e.Id;
                var id = references.ResolvePersonNoun(n, place, null) ?? references.PersonNamedNext(p, j + 1, n, place);
                return id is null ? null : (id, owner.First, j + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// After a place and a title word: the rest of a multi-word title ("of State", "to Mexico", "of Energy and Mines")
    /// ends at a person's name, so the place only modifies that person.
    /// </summary>
    private bool TitleRunReachesPerson(Paragraph p, int k, int to)
    {
        var t = p.Tokens;
        if (k < to && t[k].Norm is "and" or "&" or "of")
        {
            // "Braga Netto and House Speaker Arthur Lira denied": two names joined, the first no modifier of the second;
            // "The ZANU-PF party of President Robert Mugabe dismissed …": the person the organisation belongs to.
            return false;
        }

        var titled = false;
        for (var end = Math.Min(to, k + 8); k < end; k++)
        {
            if (p.MentionAt[k] >= 0)
            {
                var m = p.Mentions[p.MentionAt[k]];
                if (_a.Entities.TryGetValue(m.EntityId, out var e) && e.Kind == EntityKind.Person)
                {
                    return m.First == k && titled;
                }

                k = m.End - 1; // "to Mexico", "of the Treasury Department": part of the title
                continue;
            }

            // Title words, their portfolio ("of State", "to Mexico") and a lower-case modifier ("press secretary").
            var n = t[k].Norm;
            var fits = t[k].IsWord && !SpeechLexicon.IsVerb(n) &&
                (t[k].Cap || NameWords.Titles.Contains(n) || n is "of" or "to" or "for" or "and" or "the" or "&" ||
                 (!titled && n is "press" or "communications" or "national" or "security"));
            if (!fits)
            {
                return false;
            }

            titled |= NameWords.Titles.Contains(n);
        }

        return false;
    }

    /// <summary>"OSLO — …", "MADRID, Spain.- …": a place in capitals opening the paragraph is a dateline.</summary>
    public static bool IsDateline(Paragraph p, Mention m, ArticleAnalysis analysis)
    {
        var t = p.Tokens;
        var after = m.End < t.Count ? t[m.End].Norm : "";
        if (m.First > 2)
        {
            return StateAfterCapitalCity(p, m, after, analysis);
        }

        // ("STOCKHOLM/PRAGUE, March 17 …": a story filed from two cities names both, joined by a slash)
        if (t[m.First].AllCaps)
        {
            return EntityDiscovery.IsDatelineMark(after) || after is "," or ":" or "(" || (after == "/" && m.End + 1 < t.Count && t[m.End + 1] is { IsWord: true, AllCaps: true });
        }

        // "Islam Times - A Chinese Foreign Ministry spokesperson refuted …": an outlet opening the paragraph before a dash
        // and a capitalised word is the story's credit, not its subject.
        if (m.First == 0 && after is "-" or "\u2014" or "\u2013" && m.End + 1 < t.Count && t[m.End + 1].IsWord && t[m.End + 1].Cap &&
            analysis.Entities.TryGetValue(m.EntityId, out var outlet) && outlet.IsMedia)
        {
            return true;
        }

        // "Sao Paulo (AFP) - …", "Paris — …": a place in title case is a dateline when a dash follows it or its wire credit.
        if (!analysis.Entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Place)
        {
            return false;
        }

        if (after == "/")
        {
            return true; // "Madrid/Vice Chancellor X …": a dateline glued to the text, as some agencies write it
        }

        // "Kenya: Otieno Dismisses Claims …": a country before a headline's colon is its section, when a name follows
        // ("Cuba: US claims are lies" is Cuba's statement, the colon frame's).
        if (after == ":" && p.IsHeading && m.First == 0 && m.End + 1 < t.Count && p.MentionAt[m.End + 1] >= 0 &&
            analysis.Entities.TryGetValue(p.Mentions[p.MentionAt[m.End + 1]].EntityId, out var next) && next.Kind == EntityKind.Person)
        {
            return true;
        }

        var k = m.End;
        if (after == "[")
        {
            // "New Delhi [India], Dec 7 (ANI): …": the country in brackets after the city, then the date and credit.
            while (k < t.Count && k < m.End + 6 && t[k].Norm != "]")
            {
                k++;
            }

            after = k + 1 < t.Count ? t[k + 1].Norm : "";
            k++;
        }

        if (after == ",")
        {
            // "Abuja, Nov 22: …", "New Delhi, Sept 15 (ANI): …": a place, a date and a colon, dash or credit.
            var d = k + 1;
            // "Lusaka, September 28, 2014, ZANIS — …": the year and the agency's capitals after commas too.
            while (d < t.Count && d < m.End + 9 && (SpeechVerbs.IsDateWord(t[d]) || (t[d].Norm == "," && d > k + 1 && d + 1 < t.Count &&
                   (SpeechVerbs.IsDateWord(t[d + 1]) || (t[d + 1].AllCaps && t[d + 1].IsWord && t[d + 1].Norm.Length >= 2))) ||
                   (t[d].AllCaps && t[d].IsWord && t[d].Norm.Length >= 2 && t[d - 1].Norm == "," && d + 1 < t.Count && t[d + 1].Norm is "-" or "\u2014" or "\u2013" or ":")))
            {
                d++;
            }

            // "New Delhi, Nov 7 Delhi Health Minister X said …": opening the paragraph, a month and a day run straight into the
            // story's first capitalised word, as some agencies' copy is pasted.
            return d > k + 1 && d < t.Count && (t[d].Norm is ":" or "-" or "\u2014" or "\u2013" or "(" ||
                (m.First == 0 && t[d].IsWord && t[d].Cap && MonthAndDay(t, k + 1, d)));
        }

        if (after == "(")
        {
            while (k < t.Count && k < m.End + 6 && t[k].Norm != ")")
            {
                k++;
            }

            k++;
        }

        return k < t.Count && t[k].Norm is "-" or "\u2014" or "\u2013";
    }

    /// <summary>A month's name and a day's number among tokens [<paramref name="from"/>, <paramref name="to"/>) ("Nov 7", "7 November").</summary>
    private static bool MonthAndDay(List<Token> t, int from, int to)
    {
        bool month = false, day = false;
        for (var k = from; k < to; k++)
        {
            month |= SpeechVerbs.IsMonth(t[k].Norm);
            day |= t[k].Norm.Length <= 2 && t[k].Norm.All(char.IsDigit);
        }

        return month && day;
    }

    /// <summary>
    /// "FORT CARSON, Colo. — The Pentagon on Thursday denied …": the state of a dateline whose city is too small for the
    /// gazetteer (so no mention of its own) is the dateline's too, when only capitalised words and a comma come before it
    /// and a dash or a wire credit after it.
    /// </summary>
    private static bool StateAfterCapitalCity(Paragraph p, Mention m, string after, ArticleAnalysis analysis)
    {
        var t = p.Tokens;
        if (m.First > Entities.EntityDiscovery.MaxCityWords + 1 || t[m.First - 1].Norm != "," || after is not ("-" or "\u2014" or "\u2013" or "(") ||
            !analysis.Entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Place)
        {
            return false;
        }

        for (var k = 0; k < m.First - 1; k++)
        {
            if (!t[k].IsWord || !t[k].Cap)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "US civil liberties group the Electronic Privacy Information Centre claims …": up to four lower-case words of a
    /// description, ending in a noun for an organisation and "the", then a name: the country only says where the named
    /// one is from.
    /// </summary>
    private static bool DescribedNameAfter(Paragraph p, int after, int to)
    {
        var t = p.Tokens;
        for (var k = after; k < to && k < after + 5; k++)
        {
            if (t[k].Norm == "the" && k > after && SpeechLexicon.IsInstitutionNoun(t[k - 1].Norm) &&
                k + 1 < to && p.MentionAt[k + 1] >= 0)
            {
                return true;
            }

            if (!t[k].IsWord || t[k].Cap || SpeechLexicon.IsVerb(t[k].Norm) || p.MentionAt[k] >= 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "counsel for the prosecution Michael Durack said", "the lawyer for the family Jane Roe said": a person named right
    /// after a role held for a body ("for the prosecution", "of the club") is the one who holds it, not governed by the
    /// preposition; "lawyers for the singer Jane Roe" name the one they act for (a noun for a person before the name).
    /// </summary>
    private bool NamedAfterRoleForBody(Paragraph p, Mention m)
    {
        var t = p.Tokens;
        var k = m.First;
        while (k > 0 && t[k - 1].IsWord && t[k - 1].Cap && NameWords.IsTitle(t[k - 1]) && k > m.First - 2)
        {
            k--; // "counsel for the prosecution Mr Michael Durack"
        }

        return k >= 4 && _a.Entities[m.EntityId].Kind == EntityKind.Person && t[k - 1].IsWord && !t[k - 1].Cap && t[k - 2].Norm == "the" &&
            t[k - 3].Norm is "for" or "of" && !SpeechLexicon.PersonNouns.Contains(t[k - 1].Norm) && !Lexicon.Current.ProxyNouns.Contains(t[k - 1].Norm) &&
            (SpeechLexicon.PersonNouns.Contains(t[k - 4].Norm) || Lexicon.Current.ProxyNouns.Contains(t[k - 4].Norm) || NameWords.Titles.Contains(t[k - 4].Norm));
    }

    /// <summary>
    /// "The response came after Business Daily (yesterday) reported that …", "since Zorvex announced …": "after", "before",
    /// "since", "until" or "as" right before a name whose verb follows it (past auxiliaries and words of a date) open a
    /// clause of which the name is the subject; no preposition governs it.
    /// </summary>
    internal static bool ClauseAfterConjunction(Paragraph p, Mention m, int to)
    {
        var t = p.Tokens;
        if (m.First < 1 || t[m.First - 1].Norm is not ("after" or "before" or "since" or "until" or "as") || to >= t.Count || !t[to].IsWord || t[to].Cap)
        {
            return false;
        }

        var k = m.End;
        while (k < to && k < m.End + 4 && t[k].IsWord && (t[k].Norm is "has" or "had" or "have" or "also" || SpeechVerbs.IsDateWord(t[k])))
        {
            k++;
        }

        return k == to;
    }

    public static bool GovernedByPreposition(Paragraph p, int k)
    {
        var t = p.Tokens;
        // "In a radio interview he described …": a subject pronoun after a noun opens a clause; no preposition governs it.
        // ("a bulletin in which he claims …" stays governed: the relative's "he" is the bulletin's unnamed voice).
        if (t[k].Norm is "he" or "she" or "they" or "we" or "i" && k > 0 && t[k - 1].IsWord && !Words.Prepositions.Contains(t[k - 1].Norm) &&
            t[k - 1].Norm is not ("which" or "whom" or "whose" or "what"))
        {
            return false;
        }

        if (t[k].Norm is "he" or "she" or "they" or "we" or "i" && k > 1 && t[k - 1].Norm is "which" or "whom" or "whose" && Words.Prepositions.Contains(t[k - 2].Norm))
        {
            return true; // "a bulletin in which he claims …": the relative's pronoun is the bulletin's unnamed voice
        }

        var j = k - 1;
        var adjectives = 0;
        var titles = 0;
        var portfolios = 0;
        var determiners = t[k].Norm is "the" or "a" or "an" ? 1 : 0;
        while (j >= 0)
        {
            var norm = t[j].Norm;
            if (norm is "the" or "a" or "an" or "its" or "his" or "her" or "their" or "our")
            {
                // "In a statement the actress called …": a second determiner further back opens another noun phrase, the one
                // the preposition governs.
                if (++determiners == 2 && adjectives > 0)
                {
                    return false;
                }

                j--;
            }
            else if (t[j].IsWord && t[j].Cap && titles < 3 && p.MentionAt[j] < 0 && Entities.NameWords.Titles.Contains(norm))
            {
                titles++; // "Special Adviser to President Muhammadu Buhari on Media, Mr. Femi Adesina, said": Buhari is governed by "to"
                portfolios += Lexicon.Current.PortfolioWords.Contains(norm) ? 1 : 0;
                j--;
            }
            else if (adjectives < 2 && p.MentionAt[j] >= 0 && p.Mentions[p.MentionAt[j]] is var modifier && modifier.End == j + 1 && modifier.First < j &&
                     ModifiesCommonNoun(p, j, k))
            {
                // "Ministry of Defence spokesman Tom Hale said …": a name of several words before the noun modifies it whole; its
                // own "of" governs nothing outside it.
                adjectives++;
                j = modifier.First - 1;
            }
            else if (t[j].IsWord && adjectives < 2 && norm is not ("that" or "who" or "which" or "whom" or "whose") && (!t[j].Cap || ModifiesCommonNoun(p, j, k)) &&
                !Words.Prepositions.Contains(norm) && !Words.ClauseBreaks.Contains(norm) && !SpeechLexicon.IsVerb(norm)) // (the word lists last: this runs back from every word a subject search passes)
            {
                adjectives++;
                j--;
            }
            else if (norm == "'s" && j > 0 && j < k && p.MentionAt[j - 1] >= 0 && p.Mentions[p.MentionAt[j - 1]] is var owner && owner.End == j && determiners == 0)
            {
                // "Militants in Pakistan's northwestern Swat Valley say …": a possessive name stands for the noun phrase's
                // determiner; the preposition before it governs the whole phrase.
                determiners++;
                j = owner.First - 1;
            }
            else
            {
                break;
            }
        }

        // "At the hearing Jones said …", "In court Quincey denied …": a short phrase of common words opening the sentence with its
        // preposition is an adjunct; the name after it, with no comma between, opens the clause.
        if (j >= 0 && adjectives > 0 && t[j].Cap && (j == 0 || t[j - 1].Norm is "." or "!" or "?" || t[j - 1].IsQuote) && t[k].Cap && p.MentionAt[k] >= 0 &&
            Words.Prepositions.Contains(t[j].Norm))
        {
            return false;
        }

        // "Top sources at Yahoo and Microsoft scoffed …": the second name of a pair a preposition governs is governed too.
        if (j >= 1 && t[j].Norm is "and" or "or" && j + 1 == k && p.MentionAt[j - 1] >= 0 && p.Mentions[p.MentionAt[j - 1]] is var before &&
            before.End == j && GovernedByPreposition(p, before.First))
        {
            return true;
        }

        // "“…,” manager of opposition business Tony Burke told the house": the "of" of a lower-case office that opens the
        // speaker's phrase (after a quotation or a comma) names the portfolio; it governs nothing.
        if (j >= 1 && t[j].Norm == "of" && t[j - 1].IsWord && !t[j - 1].Cap && NameWords.IsTitle(t[j - 1]) &&
            (j == 1 || t[j - 2].IsQuote || t[j - 2].Norm == ","))
        {
            return false;
        }

        // "Chief of staff Rob Eaddy denied …", "Mr Dunne's chief of staff Rob Eaddy", "“…,” said SAFA director of communications
        // Jane Roe": a title, "of" and its lower-case portfolio before the name are the name's office; what governs the name is
        // what governs the title.
        if (j >= 1 && adjectives > 0 && titles == 0 && t[j].Norm == "of" && t[j - 1].IsWord && NameWords.IsTitle(t[j - 1]) && t[k].Cap && p.MentionAt[k] >= 0)
        {
            return GovernedByPreposition(p, j - 1);
        }

        // "Minister for Energy Khurram Dastgir said …", "Secretary for Health Jane Roe": "for" between a capitalised title and
        // its portfolio's words is part of the title, as "of" is; what governs the name is what governs the title ("a letter
        // to Minister for Energy Sam Okoro").
        if (titles > 0 && portfolios == titles && j >= 1 && t[j].Norm == "for" && t[j - 1].IsWord && t[j - 1].Cap && NameWords.IsTitle(t[j - 1]) &&
            !Lexicon.Current.PortfolioWords.Contains(t[j - 1].Norm))
        {
            return GovernedByPreposition(p, j - 1);
        }

        // ("a video in which Godsbrain Smart alleges …": the relative pronoun, not the preposition before it, stands before the name.)
        // A preposition glued to the name by scraping ("beforeTrump") does not govern it; nor does the "of" inside a title
        // ("Secretary of State Marco Rubio", "Chief of Staff Jane Roe").
        return j >= 0 && Words.Prepositions.Contains(t[j].Norm) && !(j + 1 < t.Count && t[j].End == t[j + 1].Start && t[j + 1].IsWord) &&
            !(titles > 0 && t[j].Norm is not ("to" or "for" or "with" or "by" or "from" or "against")); // "after Sen. Rick Scott told …" opens a clause
    }

    /// <summary>
    /// "with German broadcaster Deutsche Welle", "on Lagos-based station Harmony FM": a capitalised word before a
    /// lower-case noun (itself before the name) modifies that noun, so the preposition before it still governs the name.
    /// </summary>
    private static bool ModifiesCommonNoun(Paragraph p, int j, int name) =>
        j + 1 < name && p.Tokens[j + 1].IsWord && !p.Tokens[j + 1].Cap && p.Tokens[j + 1].Norm is not ("the" or "a" or "an");

    private static bool AfterClauseBreak(Paragraph p, int k, int from)
    {
        var j = k - 1;
        while (j > from && k - j < 7 && p.MentionAt[j] < 0 && p.Tokens[j].IsWord &&
               (NameWords.IsTitle(p.Tokens[j]) || (p.Tokens[j].Norm == "of" && p.Tokens[j - 1].Cap) || p.Tokens[j].Cap))
        {
            j--; // "and Secretary of State Marco Rubio": skip the title
        }

        if (j >= from && p.Tokens[j].Norm is "the" or "a" or "an")
        {
            j--;
        }

        return j >= from && Words.ClauseBreaks.Contains(p.Tokens[j].Norm);
    }
    /// <summary>"52-year-old", "Brazilian", "Western Australian": exactly the words from <paramref name="from"/> to the verb.</summary>
    private static bool AgeOrOriginOnly(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        if (to - from == 1 && t[from].IsWord && t[from].Norm.EndsWith("-year-old", StringComparison.Ordinal) && char.IsDigit(t[from].Norm[0]))
        {
            return true;
        }

        if (to - from is < 1 or > 2 || !t[to - 1].IsWord || !t[to - 1].Cap || p.InQuote[from] || !DemonymNoun(t[to - 1].Norm))
        {
            return false;
        }

        return to - from == 1 || (t[from].Cap && t[from].Norm is "western" or "eastern" or "northern" or "southern" or "south" or "north" or "east" or "west");
    }

    /// <summary>
    /// The person a description by origin or age stands for before the verb at <paramref name="to"/>: going on ("the Australian
    /// added") the last person who spoke, else the person the article is about.
    /// </summary>
    private string? DescribedPerson(List<Token> t, int to) =>
        to < t.Count && t[to].Norm is "added" or "adds" ? discourse.LastPersonSpeaker : TopicPerson() ?? discourse.LastPersonSpeaker;

    /// <summary>"the former X star", "The X striker": "the" (capitalised only where the clause opens), with "former" or "ex-" at most, right before the name at <paramref name="k"/>.</summary>
    private static bool DescribedBefore(List<Token> t, int k, int from)
    {
        var j = k - 1;
        if (j >= from && t[j].Norm is "former" or "ex" or "ex-")
        {
            j--;
        }

        return j >= from && t[j].Norm == "the" && (!t[j].Cap || j == from);
    }

    /// <summary>The person the article names most, when one is named more often than any other (twice at least).</summary>
    private string? TopicPerson()
    {
        string? best = null;
        int most = 1, second = 0;
        foreach (var e in _a.Entities.Values)
        {
            if (e.Kind != EntityKind.Person)
            {
                continue;
            }

            if (e.MentionCount > most)
            {
                second = most;
                most = e.MentionCount;
                best = e.Id;
            }
            else if (e.MentionCount > second)
            {
                second = e.MentionCount;
            }
        }

        return best is not null && most > second ? best : null;
    }
}
