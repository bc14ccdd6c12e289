using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Reference phrases: "the statement", "the Cuban deputy minister", "a spokesperson for X", "the regime".</summary>
internal sealed class ReferenceResolver(ArticleAnalysis analysis, IDiscourseView discourse)
{
    private readonly ArticleAnalysis _a = analysis;

    private static WordSet Anonymous => Lexicon.Current.AnonymousSpeakers;

    private static WordSet IssuedWords => Lexicon.Current.IssuedWords;

    public (string, int, int)? ReferencePhrase(Paragraph p, int det, int to)
    {
        var t = p.Tokens;
        int noun = -1;
        var institutionNoun = -1;
        string? modifierEntity = null;
        string? place = null;
        string? state = null;
        for (var j = det + 1; j < to && j <= det + 5; j++)
        {
            if (p.MentionAt[j] >= 0)
            {
                var m = p.Mentions[p.MentionAt[j]];
                var e = _a.Entities[m.EntityId];
                if (e.Kind == EntityKind.Place || e.Type == "government")
                {
                    place = e.CountryPlaceId ?? place;
                    state = ArticleAnalysis.IsSubdivision(e) ? e.Id : null;
                }
                else
                {
                    modifierEntity = m.EntityId;
                }

                j = m.End - 1;
                continue;
            }

            var norm = t[j].Norm;
            if (!t[j].IsWord && norm != "'s" && norm != "-")
            {
                break;
            }

            if (Words.Prepositions.Contains(norm) || norm is "that" or "who" or "which" || (SpeechLexicon.IsVerb(norm) && noun >= 0))
            {
                break;
            }

            place = _a.Registry.CountryOfDemonym(norm) ?? (t[j].Cap ? _a.CountryOfDemonym(norm) : null) ?? place;
            if (SpeechLexicon.PersonNouns.Contains(norm) || SpeechLexicon.PersonNouns.Contains(WithoutEx(norm)) || PluralOfRoleTitle(norm) || SpeechLexicon.DocumentNouns.Contains(norm) || SpeechLexicon.IsInstitutionNoun(norm) ||
                (norm is "rumour" or "rumor" && j + 2 < to && t[j + 1].Norm is "started" or "spread" or "sparked" && t[j + 2].Norm == "by"))
            {
                if (noun >= 0 && SpeechLexicon.IsInstitutionNoun(t[noun].Norm))
                {
                    institutionNoun = noun;
                }

                noun = j;
            }
        }

        if (noun < 0)
        {
            return null;
        }

        var n = WithoutEx(t[noun].Norm); // "the ex-mayor" is "the former mayor"
        if (n == "office" && noun > det + 1 && t[noun - 1].Norm == "presidential")
        {
            n = "presidency"; // "the presidential office" is the presidency, the government's voice
        }

        var end = noun + 1;
        if (state is not null && n is "government" or "administration" or "authorities" or "cabinet" && _a.StateGovernmentOf(state) is { } stateGovernment)
        {
            // "the Kerala government", "the Texas state government": the state's own, named as the text writes it too
            // ("Selangor Government", after the article)
            var named = t[det].Norm is "the" or "a" or "an" ? det + 1 : det;
            if (noun > named && t[named].Cap)
            {
                _a.Entities[stateGovernment].Aliases.Add(_a.Text[t[named].Start..t[noun].End]);
            }

            return (stateGovernment, det, end);
        }

        // "The government of Ghana", "the police of Kenya": the country named after the noun, however often the article
        // names another (a story set in Oslo about Ghana's embassy).
        if (place is null && end + 1 < to && t[end].Norm == "of" && n is "government" or "regime" or "administration" or "authorities" or "cabinet" or "presidency" or "police" or "army" or "military")
        {
            var c = t[end + 1].Norm == "the" ? end + 2 : end + 1;
            if (c < to && p.MentionAt[c] >= 0 && p.Mentions[p.MentionAt[c]] is var country && country.First == c &&
                _a.Entities.TryGetValue(country.EntityId, out var countryEntity) && countryEntity.Kind == EntityKind.Place)
            {
                // "the state government of Quintana Roo", "the government of Kerala state": a state's own government.
                if (ArticleAnalysis.IsSubdivision(countryEntity) && n is "government" or "administration" or "authorities" or "cabinet" &&
                    _a.StateGovernmentOf(countryEntity.Id) is { } ofState)
                {
                    return (ofState, det, country.End < to && t[country.End].Norm == "state" ? country.End + 1 : country.End);
                }

                if (countryEntity.CountryPlaceId is { } named)
                {
                    place = named;
                    end = country.End;
                }
            }
        }

        // "a journalist from Argentine broadcaster TyC Sports", "a reporter for the Harbour Gazette": an outlet's journalist
        // speaks as the outlet.
        if (n is "journalist" or "journalists" or "reporter" or "reporters" or "correspondent" or "correspondents" or "columnist" &&
            end + 1 < to && t[end].Norm is "from" or "for" or "at" or "with" or "of" && OutletWithin(p, end + 1, to) is { } outlet)
        {
            return (outlet.EntityId, det, outlet.End);
        }

        // "a statement released by X", "a spokesperson for X", "officials from X".
        var k = end;
        if (k + 2 < to && t[k].Norm == "," && IssuedWords.Contains(t[k + 1].Norm) && SpeechLexicon.DocumentNouns.Contains(n))
        {
            k++; // "The report, published by the Daily Planet on Monday, claimed …": the participle set off by commas
        }

        // "A rumour started by the Daily Mail had earlier claimed …": whoever started a rumour says what it says.
        var startedRumour = n is "rumour" or "rumor" or "rumours" or "rumors" && k + 1 < to && t[k].Norm is "started" or "spread" or "sparked" && t[k + 1].Norm == "by";
        if (k < to && (IssuedWords.Contains(t[k].Norm) || startedRumour))
        {
            k++;
            while (k + 1 < to && k <= end + 3 && t[k].IsWord && SpeechVerbs.IsDateWord(t[k]))
            {
                k++; // "a statement issued today by …", "issued on Monday by …"
            }
        }

        if (k == end && SpeechLexicon.DocumentNouns.Contains(n) && LaterSignedBy(p, end, to) is var signedBy and > 0)
        {
            k = signedBy; // "A statement made available to PREMIUM TIMES on Monday, and signed by …": the signing, after the delivery
        }

        if (k + 1 < to && (t[k].Norm is "by" or "from" or "of" or "for" or "at" || (t[k].Norm == "to" && n is "adviser" or "advisor" or "aide")) &&
            (Anonymous.Contains(n) || SpeechLexicon.DocumentNouns.Contains(n) || startedRumour)) // ("an adviser to the ministry")
        {
            var j = t[k + 1].Norm == "the" ? k + 2 : k + 1;
            while (j < to && j < k + 5 && p.MentionAt[j] < 0 && t[j].IsWord && NameWords.IsTitle(t[j]))
            {
                j++; // "a spokesman for Governor Elena Varga", "a spokesman for president Jean-Claude Juncker"
            }

            if (j < to && p.MentionAt[j] >= 0)
            {
                var m = p.Mentions[p.MentionAt[j]];
                if (TitledHolderAfter(_a, p, m, to) is { } holder)
                {
                    return (holder.EntityId, det, holder.End); // "a spokesman for European Commission president Jean-Claude Juncker"
                }

                if (m.End < to && t[m.End].Norm == "'s" && PossessedInstitution(_a, p, m, m.End + 1, to) is { } institution)
                {
                    return (institution.Item1, det, institution.Item3); // "a statement by Lula's eponymous institute": the institute
                }

                if (m.End + 1 < to && t[m.End].Norm == "'s" && p.MentionAt[m.End + 1] >= 0 && p.Mentions[p.MentionAt[m.End + 1]] is var owned &&
                    owned.First == m.End + 1 && _a.Entities.TryGetValue(owned.EntityId, out var ownedEntity) && ownedEntity.Kind == EntityKind.Institution)
                {
                    // "a spokesman for Kenya's health ministry": the country's ministry, not its government; "a spokesman for
                    // Johnson's Downing Street office": the office, not the man; "a report by the New York Post's Page
                    // Six": the column, not the paper that owns it.
                    return (owned.EntityId, det, owned.End);
                }

                return (m.EntityId, det, m.End);
            }

            // "A statement signed by the ministry's Director of Press and Public Relations, Mr Ben Goong, …", "a statement
            // issued by Ministry Spokesperson Kedarnath Sharma": the person a document was signed or issued by, named after
            // the office.
            if (SpeechLexicon.DocumentNouns.Contains(n) && t[k].Norm == "by" && SignatoryAfter(p, k + 1, to) is { } signatory)
            {
                return (signatory.EntityId, det, signatory.End);
            }

            // "a spokesman for the presidential office", "a statement from the ministry": the institution the description names.
            if (t[k + 1].Norm == "the" && k + 2 < to && p.MentionAt[k + 2] < 0 && ReferencePhrase(p, k + 1, to) is { } principal &&
                _a.Entities.TryGetValue(principal.Item1, out var principalEntity) && principalEntity.Kind == EntityKind.Institution)
            {
                return (principal.Item1, det, principal.Item3);
            }
        }

        string? id;
        if (Anonymous.Contains(n) && modifierEntity is not null && _a.Entities[modifierEntity].Kind == EntityKind.Institution)
        {
            // "The UN spokesman stressed …" after "UN spokesman Stephane Dujarric": the one who holds the post; "A Chinese
            // Foreign Ministry spokesperson refuted …" in a lead that names "Spokesperson Zhao Lijian" next: that person.
            // Otherwise the organisation ("a Northwind spokesperson", "White House officials").
            if (IsSpokesNoun(n) && SpokespersonOf(p, t[det].Norm is "a" or "an", end, n, modifierEntity) is { } holder)
            {
                return (holder, det, end);
            }

            return (modifierEntity, det, end);
        }

        if (Anonymous.Contains(n) && modifierEntity is null && institutionNoun >= 0 && t[det].Norm is "a" or "an" &&
            InstitutionOpeningClause(p, det, t[institutionNoun].Norm) is { } subject)
        {
            // "The Harbour Company has not approved the plan, a company spokesman said": the organisation the clause
            // before opens with, not yet noted as named (this sentence's names are noted after it is read).
            return (IsSpokesNoun(n) && SpokespersonOf(p, true, end, n, subject) is { } holder ? holder : subject, det, end);
        }

        if (Anonymous.Contains(n) && modifierEntity is null && institutionNoun >= 0 && ResolveInstitutionNoun(t[institutionNoun].Norm, place, null) is { } department)
        {
            // "a department spokesperson": the department last named; "the club's spokesman": the spokesman the article named
            // for that club, when it did.
            return (IsSpokesNoun(n) && SpokespersonOf(p, t[det].Norm is "a" or "an", end, n, department) is { } holder ? holder : department, det, end);
        }

        if (SpeechLexicon.DocumentNouns.Contains(n) && Disowned(p, det, noun))
        {
            // "The fake statement claimed …", "A viral message claims …", "the message" after a "viral message": an item the
            // text disowns, or passes on from no known source, speaks for no one (not for its purported author).
            return null;
        }

        if (SpeechLexicon.DocumentNouns.Contains(n))
        {
            // "the statement" is the last issued statement; "the text", "the speech" are what the previous sentence quoted.
            var spoken = n is "text" or "speech" or "note" or "message" or "letter" or "post" or "tweet" ? discourse.PreviousIssuer ?? discourse.PreviousSentenceSpeaker : null;
            id = modifierEntity ?? (place is not null ? _a.GovernmentOf(place) : null) ?? DocumentOwner(p, end, to) ?? (IsPieceNoun(n) ? OutletAfter(p, end, to) : null) ?? spoken ??
                (IsPieceNoun(n) ? (t[det].Norm is "a" or "an" ? OutletNamedNext(p, end) : OutletNamedBefore(p, det) ?? discourse.PreviousIssuer)
                    // "The suit says the woman was injured …" after the sheriff denied it: a court filing is its filer's,
                    // never merely the last person who spoke (often the one it accuses).
                    : n is "suit" or "lawsuit" or "complaint" or "filing" or "motion" or "brief" ? discourse.LastDocumentSpeaker
                    : discourse.LastDocumentSpeaker ?? discourse.LastOtherSpeaker ?? discourse.LastPersonSpeaker);

            // "Brigadier General X, spokesman of the Harbour Army, in a statement …" ¶ "The statement also said …": a statement
            // put out by someone who speaks for an organisation is the organisation's (the dev README's convention).
            if (n == "statement" && id is not null && _a.Entities.TryGetValue(id, out var signer) && signer.Kind == EntityKind.Person &&
                signer.Memberships.Find(m => m.Relation == Membership.MemberOf) is { } office && _a.Entities.ContainsKey(office.InstitutionId))
            {
                id = office.InstitutionId;
            }

            // "The union letter also accused Chief Elbert …" after the chief's own statement: a document an organisation's
            // noun qualifies is that organisation's, never the last person's who issued one.
            if (institutionNoun >= 0 && modifierEntity is null && id is not null && _a.Entities.TryGetValue(id, out var issuer) && issuer.Kind == EntityKind.Person)
            {
                id = ResolveInstitutionNoun(t[institutionNoun].Norm, place, null);
            }
        }
        else if (SpeechLexicon.PersonNouns.Contains(n))
        {
            // "A senior official said …" introduces someone new: named later in the lead, or no one. "The official" after
            // such an introduction is that same unnamed person.
            var indefinite = t[det].Norm is "a" or "an";
            // "the same source" is the last source quoted; "a source close to the company" is someone new and unnamed.
            id = n is "source" or "sources" ? (indefinite ? null : discourse.LastAccordingSpeaker)
                : indefinite ? (modifierEntity is { } mod && _a.Entities[mod].Kind == EntityKind.Person ? mod
                    : PersonNamedNext(p, end, n, place, newOnly: true) ?? IndefiniteSpokesperson(p, det, end, to))
                : Anonymous.Contains(n) && t[det].Norm == "the" && (noun == det + 1 || (noun == det + 2 && !t[det + 1].Cap)) && BodyOfIntroduced(p, det, n) is { } body ? body
                // "An official at the Saudi Embassy in Washington said …" … "The Saudi official said …": a demonym before the
                // noun finds the official introduced as that country's body further back.
                : Anonymous.Contains(n) && t[det].Norm == "the" && noun == det + 2 && t[det + 1].Cap && place is not null &&
                    BodyOfIntroduced(p, det, n, 8, place) is { } national ? national
                : UnnamedIntroduced(p, det, n) ? null
                : (place is not null ? RegistryRoleHolder(p, det, end, to, place) : null) ??
                  ResolvePersonNoun(RoleNoun(t, det, noun), place, modifierEntity, former: FormerBetween(t, det, noun), portfolio: PortfolioBetween(t, det, noun)) ??
                  PersonNamedNext(p, end, RoleNoun(t, det, noun), place, portfolio: PortfolioBetween(t, det, noun)) ?? SpokespersonsPrincipal(n, place) ??
                  (place is null && modifierEntity is null ? LeadOfficeHolder(p, det, end, RoleNoun(t, det, noun)) : null);
        }
        else if (n == "agency" && noun > det + 1 && t[noun - 1].Norm == "news")
        {
            // "the news agency said": the wire service speaking, else the last one named ("the agency" alone may be any).
            id = CurrentSourceOr(e => e.Kind == EntityKind.Institution && e.IsMedia && e.Type == "agency-news");
        }
        else if (t[det].Norm is "a" or "an" && modifierEntity is null && SpeechLexicon.IsInstitutionNoun(n) && !IsGovernmentNoun(n))
        {
            // "An Ohio hospital is denying …", "A Kenyan company rejected …": someone new, named later in the lead, or no one;
            // never the organisation named last.
            id = InstitutionNamedNext(p, end, n);
        }
        else if (n is "authorities" or "management" or "administration" && noun > det + 1 && t[noun - 1].Norm is var kind &&
                 SpeechLexicon.IsInstitutionNoun(kind) && !IsGovernmentNoun(kind) && kind != "police")
        {
            // "The hospital authorities said …", "the club management": those who run the hospital speak for it.
            id = ResolveInstitutionNoun(kind, place, modifierEntity);
        }
        else if (n is "group" or "groups" && modifierEntity is null && noun > det + 1 &&
                 t[noun - 1].Norm is "rights" or "campaign" or "campaigning" or "advocacy" or "pressure" or "lobby" or "activist" or "environmental" or "conservation" or "aid" or "watchdog")
        {
            // "The rights group said …", "the campaign group": a body of civil society, never a company's group.
            id = CivilSocietySource();
        }
        else if (SpeechLexicon.IsCompanyNoun(n) && modifierEntity is null && noun > det + 1 &&
                 t[noun - 1].Norm is "media" or "broadcasting" or "broadcast" or "television" or "tv" or "radio" or "publishing" or "newspaper" or "news")
        {
            // "The broadcasting company said …", "the media group": a business of the news, which the outlets are not for the
            // plain "company"; the outlet speaking, else the last one named, else a business as for "the company".
            id = CurrentSourceOr(e => e.Kind == EntityKind.Institution && e.IsMedia) ?? ResolveInstitutionNoun(n, place, null);
        }
        else
        {
            id = ResolveInstitutionNoun(n, place, modifierEntity) ??
                (SpeechLexicon.IsCompanyNoun(n) ? CompanyNamedBefore(p, det, n) ?? (KindNoun(n) ? NamedAsNext(p, det, n) : null) : null);
        }

        return id is null ? null : (id, det, end);
    }

    /// <summary>
    /// "(a spokesman for) European Commission president Jean-Claude Juncker", "Harbour Board chairman Tom Hale": after the
    /// organisation's mention <paramref name="m"/>, up to three title words and a person's name say whose office the person
    /// holds; that person's mention, else null.
    /// </summary>
    internal static Mention? TitledHolderAfter(ArticleAnalysis a, Paragraph p, Mention m, int to)
    {
        var t = p.Tokens;
        var k = m.End;
        while (k < to && k < m.End + 3 && p.MentionAt[k] < 0 && t[k].IsWord && NameWords.IsTitle(t[k]))
        {
            k++;
        }

        return k > m.End && k < to && p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is var holder && holder.First == k &&
            a.Entities.TryGetValue(m.EntityId, out var office) && office.Kind == EntityKind.Institution &&
            a.Entities.TryGetValue(holder.EntityId, out var person) && person.Kind == EntityKind.Person ? holder : null;
    }

    /// <summary>
    /// An organisation of another country than <paramref name="place"/> (the phrase's demonym): by its registry country,
    /// else by a demonym opening its name ("Israeli army"). False when either is unknown.
    /// </summary>
    private bool OfOtherCountry(ArticleEntity e, string? place)
    {
        if (place is null)
        {
            return false;
        }

        if (e.CountryPlaceId is { } own)
        {
            return own != place;
        }

        var space = e.Name.IndexOf(' ', StringComparison.Ordinal);
        var first = TextFold.Fold(space > 0 ? e.Name[..space] : e.Name);
        var country = _a.Registry.CountryOfDemonym(first) ??
            (KnowledgeGraph.Extraction.Entities.Gazetteers.Gazetteer.Default.CountryOfDemonym(first) is { } named ? "place:" + TextFold.Slug(named.Name) : null);
        return country is not null && country != place;
    }

    /// <summary>"Barclays Premier League", "the Southern Conference": a competition's name, which classifies the clubs in it.</summary>
    private static bool LeagueName(string name) =>
        name.EndsWith(" League", StringComparison.Ordinal) || name.EndsWith(" Conference", StringComparison.Ordinal) || name.EndsWith(" Division", StringComparison.Ordinal) ||
        name.EndsWith(" Championship", StringComparison.Ordinal);

    private static bool IsGovernmentNoun(string n) => n is "government" or "regime" or "administration" or "authorities" or "cabinet" or "state" or "presidency";

    /// <summary>
    /// The organisation a lead's "a/an … &lt;noun&gt;" is named as next: the first not named before, in this paragraph after
    /// <paramref name="from"/> or in the next two, whose name holds the noun (any business for a company's noun); only in
    /// the article's first body paragraph. Null otherwise.
    /// </summary>
    private string? InstitutionNamedNext(Paragraph p, int from, string noun)
    {
        var at = _a.Paragraphs.IndexOf(p);
        for (var pi = 0; pi < at; pi++)
        {
            if (!_a.Paragraphs[pi].IsHeading)
            {
                return null;
            }
        }

        var before = NamedBefore(at, p, from);
        for (var pi = at; pi < _a.Paragraphs.Count && pi <= at + 2; pi++)
        {
            foreach (var m in _a.Paragraphs[pi].Mentions)
            {
                if ((pi == at && m.First < from) || before.Contains(m.EntityId) || !_a.Entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Institution || e.IsMedia)
                {
                    continue;
                }

                if ((SpeechLexicon.IsCompanyNoun(noun) && Business(e)) || NameHoldsNoun(e, noun))
                {
                    return e.Id;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A document noun at <paramref name="noun"/> that the text disowns: a disowning word before it in its own phrase ("the
    /// fake statement", "a purported memo", "the viral message"), or, after "the"/"this", earlier in this paragraph or the
    /// three before ("… said the viral message was fake. The message claims …").
    /// </summary>
    private bool Disowned(Paragraph p, int det, int noun)
    {
        var disowning = Lexicon.Current.DisowningWords;
        for (var k = det + 1; k < noun; k++)
        {
            if (disowning.Contains(p.Tokens[k].Norm))
            {
                return true;
            }
        }

        if (p.Tokens[det].Norm is not ("the" or "this" or "that"))
        {
            return false;
        }

        var at = _a.Paragraphs.IndexOf(p);
        var n = p.Tokens[noun].Norm;
        for (var pi = at; pi >= 0 && pi >= at - 3; pi--)
        {
            var t = _a.Paragraphs[pi].Tokens;
            for (var k = (pi == at ? det : t.Count) - 1; k > 0; k--)
            {
                if (t[k].Norm != n)
                {
                    continue;
                }

                for (var j = k - 1; j >= 0 && j >= k - 3 && t[j].IsWord; j--)
                {
                    if (disowning.Contains(t[j].Norm))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "Cuba's deputy foreign minister", "the US secretary of state": the one person the registry gives that role in that
    /// country, named in the article or not. The description's words run from the determiner to the noun, and on through
    /// a lower-case "of" phrase ("secretary of state").
    /// </summary>
    private string? RegistryRoleHolder(Paragraph p, int det, int end, int to, string place)
    {
        var t = p.Tokens;
        var words = new List<string>(6);
        for (var k = det + 1; k < end; k++)
        {
            if (t[k].IsWord)
            {
                words.Add(t[k].Norm);
            }
        }

        if (end + 1 < to && t[end].Norm == "of" && !t[end + 1].Cap)
        {
            for (var k = end + 1; k < to && k < end + 4 && t[k].IsWord && !t[k].Cap && !SpeechLexicon.IsVerb(t[k].Norm); k++)
            {
                words.Add(t[k].Norm);
            }
        }

        if (_a.Registry.RoleHolder(place, words) is not { } holder)
        {
            return null;
        }

        // The registry knows today's holder; an article from another year names its own ("Mexico's president …" then
        // "Mexican President Andres Manuel Lopez Obrador"): the one person of that country the text gives that role.
        return NamedHolder(place, words, holder) ?? _a.Ensure(holder).Id;
    }

    /// <summary>The one person of <paramref name="place"/> other than <paramref name="holder"/> whose role in the text has every word of <paramref name="words"/>.</summary>
    private string? NamedHolder(string place, List<string> words, string holder)
    {
        string? only = null;
        foreach (var e in _a.Entities.Values)
        {
            if (e.Kind != EntityKind.Person || e.CountryPlaceId != place || e.TextRoles.Count == 0)
            {
                continue;
            }

            var fits = false;
            foreach (var role in e.TextRoles)
            {
                var folded = TextFold.Fold(role);
                var roleWords = folded.Split(' ', '-');
                if (!folded.StartsWith("former ", StringComparison.Ordinal) && !folded.StartsWith("ex-", StringComparison.Ordinal) &&
                    words.TrueForAll(w => Array.IndexOf(roleWords, w) >= 0))
                {
                    fits = true;
                    break;
                }
            }

            if (!fits)
            {
                continue;
            }

            if (e.Id == holder || (only is not null && only != e.Id))
            {
                return null; // the registry's holder is named, or two fit: the registry decides
            }

            only = e.Id;
        }

        return only;
    }

    /// <summary>"Cuba's deputy foreign minister": a country's possessive and a role of up to four words ending in a person noun.</summary>
    public (string, int, int)? PossessedRole(Paragraph p, Mention m, int to)
    {
        var t = p.Tokens;
        if (!_a.Entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Place || e.CountryPlaceId is not { } place || e.Id != place)
        {
            return null;
        }

        var end = -1;
        for (var k = m.End + 1; k < to && k <= m.End + 4 && t[k].IsWord && !t[k].Cap && p.MentionAt[k] < 0; k++)
        {
            end = SpeechLexicon.PersonNouns.Contains(t[k].Norm) ? k + 1 : end;
        }

        return end > 0 && RegistryRoleHolder(p, m.End, end, to, place) is { } holder ? (holder, m.First, end) : null;
    }

    /// <summary>A piece of journalism ("the report", "the article", "the piece"): an outlet's, not whoever spoke last.</summary>
    private static bool IsPieceNoun(string n) => Lexicon.Current.ReportNouns.Contains(n);

    /// <summary>
    /// "A newspaper report had suggested … However, claims from the Sun …": a report first met without a name is the
    /// outlet's that the next sentences name (this paragraph or the next two); until then it is no one the article knows.
    /// </summary>
    private string? OutletNamedNext(Paragraph p, int from)
    {
        var at = _a.Paragraphs.IndexOf(p);
        for (var pi = at; pi < _a.Paragraphs.Count && pi <= at + 2; pi++)
        {
            foreach (var m in _a.Paragraphs[pi].Mentions)
            {
                if ((pi > at || m.First >= from) && _a.Entities.TryGetValue(m.EntityId, out var e) && e.IsMedia)
                {
                    return e.Id;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The person named after an office in a "by" phrase ("the ministry's Director of Press, Mr Ben Goong", "Ministry
    /// Spokesperson Kedarnath Sharma"): only office words (titles, capitalised words, "of", "the", "and", possessives,
    /// commas) before the name, which ends the phrase.
    /// </summary>
    private Mention? SignatoryAfter(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        for (var k = from; k < to && k < from + 14; k++)
        {
            if (p.MentionAt[k] >= 0)
            {
                var m = p.Mentions[p.MentionAt[k]];
                if (_a.Entities[m.EntityId].Kind == EntityKind.Person)
                {
                    return k > from && (m.End >= to || t[m.End].Norm is "," or "." or "on" or "in" or "at" || (t[m.End].IsWord && SpeechLexicon.IsVerb(t[m.End].Norm))) ? m : null;
                }

                k = m.End - 1; // "the ministry's", "the Command's": the office's owner
                continue;
            }

            var n = t[k].Norm;
            // ("the Chief Press Secretary to the Commission, Femi Bello": "to" after a title says whose office it is)
            if (!(t[k].Cap || n is "of" or "the" or "and" or "," or "'s" || NameWords.Titles.Contains(n) || Lexicon.Current.PortfolioWords.Contains(n) ||
                  SpeechLexicon.IsInstitutionNoun(n) || (n == "to" && k > from && NameWords.Titles.Contains(t[k - 1].Norm))) || (t[k].IsWord && SpeechLexicon.IsVerb(n)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A media outlet named within four words of <paramref name="from"/>, past descriptive words ("Argentine broadcaster").</summary>
    private Mention? OutletWithin(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        for (var k = from; k < to && k < from + 4; k++)
        {
            if (p.MentionAt[k] >= 0)
            {
                var m = p.Mentions[p.MentionAt[k]];
                if (_a.Entities.TryGetValue(m.EntityId, out var e) && (e.IsMedia ||
                    (e.Kind == EntityKind.Institution && m.First > 0 && Lexicon.Current.OutletNouns.Contains(t[m.First - 1].Norm))))
                {
                    return m; // a known outlet, or one the text calls one ("broadcaster Radio Quintana")
                }

                if (e?.Kind != EntityKind.Place)
                {
                    return null;
                }

                k = m.End - 1;
                continue;
            }

            if (!t[k].IsWord || SpeechLexicon.IsVerb(t[k].Norm) || t[k].Norm is "that" or "who" or "which")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"The report in the Sunday Independent (said …)", "a story by the Gazette": the outlet named right after the piece.</summary>
    private string? OutletAfter(Paragraph p, int end, int to)
    {
        var t = p.Tokens;
        if (end + 1 >= to || t[end].Norm is not ("in" or "by" or "from"))
        {
            return null;
        }

        // "The report in the Daily Planet claimed …": a piece "in" an organisation no list knows was published there.
        var k = t[end + 1].Norm == "the" ? end + 2 : end + 1;
        return k < to && p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is var m && m.First == k && _a.Entities[m.EntityId] is var e &&
            (e.IsMedia || (t[end].Norm == "in" && e.Kind == EntityKind.Institution && e.Type is null)) ? m.EntityId : null;
    }

    /// <summary>
    /// "… an article published by The People's Voice … The piece suggested …": the outlet named last, in this paragraph
    /// before the reference or in the three before it; "Halcor denied a Channel 9 report … The report claimed …" has none
    /// it knows, and the report is nobody's the article names.
    /// </summary>
    internal string? OutletNamedBefore(Paragraph p, int det)
    {
        var at = _a.Paragraphs.IndexOf(p);
        for (var pi = at; pi >= 0 && pi >= at - 3; pi--)
        {
            var mentions = _a.Paragraphs[pi].Mentions;
            for (var mi = mentions.Count - 1; mi >= 0; mi--)
            {
                if ((pi < at || mentions[mi].End <= det) && _a.Entities.TryGetValue(mentions[mi].EntityId, out var e) && e.IsMedia)
                {
                    return e.Id;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "a US lawyer", "an Israeli analyst", "a Ugandan player": an indefinite person noun (not a spokesperson or official,
    /// who speak for their side) after a country or its adjective. Nobody the text names, and not the country's
    /// government; the place inside it is no subject.
    /// </summary>
    public bool CountryPersonPhrase(Paragraph p, int det, int to)
    {
        var t = p.Tokens;
        var country = false;
        for (var j = det + 1; j < to && j <= det + 4; j++)
        {
            if (p.MentionAt[j] >= 0)
            {
                var m = p.Mentions[p.MentionAt[j]];
                if (!_a.Entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Place)
                {
                    return false;
                }

                country = true;
                j = m.End - 1;
                continue;
            }

            var norm = t[j].Norm;
            if (!t[j].IsWord)
            {
                return false;
            }

            if (t[j].Cap)
            {
                if (_a.Registry.CountryOfDemonym(norm) is null && Entities.Gazetteers.Gazetteer.Default.CountryOfDemonym(norm) is null)
                {
                    return false;
                }

                country = true;
                continue;
            }

            if (SpeechLexicon.PersonNouns.Contains(norm))
            {
                return country && !Anonymous.Contains(norm) && !SpeechLexicon.IsInstitutionNoun(norm);
            }

            if (SpeechLexicon.IsInstitutionNoun(norm) || SpeechLexicon.IsVerb(norm) || Words.Prepositions.Contains(norm))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"A complaint filed against Norvell Group is without merit, the company said": the organisation named earlier in the paragraph.</summary>
    private string? CompanyNamedBefore(Paragraph p, int det, string noun)
    {
        for (var k = det - 1; k >= 0; k--)
        {
            if (p.MentionAt[k] >= 0 && _a.Entities.TryGetValue(p.Mentions[p.MentionAt[k]].EntityId, out var e) && Business(e) &&
                (!KindNoun(noun) || NamedAs(e, noun)))
            {
                return e.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// "The FDA has not approved …, an agency spokesperson said": after a comma, the organisation named at the opening of
    /// the sentence (past "The" at most) when the noun fits it: a company noun a business, another noun a body of another
    /// known kind or one whose name holds the noun; null when none.
    /// </summary>
    private string? InstitutionOpeningClause(Paragraph p, int det, string noun)
    {
        var t = p.Tokens;
        if (det < 4 || t[det - 1].Norm != ",")
        {
            return null;
        }

        var first = det - 1;
        while (first > 0 && t[first - 1].Norm is not ("." or "!" or "?" or ";"))
        {
            first--;
        }

        var at = first < det && t[first].Norm == "the" ? first + 1 : first;
        if (at >= det || p.MentionAt[at] < 0 || p.Mentions[p.MentionAt[at]] is not { } m || m.First != at || m.End >= det - 2 ||
            !_a.Entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Institution || e.IsMedia || e.Type == "government")
        {
            return null;
        }

        // (another noun: a body of a known kind other than a business, or one whose name holds the noun: "the Health Ministry";
        // an agency may be a body of unknown kind: "the FDA")
        return SpeechLexicon.IsCompanyNoun(noun) ? (Business(e) ? e.Id : null)
            : (e.Type is not null && !Business(e)) || (noun == "agency" && e.Type is null) || e.Name.Contains(noun, StringComparison.OrdinalIgnoreCase) ? e.Id : null;
    }

    private static bool Business(ArticleEntity e) => e.Kind == EntityKind.Institution && e.Type is null or "company" or "sports-club" && !e.IsGeneric && !e.IsMedia &&
        !(e.Type is null && PublicBodyName(e));

    /// <summary>
    /// "the Institutional Revolutionary Party", "the Ministry of Health", "the University of Toledo": a name whose head
    /// word is a noun for an organisation that is no business (not a company's noun nor an outlet's, nor one a firm
    /// may bear: agency, trust, board, office, group).
    /// </summary>
    private static bool PublicBodyName(ArticleEntity e)
    {
        var last = HeadWord(e);
        return e.Name.Contains(' ', StringComparison.Ordinal) && SpeechLexicon.IsInstitutionNoun(last) && !SpeechLexicon.IsCompanyNoun(last) &&
            !Lexicon.Current.OutletNouns.Contains(last) && last is not ("agency" or "trust" or "board" or "office" or "institute" or "network" or "management" or "entity" or "body" or "organism" or "institution");
    }

    /// <summary>
    /// "the bank", "the club", "the airline": a company noun that says which kind of business, unlike "the company", "the
    /// firm", "the group" or "the drugmaker", which any business the article names may be.
    /// </summary>
    private static bool KindNoun(string noun) =>
        noun is not ("company" or "firm" or "group" or "corporation" or "conglomerate" or "multinational" or "giant" or "brand" or "label" or "chain" or "franchise" or "management") &&
        !noun.EndsWith("maker", StringComparison.Ordinal);

    private const int IntroductionReach = 6;

    /// <summary>
    /// The article names the organisation as a <paramref name="noun"/>: its name holds the word ("Deutsche Bank", "Privredna
    /// Banka Zagreb", "Harlow Rovers Football Club"), a club's type says it, or the noun stands next to a mention of it: before
    /// ("the Swiss bank UBS", "lender Quintbank") or in an apposition after (", Croatia's largest bank,", "the Fanatik club").
    /// </summary>
    private bool NamedAs(ArticleEntity e, string noun)
    {
        if ((noun is "club" or "team" && e.Type == "sports-club") || NameHolds(e.Name, noun) ||
            (e.Name.Contains(' ', StringComparison.Ordinal) && SameKind(LastWord(e), noun)))
        {
            return true;
        }

        foreach (var q in _a.Paragraphs)
        {
            var t = q.Tokens;
            foreach (var m in q.Mentions)
            {
                if (m.EntityId != e.Id)
                {
                    continue;
                }

                // Before: up to four words up to the noun, after an optional comma ("US company Barr", "the Swiss bank UBS",
                // "Turkish football giants, Fenerbahce"); a sport names a club or team.
                var from = m.First > 0 && t[m.First - 1].Norm == "," ? m.First - 2 : m.First - 1;
                for (var k = from; k >= 0 && from - k < 4 && t[k].IsWord && q.MentionAt[k] < 0 && !SpeechLexicon.IsVerb(t[k].Norm); k--)
                {
                    if (SameKind(t[k].Norm, noun) || (noun is "club" or "team" && Lexicon.Current.SportNouns.Contains(t[k].Norm)))
                    {
                        return true;
                    }
                }

                // After: the noun itself ("the Fanatik club"), or an apposition that ends at a comma or the sentence's end.
                if (m.End < t.Count && SameKind(t[m.End].Norm, noun))
                {
                    return true;
                }

                // "Cipla, a company they founded in 1935": an apposition that opens with an article and the noun.
                if (m.End + 2 < t.Count && t[m.End].Norm == "," && t[m.End + 1].Norm is "a" or "an" or "the" && SameKind(t[m.End + 2].Norm, noun))
                {
                    return true;
                }

                if (m.End + 1 < t.Count && t[m.End].Norm == ",")
                {
                    for (var k = m.End + 1; k < t.Count && k <= m.End + IntroductionReach && t[k].Norm is not ("," or "." or ";" or "(") &&
                        !(t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm)); k++)
                    {
                        if (SameKind(t[k].Norm, noun) && (k + 1 >= t.Count || t[k + 1].Norm is "," or "." or ";" or "(" or "based" or "that" or "which" or "with" or "in" or "of"))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The same noun, or two nouns for one kind of business: a bank is a lender, an airline a carrier, a club a team.</summary>
    private static bool SameKind(string word, string noun) =>
        word == noun || (word, noun) is ("bank", "lender") or ("lender", "bank") or ("airline", "carrier") or ("carrier", "airline") or ("club", "team") or ("team", "club") or
            ("management" or "capital" or "partners" or "investments", "fund"); // "Elliott Investment Management" … "the hedge fund"

    /// <summary>
    /// "Premier League" for "the club", "Harbour Bank" for "the airline": a name that ends in a word for another kind of
    /// organisation is not the one the noun describes.
    /// </summary>
    private static bool NamedOtherKind(ArticleEntity e, string noun)
    {
        var last = LastWord(e);
        return last != noun && !SameKind(last, noun) && (SpeechLexicon.IsCompanyNoun(last) || SpeechLexicon.IsInstitutionNoun(last) || last is "league" or "federation" or "association");
    }

    /// <summary>
    /// The word that says what kind of organisation the entity is, folded: the one before the first "of" ("ministry" of
    /// "Ministry of Mines", "bank" of "Bank of England"), else the last ("bank" of "Harbour Bank").
    /// </summary>
    private static string HeadWord(ArticleEntity e)
    {
        var of = e.Name.IndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0)
        {
            return LastWord(e);
        }

        var space = e.Name.LastIndexOf(' ', of - 1);
        return Text.FoldedWords.Fold(e.Name.AsSpan(space + 1, of - space - 1));
    }

    /// <summary>The last word of the entity's name, folded ("bank" of "Harbour Bank"); the whole name for a one-word one.</summary>
    private static string LastWord(ArticleEntity e)
    {
        var space = e.Name.LastIndexOf(' ');
        return Text.FoldedWords.Fold(space >= 0 ? e.Name.AsSpan(space + 1) : e.Name.AsSpan());
    }

    /// <summary>A word of the name is the noun or opens with it ("Banka" for "bank").</summary>
    private static bool NameHolds(string name, string noun)
    {
        foreach (var word in TextFold.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == noun || (noun.Length >= 4 && word.Length <= noun.Length + 2 && word.StartsWith(noun, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "… the bank said. … Quintbank, the country's largest lender, …": no organisation named as the noun before the
    /// reference, the first one named as such after it, in this paragraph or the next two.
    /// </summary>
    private string? NamedAsNext(Paragraph p, int det, string noun)
    {
        var at = _a.Paragraphs.IndexOf(p);
        for (var pi = at; pi < _a.Paragraphs.Count && pi <= at + 2; pi++)
        {
            foreach (var m in _a.Paragraphs[pi].Mentions)
            {
                if ((pi > at || m.First > det) && _a.Entities.TryGetValue(m.EntityId, out var e) && Business(e) && NamedAs(e, noun))
                {
                    return e.Id;
                }
            }
        }

        return null;
    }

    /// <summary>The entities mentioned before token <paramref name="from"/> of paragraph <paramref name="p"/> (number <paramref name="at"/>).</summary>
    internal HashSet<string> NamedBefore(int at, Paragraph p, int from)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var pi = 0; pi < at; pi++)
        {
            foreach (var m in _a.Paragraphs[pi].Mentions)
            {
                named.Add(m.EntityId);
            }
        }

        foreach (var m in p.Mentions)
        {
            if (m.First < from)
            {
                named.Add(m.EntityId);
            }
        }

        return named;
    }

    /// <summary>
    /// "A board official expressed frustration …" ¶ "“…,” the official said.": an unnamed official introduced as an
    /// organisation's, by its name or a noun for it, in this paragraph or the one before, is the organisation's when
    /// "the official" speaks again; null when no such introduction comes first.
    /// </summary>
    private string? BodyOfIntroduced(Paragraph p, int det, string noun, int back = 1, string? country = null)
    {
        var at = _a.Paragraphs.IndexOf(p);
        for (var pi = at; pi >= 0 && pi >= at - back; pi--)
        {
            var q = _a.Paragraphs[pi];
            var t = q.Tokens;
            var stop = pi == at ? det : t.Count;
            for (var k = stop - 2; k >= 1; k--)
            {
                if (t[k + 1].Norm != noun || q.InQuote[k])
                {
                    continue;
                }

                var mention = q.MentionAt[k] >= 0 ? q.Mentions[q.MentionAt[k]] : null;
                var first = mention?.First ?? k;
                if (first < 1 || t[first - 1].Norm is not ("a" or "an"))
                {
                    continue;
                }

                if (country is not null)
                {
                    continue; // (only a body named with the country, below)
                }

                if (mention is not null)
                {
                    // "a Northwind official", "a Pakistan Cricket Board official"
                    return _a.Entities.TryGetValue(mention.EntityId, out var named) && named.Kind == EntityKind.Institution ? mention.EntityId : null;
                }

                return !t[k].Cap && SpeechLexicon.IsInstitutionNoun(t[k].Norm) ? ResolveInstitutionNoun(t[k].Norm, null, null) : null;
            }

            // "The media advisor at the Interior Ministry denied …" ¶ "The media advisor also denied …": the noun with the
            // organisation after "at", "of", "for" or "from".
            for (var k = 0; k + 2 < stop; k++)
            {
                if (t[k].Norm != noun || q.InQuote[k] || t[k + 1].Norm is not ("at" or "of" or "for" or "from"))
                {
                    continue;
                }

                var named = t[k + 2].Norm == "the" ? k + 3 : k + 2;
                // "A rep for Jane Roe told …" ¶ "“…,” the rep said.": one who speaks for a person speaks as that person.
                if (named < stop && q.MentionAt[named] >= 0 && q.Mentions[q.MentionAt[named]] is { } body && body.First == named &&
                    _a.Entities.TryGetValue(body.EntityId, out var organisation) &&
                    ((organisation.Kind == EntityKind.Institution && !organisation.IsMedia) ||
                     (organisation.Kind == EntityKind.Person && country is null && t[k + 1].Norm == "for" && Lexicon.Current.ProxyNouns.Contains(noun))) &&
                    (country is null || organisation.CountryPlaceId == country ||
                     (_a.Entities.TryGetValue(country, out var land) && organisation.Name.Contains(land.Name, StringComparison.Ordinal))))
                {
                    return body.EntityId;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "A senior official quoted by the outlet said …" earlier in this paragraph or the one before, with no name beside it:
    /// a later "the official" is that unnamed person.
    /// </summary>
    private bool UnnamedIntroduced(Paragraph p, int det, string noun)
    {
        var at = _a.Paragraphs.IndexOf(p);
        for (var pi = at; pi >= 0 && pi >= at - 1; pi--)
        {
            var q = _a.Paragraphs[pi];
            var t = q.Tokens;
            var stop = pi == at ? det : t.Count;
            for (var k = 0; k + 1 < stop; k++)
            {
                if (t[k].Norm is not ("a" or "an") || q.InQuote[k])
                {
                    continue;
                }

                for (var j = k + 1; j < stop && j <= k + 3; j++)
                {
                    if (q.MentionAt[j] >= 0 || (t[j].Norm != noun && SpeechLexicon.IsInstitutionNoun(t[j].Norm)))
                    {
                        break; // "a Northwind official", "a Ministry spokesperson": named by its organisation
                    }

                    if (t[j].Norm == noun)
                    {
                        var named = j + 2 < t.Count && t[j + 1].Norm == "," && q.MentionAt[j + 2] >= 0;
                        if (!named)
                        {
                            return true;
                        }

                        break;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "officials", "authorities", "police", "investigators", "law enforcement" (after an optional "the"): the one
    /// organisation the article names that is neither an outlet nor a government, and nothing when it names several;
    /// "prosecutors": the one prosecuting office it names.
    /// </summary>
    public (string, int, int)? Authority(Paragraph p, int k, int to)
    {
        var t = p.Tokens;
        var at = k < to && t[k].Norm == "the" ? k + 1 : k;
        if (NamedBodysOfficials(p, at, to) is var (body, bodyEnd))
        {
            return (body, k, bodyEnd);
        }

        // "Prosecutors claim that …", "federal prosecutors said": the one prosecuting office the article names.
        var prosecutors = at < to && t[at].Norm is "federal" or "state" or "county" && at + 1 < to && t[at + 1].Norm == "prosecutors" ? at + 1 : at;
        if (prosecutors < to && t[prosecutors].Norm == "prosecutors" && !(prosecutors + 1 < to && (t[prosecutors + 1].Norm is "of" or "for" || p.MentionAt[prosecutors + 1] >= 0)) &&
            ProsecutingOffice() is { } office)
        {
            return (office, k, prosecutors + 1);
        }

        var end = at < to && t[at].Norm is "officials" or "authorities" or "police" or "investigators" ? at + 1
            : at + 1 < to && t[at].Norm == "law" && t[at + 1].Norm == "enforcement" ? at + 2 : -1;
        // "Police commander Joseph Mwangi said …": a title and a name after the word make it the person's description.
        if (end < 0 || (end < to && (t[end].Norm == "of" || p.MentionAt[end] >= 0 || (t[end].Cap && t[end].IsWord) || NameWords.IsTitle(t[end]))))
        {
            return null;
        }

        return SoleOrganisation(policeOnly: t[at].Norm == "police") is { } sole ? (sole, k, end) : null;
    }

    /// <summary>
    /// The one organisation of the article whose name says it prosecutes ("Harbour County State Attorney's Office", "Office
    /// of the Director of Public Prosecutions", "the Prosecution Service"); null when none or several do.
    /// </summary>
    private string? ProsecutingOffice() => SoleInstitution(static e =>
        NameHoldsWord(e.Name, "attorney") || NameHoldsWord(e.Name, "prosecutor") || NameHoldsWord(e.Name, "prosecutors") ||
        NameHoldsWord(e.Name, "prosecutions") || NameHoldsWord(e.Name, "prosecution"));

    /// <summary>The one organisation of the article, named in the text and no outlet, that fits; null when none or several do.</summary>
    private string? SoleInstitution(Func<ArticleEntity, bool> fits)
    {
        string? found = null;
        foreach (var e in _a.Entities.Values)
        {
            if (e.Kind == EntityKind.Institution && e.MentionCount > 0 && !e.IsMedia && fits(e))
            {
                if (found is not null && found != e.Id)
                {
                    return null;
                }

                found = e.Id;
            }
        }

        return found;
    }

    /// <summary>
    /// "town officials have maintained …", "sheriff's officials denied …": a lower-case word for a body, then its officials,
    /// are the one organisation of the article whose name holds that word ("Town of Quispamsis", "Orange County Sheriff's
    /// Department"); null when none or several do.
    /// </summary>
    private (string, int)? NamedBodysOfficials(Paragraph p, int at, int to)
    {
        var t = p.Tokens;
        var officials = at + 1 < to && t[at + 1].Norm == "'s" ? at + 2 : at + 1;
        if (officials >= to || !t[at].IsWord || (t[at].Cap && !EntityDiscovery.SentenceOpener(t, at)) || t[officials].Norm is not ("officials" or "authorities") ||
            (officials + 1 < to && (t[officials + 1].Norm == "of" || p.MentionAt[officials + 1] >= 0)) ||
            t[at].Norm is "government" or "state" or "federal" or "local" or "senior" or "top" or "other" or "some" or "many" or "two" or "three")
        {
            return null;
        }

        return SoleInstitutionNamedWith(t[at].Norm) is { } found ? (found, officials + 1) : null;
    }

    // (its own method: the lambda's closure is made only when a body's officials were found, not for every phrase asked about)
    private string? SoleInstitutionNamedWith(string word) => SoleInstitution(e => NameHoldsWord(e.Name, word));

    /// <summary>"Town of Quispamsis" holds "town", "Orange County Sheriff's Department" holds "sheriff" (its possessive left off).</summary>
    private static bool NameHoldsWord(string name, string word)
    {
        foreach (var part in name.Split(' '))
        {
            if (part.Equals(word, StringComparison.OrdinalIgnoreCase) || part.TrimEnd('\'', '\u2019', 's').Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one organisation of the article (no outlet, government or generic noun), or null; with <paramref name="policeOnly"/> only a police force ("the Oshkosh Police Department", not a football club).</summary>
    private string? SoleOrganisation(bool policeOnly = false)
    {
        string? sole = null;
        foreach (var e in _a.Entities.Values)
        {
            if (e.Kind == EntityKind.Institution && e.MentionCount > 0 && !e.IsMedia && e.Type != "government" && !e.IsGeneric &&
                (!policeOnly || e.Name.Contains("Police", StringComparison.OrdinalIgnoreCase) || e.Name.Contains("Sheriff", StringComparison.OrdinalIgnoreCase) ||
                 e.Name.Contains("Constabulary", StringComparison.OrdinalIgnoreCase) || e.Name.Contains("Command", StringComparison.Ordinal)))
            {
                if (sole is not null)
                {
                    return null;
                }

                sole = e.Id;
            }
        }

        return sole;
    }

    /// <summary>"The text of the Ministry": the owner named by a reference right after the document noun.</summary>
    private string? DocumentOwner(Paragraph p, int end, int to)
    {
        var t = p.Tokens;
        if (end + 2 < to && t[end].Norm is "of" or "from" or "by" && t[end + 1].Norm is "the" && SpeechLexicon.IsInstitutionNoun(t[end + 2].Norm))
        {
            return ResolveInstitutionNoun(t[end + 2].Norm, null, null);
        }

        return null;
    }

    /// <summary>
    /// "The spokesperson of the Harbour Ministry contradicted …", then "the spokesperson said …": an unnamed spokesperson
    /// speaks for the organisation that last spoke (not an outlet that reported it).
    /// "The British spokesman said" speaks for an organisation of that country: the last of them named, else its government,
    /// never the last speaker of another country ("Iraqi police").
    /// </summary>
    private string? SpokespersonsPrincipal(string noun, string? place = null)
    {
        if (!IsSpokesNoun(noun))
        {
            return null;
        }

        if (place is null)
        {
            // "said an Exxaro spokesperson" … "the spokesperson said": the one an unnamed spokesperson last spoke for, then
            // the organisation that spoke last.
            return discourse.SpokesPrincipal ?? (discourse.LastOtherSpeaker is { } other && !_a.Entities[other].IsMedia ? other : null);
        }

        return discourse.LastOtherSpeaker is { } last && _a.Entities[last] is { IsMedia: false } e && e.CountryPlaceId == place
            ? last
            : discourse.Latest(e => e.Kind == EntityKind.Institution && !e.IsMedia && e.CountryPlaceId == place) ?? _a.GovernmentOf(place);
    }

    /// <summary>A portfolio word between the determiner and the role noun ("the health secretary", "the foreign minister"), or null.</summary>
    private static string? PortfolioBetween(List<Token> t, int det, int noun)
    {
        for (var k = det + 1; k < noun; k++)
        {
            if (Lexicon.Current.PortfolioWords.Contains(t[k].Norm) && t[k].Norm is not ("public" or "affairs"))
            {
                return t[k].Norm;
            }
        }

        return null;
    }

    /// <summary>
    /// "a statement made available to the paper on Monday, and signed by …": within a dozen words after the document noun,
    /// past a participle phrase of how it was sent, "signed by" or "issued by"; the "by", or -1.
    /// </summary>
    private static int LaterSignedBy(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        if (from >= to || !(t[from].Norm.EndsWith("ed", StringComparison.Ordinal) || t[from].Norm is "made" or "sent" or "given" or "written" or "shown"))
        {
            return -1; // only after a participle phrase ("made available to …", "sent to …", "released on …")
        }

        for (var k = from + 1; k + 1 < to && k < from + 14; k++)
        {
            if (p.InQuote[k] || t[k].Norm is "." or ";" or ":" || (t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm) && t[k].Norm is not ("signed" or "issued")))
            {
                return -1;
            }

            if (t[k].Norm is "signed" or "issued" && t[k + 1].Norm == "by")
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>"the prime minister", "the vice president": the office with its first word (which "minister" and "president" alone do not fit).</summary>
    private static string RoleNoun(List<Token> t, int det, int noun) =>
        noun > det + 1 && t[noun - 1].Norm is "prime" or "vice" ? t[noun - 1].Norm + " " + t[noun].Norm : WithoutEx(t[noun].Norm);

    /// <summary>
    /// "ministers", "senators", "governors": the plural of an office's title, several people (so "The three Government
    /// ministers rejected …" is not the government speaking). Not "officials", which speak for their organisation.
    /// </summary>
    private static bool PluralOfRoleTitle(string norm) =>
        norm.Length > 4 && norm[^1] == 's' && (s_rolePlurals ??= Entities.NameWords.PersonTitles.Select(x => x + "s").ToFrozenSet(StringComparer.Ordinal)).Contains(norm);

    // The plurals, built once: a substring per plural word of every reference phrase had cost about 9% more allocation.
    private static FrozenSet<string>? s_rolePlurals;

    /// <summary>"ex-mayor" (one token) without its prefix, "mayor"; <see cref="FormerBetween"/> reads the prefix as "former".</summary>
    private static string WithoutEx(string norm) => norm.Length > 3 && norm.StartsWith("ex-", StringComparison.Ordinal) ? norm[3..] : norm;

    internal static bool IsSpokesNoun(string noun) => noun is "spokesperson" or "spokesman" or "spokeswoman";

    /// <summary>
    /// The person the article names as the spokesperson of <paramref name="institution"/>: named before for "the UN
    /// spokesman", named next in the lead for "a foreign ministry spokesperson"; a person tied to another organisation
    /// is not that one's spokesperson, nor, for "the …", one the text ties to no organisation.
    /// </summary>
    public string? SpokespersonOf(Paragraph p, bool indefinite, int end, string noun, string institution)
    {
        // A government's spokesperson is one of that country's officials ("the Kremlin spokesman": Peskov, of the Kremlin office).
        _a.Entities.TryGetValue(institution, out var principal);
        // "Police Public Relations Officer, Moshood Jimoh" serves the Nigeria Police: his office names its last word, and he
        // belongs to no other body.
        bool Serves(ArticleEntity e) => e.Memberships.Exists(m => m.InstitutionId == institution) ||
            (principal is { Type: "government", CountryPlaceId: { } country } && e.CountryPlaceId == country) ||
            (e.Memberships.Count == 0 && principal is not null && e.Role is { } role && RoleNamesBody(role, principal.Name));
        if (indefinite)
        {
            // The lead names its speaker next: someone new with that role, tied to no other organisation.
            var next = PersonNamedNext(p, end, noun, null, newOnly: true);
            return next is not null && _a.Entities.TryGetValue(next, out var named) && (named.Memberships.Count == 0 || Serves(named)) ? next : null;
        }

        return discourse.Latest(e => e.Kind == EntityKind.Person && RoleFitsNoun(e, noun) && Serves(e));
    }

    /// <summary>The office's words hold the last word of the body's name ("Police Public Relations Officer", "Nigeria Police").</summary>
    private static bool RoleNamesBody(string role, string body)
    {
        var last = body.AsSpan(body.LastIndexOf(' ') + 1);
        foreach (var range in role.AsSpan().Split(' '))
        {
            if (last.Length > 2 && role.AsSpan(range).Equals(last, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "IBM denied the report. … “…,” a spokesman said.": a spokesperson nobody names speaks for the organisation (or
    /// person) that last spoke, else for the only organisation the article names. Only a bare "a spokesman": one with
    /// words of its own ("a Buckingham Palace spokesman", "a party spokesman", "a spokesperson of the interior ministry")
    /// speaks for someone else.
    /// </summary>
    private string? IndefiniteSpokesperson(Paragraph p, int det, int end, int to)
    {
        var t = p.Tokens;
        return end == det + 2 && IsSpokesNoun(t[end - 1].Norm) &&
            !(end < to && t[end].Norm is "of" or "for" or "from" or "at" or "to" or "in")
            ? SpokespersonsPrincipal(t[end - 1].Norm) ?? SoleOrganisation()
            : null;
    }

    public string? ResolvePersonNoun(string noun, string? place, string? modifier, bool former = false, string? portfolio = null)
    {
        // "the CS said" is the one who holds the office, not a "former CS" of the same article ("the former CS" is).
        // "the health secretary" is one whose role names health, not the prime minister a kin title would fit.
        bool RoleFits(ArticleEntity e) => RoleFitsNoun(e, noun) && (former || !FormerOnly(e, noun)) && (portfolio is null || RoleFitsNoun(e, portfolio));
        if (place is not null)
        {
            return discourse.Latest(e => e.Kind == EntityKind.Person && e.CountryPlaceId == place && RoleFits(e))
                ?? discourse.Latest(e => e.Kind == EntityKind.Person && e.CountryPlaceId == place && e.Role is null && e.TextRoles.Count == 0)
                ?? discourse.Latest(e => e.Kind == EntityKind.Person && RoleFits(e));
        }

        if (modifier is not null && _a.Entities[modifier].Kind == EntityKind.Person)
        {
            return modifier;
        }

        // A description fits someone by role, or no one: never merely the last person who spoke ("the official" after "a
        // senior official quoted by the outlet", "the diplomat" in an article whose only person is a harbour pilot).
        // Of two ministers named, "the minister" is the one the text is about: the one named most often, the latest of equals.
        return discourse.MostNamed(e => e.Kind == EntityKind.Person && RoleFits(e)) ?? (former ? null : _leadHolders.GetValueOrDefault(noun));
    }

    private readonly Dictionary<string, string> _leadHolders = new(StringComparer.Ordinal);

    /// <summary>
    /// "The Minister for Justice has accused a Sunday newspaper …" ¶ "In a statement, Alan Shatter denied …": an office the
    /// lead names as a title ("the" and a capitalised title noun) and nobody the text gives it to is held by the first
    /// person named after it, in the lead or the next paragraph, who was not named before and has no role of their own;
    /// a later "the minister" is that person too. Never a plain description ("the official", "the lawyer"), nor a
    /// lower-case "the minister" of a lead.
    /// </summary>
    private string? LeadOfficeHolder(Paragraph p, int det, int from, string noun)
    {
        if (p.Tokens[det].Norm != "the" || from < 1 || !p.Tokens[from - 1].Cap || !Lexicon.Current.PersonTitles.Contains(noun) || _leadHolders.ContainsKey(noun))
        {
            return null;
        }

        var at = _a.Paragraphs.IndexOf(p);
        for (var pi = 0; pi < at; pi++)
        {
            if (!_a.Paragraphs[pi].IsHeading)
            {
                return null; // only the first paragraph of the body
            }
        }

        var before = NamedBefore(at, p, from);
        for (var pi = at; pi < _a.Paragraphs.Count && pi <= at + 1; pi++)
        {
            foreach (var m in _a.Paragraphs[pi].Mentions)
            {
                if ((pi == at && m.First < from) || before.Contains(m.EntityId) || !_a.Entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Person)
                {
                    continue;
                }

                if ((e.Role is { } role && !EntityDiscovery.Honorific(TextFold.Fold(role))) || e.TextRoles.Any(r => !EntityDiscovery.Honorific(r)))
                {
                    return null; // the first person named next holds an office of their own
                }

                _leadHolders[noun] = e.Id;
                return e.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// A lead that names its speaker only later ("Cuba's top diplomat said …" / "A federal judge rejected …", then
    /// "Foreign Minister Bruno Rodríguez", "Judge Helen Marsh"): the first person of that country, or with that role,
    /// named in this paragraph or the next two. Used only when no one fitting was named before.
    /// </summary>
    public string? PersonNamedNext(Paragraph p, int from, string noun, string? place, bool newOnly = false, string? portfolio = null)
    {
        var at = _a.Paragraphs.IndexOf(p);
        if (newOnly)
        {
            // After "a senior official": only someone not named before can be that new person, and only a lead (the first
            // paragraph of the body) names its speaker later ("A senior diplomat told AP on Monday that …", the name two sentences on); deeper in the
            // article an unnamed official stays unnamed.
            var body = 0;
            for (var pi = 0; pi < at; pi++)
            {
                body += _a.Paragraphs[pi].IsHeading ? 0 : 1;
            }

            if (body > 0)
            {
                return null;
            }

            // Further on (up to four paragraphs), only a person the text gives that very role: "A Kenyan opposition spokesman
            // said …" … "Dennis Onyango, a spokesman for veteran opposition leader Raila Odinga".
            var before = NamedBefore(at, p, from);
            for (var pi = at; pi >= 0 && pi < _a.Paragraphs.Count && pi <= at + 4; pi++)
            {
                foreach (var m in _a.Paragraphs[pi].Mentions)
                {
                    if ((pi == at && m.First < from) || before.Contains(m.EntityId) || !_a.Entities.TryGetValue(m.EntityId, out var e) ||
                        e.Kind != EntityKind.Person)
                    {
                        continue;
                    }

                    // ("A top Argentine official denied …" ¶ "… Deputy Economy Minister Axel Kicillof said": of that country, or of
                    // none the text gives and in a role that fits)
                    if (pi <= at + 2 ? (place is not null ? e.CountryPlaceId == place || (e.CountryPlaceId is null && RoleFitsNoun(e, noun) && !OtherCountryInTitle(_a.Paragraphs[pi], m, place))
                        : RoleFitsNoun(e, noun))
                        : e.TextRoles.Any(r => r.Contains(noun, StringComparison.Ordinal)))
                    {
                        return e.Id;
                    }
                }
            }

            return null;
        }

        for (var pi = at; pi >= 0 && pi < _a.Paragraphs.Count && pi <= at + 2; pi++)
        {
            foreach (var m in _a.Paragraphs[pi].Mentions)
            {
                if ((pi == at && m.First < from) || !_a.Entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Person)
                {
                    continue;
                }

                // "Kenya's interior minister … ¶ Cabinet Secretary Joseph Nkaissery …": of that country, or of none the text
                // gives and in a role that fits.
                var fits = place is not null ? e.CountryPlaceId == place || (e.CountryPlaceId is null && RoleFitsNoun(e, noun))
                    : RoleFitsNoun(e, noun) && (portfolio is null || RoleFitsNoun(e, portfolio));
                if (fits)
                {
                    return e.Id;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Chile's Deputy Ports Minister Maria Okafor", "Chilean Deputy Minister X": a country, or its people's name, other than
    /// <paramref name="place"/> in the capitalised title words right before the person's mention.
    /// </summary>
    private bool OtherCountryInTitle(Paragraph p, Mention m, string place)
    {
        var t = p.Tokens;
        for (var k = m.First - 1; k >= 0 && k >= m.First - 6; k--)
        {
            if (p.MentionAt[k] >= 0)
            {
                var other = p.Mentions[p.MentionAt[k]];
                return _a.Entities.TryGetValue(other.EntityId, out var e) && (e.Kind == EntityKind.Place || e.Type == "government") &&
                    (e.CountryPlaceId ?? e.Id) != place;
            }

            if (t[k].Cap && _a.CountryOfDemonym(t[k].Norm) is { } demonymOf)
            {
                return demonymOf != place;
            }

            if (!(t[k].IsWord && t[k].Cap) && t[k].Norm != "'s")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A description noun fits a person whose role, the registry's or one the text gives, contains it or a word of its
    /// kin ("the diplomat": a vice chancellor, an ambassador).
    /// </summary>
    internal static bool RoleFitsNoun(ArticleEntity e, string noun)
    {
        Lexicon.Current.RoleKin.TryGetValue(noun, out var kin);
        bool Fits(string role)
        {
            var folded = TextFold.Fold(role);
            // "the minister" is not the prime minister, "the president" not the vice president: a higher or lower office
            // of its own, which the text would name as such ("the prime minister", "the vice president"); nor is it a
            // state's or a nation's head of government ("the chief minister", "the first minister").
            folded = noun switch
            {
                "minister" => folded.Replace("prime minister", "premier", StringComparison.Ordinal).Replace("chief minister", "premier", StringComparison.Ordinal)
                    .Replace("first minister", "premier", StringComparison.Ordinal),
                "president" => folded.Replace("vice president", "deputy", StringComparison.Ordinal).Replace("vice-president", "deputy", StringComparison.Ordinal),
                _ => folded,
            };

            if (folded.Contains(noun, StringComparison.Ordinal))
            {
                return true;
            }

            if (kin is not null)
            {
                foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (kin.Contains(word))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        if (e.Role is { } r && Fits(r))
        {
            return true;
        }

        foreach (var role in e.TextRoles)
        {
            if (Fits(role))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every role of the person that fits the noun is a past one ("former CS", "ex-minister").</summary>
    private static bool FormerOnly(ArticleEntity e, string noun)
    {
        var any = false;
        foreach (var role in e.Role is { } r ? e.TextRoles.Append(r) : e.TextRoles)
        {
            var folded = TextFold.Fold(role);
            if (!folded.Contains(noun, StringComparison.Ordinal))
            {
                continue;
            }

            if (!(folded.StartsWith("former ", StringComparison.Ordinal) || folded.StartsWith("ex-", StringComparison.Ordinal) || folded.StartsWith("ex ", StringComparison.Ordinal)))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>"the former CS", "an ex-minister": a word of past office between the determiner and the noun.</summary>
    private static bool FormerBetween(List<Token> t, int det, int noun)
    {
        for (var k = det + 1; k <= noun; k++)
        {
            if (t[k].Norm is "former" or "ex" or "ex-" || t[k].Norm.StartsWith("ex-", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public string? ResolveInstitutionNoun(string noun, string? place, string? modifier)
    {
        // "the Barclays Premier League club": a league before "club" or "team" says which league the club plays in; the
        // club is the one speaking, not the league.
        if (modifier is not null && _a.Entities[modifier].Kind == EntityKind.Institution && !(SpeechLexicon.IsCompanyNoun(noun) && LeagueName(_a.Entities[modifier].Name)))
        {
            return modifier;
        }

        if (IsGovernmentNoun(noun))
        {
            var byPlace = place is not null ? _a.GovernmentOf(place) : null;
            // Else the government of the country the article is about, or, when it names none, of the country whose
            // national domain publishes it ("Government notes the article …" on gcis.gov.za); a country the text names
            // only in passing (one place, "… would give Muscat the opportunity") does not outweigh the publisher's own
            // ("A government spokesperson has rubbished …" on a .mt site).
            return byPlace ?? CurrentSourceOr(e => e.Type == "government") ??
                (_a.HomeCountry is { } home && _a.DominantCountryWeight <= 2 ? _a.GovernmentOf(home)
                    : _a.DominantCountry is { } c ? _a.GovernmentOf(c) : null);
        }

        if (noun == "ministry")
        {
            // "This Ministry rejects …" in a release on a foreign ministry's own site, which names no ministry: that one.
            return (place is not null ? _a.Registry.ForeignMinistryOf(place) : null) ??
                CurrentSourceOr(e => e.Kind == EntityKind.Institution && (e.Type == "foreign-ministry" || e.Name.Contains("Ministry", StringComparison.Ordinal))) ??
                (_a.ForeignMinistrySite && _a.HomeCountry is { } home ? _a.ForeignMinistryOf(home) : null);
        }

        // "the management" alone runs the organisation the article is about (a business, a hospital, a university, a club),
        // and speaks as it does; never a government's or an outlet's.
        if (noun == "management")
        {
            return CurrentSourceOr(e => e.Kind == EntityKind.Institution && !e.IsMedia && !e.IsGeneric && e.Type is not ("government" or "party"));
        }

        // "the company", "the club": the last organisation that is not a government or an outlet; other nouns must be in the name.
        if (SpeechLexicon.IsCompanyNoun(noun))
        {
            // "the bank", "the club": the organisation speaking, unless the text shows it is some other kind of business; else
            // only one the article names as that kind, never merely the last business named.
            if (KindNoun(noun))
            {
                return discourse.LastOtherSpeaker is { } talking && _a.Entities.TryGetValue(talking, out var source) && Business(source) &&
                    ((source.Type is null && !NamedOtherKind(source, noun)) || NamedAs(source, noun))
                    ? talking
                    : discourse.Latest(e => Business(e) && NamedAs(e, noun));
            }

            // A name the text shows to be a business (a ticker, a corporate suffix) comes before one of unknown kind: in
            // "GlaxoSmithKline (GSK.L) … its drug Avandia … The drugmaker said" the drugmaker is not the drug.
            // "the Palestinian group" is none of another country's ("the Israeli army").
            return discourse.LastOtherSpeaker is { } current && _a.Entities.TryGetValue(current, out var speaking) && Business(speaking) && !OfOtherCountry(speaking, place)
                ? current
                : discourse.Latest(e => Business(e) && !OfOtherCountry(e, place) && NamedAs(e, noun)) ??
                  discourse.Latest(e => Business(e) && e.Type is not null && !OfOtherCountry(e, place)) ?? discourse.Latest(e => Business(e) && !OfOtherCountry(e, place));
        }

        // "the newspaper", "the paper", "the broadcaster": the outlet speaking, else the last one named.
        if (Lexicon.Current.OutletNouns.Contains(noun) && noun is not ("agency" or "station" or "site" or "portal"))
        {
            // "the mag", "the magazine": a magazine the outlet table knows before any other outlet ("… told the Daily News.
            // According to the mag, …" is Us Weekly's report, named earlier).
            return (noun is "magazine" or "mag" ? CurrentSourceOr(e => e.Kind == EntityKind.Institution && Gazetteer.Default.Outlets.ById(e.Id) is { Type: OutletType.Magazine }) : null) ??
                CurrentSourceOr(e => e.Kind == EntityKind.Institution && e.IsMedia);
        }

        // ("the health body said" after an Indian government official spoke is the WHO named before: a body, an entity or an
        // institution is an organisation, never a government)
        if (noun is "entity" or "body" or "organism" or "institution")
        {
            return CurrentSourceOr(e => e.Kind == EntityKind.Institution && e.Type != "government");
        }

        // "the regulator", "the watchdog": a commission, authority or board the article names ("the Harbour Aviation
        // Commission … The regulator said …"), not merely the last organisation.
        if (noun is "regulator" or "watchdog")
        {
            return CurrentSourceOr(e => e.Kind == EntityKind.Institution && (NameHoldsNoun(e, noun) || RegulatorName(e.Name)));
        }

        // "the organization notes …", "the nonprofit said", "the NGO said": a body whose name holds the noun, else a
        // non-governmental organisation the registry knows ("Amnesty International"), else the one speaking or named last
        // that is no business, government, party or outlet.
        if (noun is "organization" or "organisation" or "nonprofit" or "non-profit" or "ngo")
        {
            return CurrentSourceOr(e => e.Kind == EntityKind.Institution && NameHoldsNoun(e, noun)) ?? CivilSocietySource();
        }

        return CurrentSourceOr(e => e.Kind == EntityKind.Institution && NameHoldsNoun(e, noun));
    }

    /// <summary>
    /// The body of civil society a noun for one refers to: a non-governmental organisation the registry knows, speaking or
    /// named last, else a <see cref="CivilBody">body of no business's or public body's name</see>.
    /// </summary>
    private string? CivilSocietySource() =>
        CurrentSourceOr(e => e.Kind == EntityKind.Institution && e.Type == "ngo") ?? CurrentSourceOr(CivilBody);

    /// <summary>
    /// A body of civil society: an organisation of no known kind, or a non-governmental, international or sports one, whose
    /// name is no business's (no company's noun or legal suffix as its head) nor a public body's or a school's.
    /// </summary>
    private static bool CivilBody(ArticleEntity e)
    {
        if (e.Kind != EntityKind.Institution || e.IsMedia || e.IsGeneric || e.Type is not (null or "ngo" or "international" or "sports-body"))
        {
            return false;
        }

        var last = HeadWord(e);
        return !SpeechLexicon.IsCompanyNoun(last) && !NameWords.CorporateSuffixes.Contains(last) && !Lexicon.Current.FirmSuffixes.Contains(last) &&
            last is not ("ministry" or "department" or "government" or "regime" or "administration" or "police" or "army" or "military" or "court" or
                "tribunal" or "parliament" or "senate" or "congress" or "assembly" or "cabinet" or "embassy" or "presidency" or "party" or "municipality" or
                "directorate" or "secretariat" or "prosecution" or "office" or "council" or "commission" or "authority" or "agency" or "university" or "school" or "hospital");
    }

    /// <summary>A regulator's name: a commission, an authority, a regulatory board, an ombudsman's office.</summary>
    private static bool RegulatorName(string name)
    {
        var folded = TextFold.Fold(name);
        return HeadNoun(folded, "commission") || HeadNoun(folded, "authority") || HeadNoun(folded, "board") || HeadNoun(folded, "ombudsman") ||
            folded.Contains("regulatory", StringComparison.Ordinal);
    }

    /// <summary>
    /// The organisation's name holds the noun, or the text described it so ("X, the agency representing …"); "the
    /// hospital" is also a medical centre, a clinic or an infirmary by name ("the University of Toledo Medical Center").
    /// </summary>
    private static bool NameHoldsNoun(ArticleEntity e, string noun)
    {
        var name = TextFold.Fold(e.Name);
        return HeadNoun(name, noun) || e.TextRoles.Contains(noun) || // "X, the agency representing …" is "the agency"
            AliasHoldsNoun(e, noun) || // "SANA", written "Syrian Arab News Agency", is "the agency"
            (noun == "hospital" && (name.Contains("medical center", StringComparison.Ordinal) || name.Contains("medical centre", StringComparison.Ordinal) ||
             name.Contains("clinic", StringComparison.Ordinal) || name.Contains("infirmary", StringComparison.Ordinal))) ||
            (noun == "district" && name.EndsWith(" public schools", StringComparison.Ordinal)); // "Norfolk Public Schools … the district said"
    }

    /// <summary>A name of several words the article writes for the organisation has the noun for its head.</summary>
    private static bool AliasHoldsNoun(ArticleEntity e, string noun)
    {
        foreach (var alias in e.Aliases)
        {
            if (alias.Contains(' ') && HeadNoun(TextFold.Fold(alias), noun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The noun is the name's head: its last word ("Ghana Police"), before "of", "for" or "on" ("Bank of England"), or before
    /// words of an organisation's kind only ("Ghana Police Service"); in "Kumasi Police Training School" police only says
    /// what the school trains, and "the police" is not it.
    /// </summary>
    private static bool HeadNoun(string name, string noun)
    {
        for (var at = name.IndexOf(noun, StringComparison.Ordinal); at >= 0; at = name.IndexOf(noun, at + 1, StringComparison.Ordinal))
        {
            var end = at + noun.Length;
            if ((at > 0 && name[at - 1] != ' ') || (end < name.Length && name[end] != ' '))
            {
                continue; // inside a longer word
            }

            if (HeadTail(name.AsSpan(end)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What follows a head noun in a name: nothing, "of"/"for"/"on" and more, or only words of an organisation's kind.</summary>
    private static bool HeadTail(ReadOnlySpan<char> rest)
    {
        var first = true;
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (first && (word is "of" or "for" or "on"))
            {
                return true;
            }

            first = false;
            if (word is not ("service" or "services" or "department" or "force" or "command" or "office" or "authority" or "agency" or "bureau" or
                "headquarters" or "directorate" or "division" or "unit" or "board" or "council"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An unqualified description ("the government", "the company") is the institution already speaking when it fits
    /// (the current source of the passage), not whichever fitting name the last sentence happened to mention in its
    /// content ("… escalation by the United States government. The government said …" is still Havana).
    /// </summary>
    private string? CurrentSourceOr(Func<ArticleEntity, bool> fits) =>
        discourse.LastOtherSpeaker is { } current && _a.Entities.TryGetValue(current, out var e) && fits(e) ? current : discourse.Latest(fits);

    /// <summary>
    /// "Lula's institute said", "Musk's company said": a lower-case organisation noun owned by a person is the
    /// institution of the article named after that person with that noun ("Lula Institute"), when there is one.
    /// </summary>
    internal static (string, int, int)? PossessedInstitution(ArticleAnalysis analysis, Paragraph p, Mention owner, int from, int to)
    {
        var t = p.Tokens;
        if (!analysis.Entities.TryGetValue(owner.EntityId, out var person) || person.Kind != EntityKind.Person)
        {
            return null;
        }

        for (var j = from; j < to && j < from + 3; j++)
        {
            if (!t[j].IsWord || t[j].Cap || p.MentionAt[j] >= 0)
            {
                return null;
            }

            var noun = t[j].Norm;
            if (!SpeechLexicon.IsInstitutionNoun(noun))
            {
                continue;
            }

            var ownerWords = TextFold.Fold(person.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).ToHashSet(StringComparer.Ordinal);
            ArticleEntity? named = null;
            foreach (var e in analysis.Entities.Values)
            {
                if (e.Kind != EntityKind.Institution)
                {
                    continue;
                }

                var words = TextFold.Fold(e.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Contains(noun) && words.Any(ownerWords.Contains))
                {
                    if (named is not null)
                    {
                        return null; // two candidates: no guess
                    }

                    named = e;
                }
            }

            return named is null ? null : (named.Id, owner.First, j + 1);
        }

        return null;
    }
}
