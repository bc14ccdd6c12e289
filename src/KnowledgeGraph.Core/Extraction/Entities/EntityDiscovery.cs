using KnowledgeGraph.Extraction.Attribution;
using KnowledgeGraph.Extraction.Entities.Gazetteers;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds people and institutions the registry lacks: names after titles ("Deputy Foreign Minister Carlos …",
/// "journalist Carlos Cabrera"), before appositions ("X, son of Y", "X, Cuba's Deputy Minister …"), before speech
/// verbs ("Jane Doe said"), after introducing nouns ("the newspaper X"), and capitalised runs with an institution
/// head word ("Ministry of Justice"). Linear: each token is visited a bounded number of times.
/// </summary>
internal static partial class EntityDiscovery
{
    public static void Discover(string text, Paragraph p, bool[] covered, EntityRegistry registry, ArticleWords words, List<DiscoveredName> found,
        Dictionary<string, EntityKind>? earlier = null)
    {
        var tokens = p.Tokens;
        List<(int Start, int End)>? unplaced = null;
        var i = 0;
        if (!p.IsHeading && LabelPerson(text, tokens, covered) is { } voice)
        {
            found.Add(voice); // "KELLYANNE CONWAY: No. …"
            i = voice.End;
        }
        else if (InvertedName(text, tokens, covered) is { } listed)
        {
            found.Add(listed); // "Howard, John Winston" on a line of its own
            i = listed.End;
        }
        else if (SignatureName(text, tokens, covered) is { } signed)
        {
            found.Add(signed); // "H.E JOHN OBIERO NYAGARAMA." under a statement
            i = signed.End;
        }

        while (i < tokens.Count)
        {
            if (!covered[i] && !p.IsHeading && (tokens[i].Norm is "ministry" or "authorities" || (tokens[i].Norm == "office" && i > 0 && tokens[i - 1].Norm == "foreign")) &&
                !tokens[i].Cap && LowerCaseMinistry(text, tokens, covered, i, registry, found, earlier) is { } ministry)
            {
                found.Add(ministry); // "Kenya's interior ministry", "the health ministry"
                i++;
                continue;
            }

            if (!covered[i] && !p.IsHeading && tokens[i].Norm == "embassy" && !tokens[i].Cap && CountryEmbassy(text, tokens, covered, i, registry) is { } embassy)
            {
                found.Add(embassy); // "the U.S. embassy in Havana", "a Kenyan embassy spokesperson"
                i = embassy.End;
                continue;
            }

            if (!covered[i] && !p.IsHeading && (tokens[i].Norm is "military" or "army" or "navy" || (tokens[i].Norm is "forces" or "troops" && SpeaksSoon(tokens, i + 1))) &&
                !tokens[i].Cap && CountryMilitary(text, tokens, covered, i, registry) is { } military)
            {
                found.Add(military); // "the U.S. military", "the UK army", "U.S. forces": the country's armed forces, not its government
                i++;
                continue;
            }

            if (!covered[i] && !p.IsHeading && i > 0 && tokens[i].IsWord && !tokens[i].Cap && DomainName(tokens[i].Norm) &&
                tokens[i - 1].Norm is "site" or "website" or "portal" or "outlet" or "blog")
            {
                // "Domestic news site huxiu.com said …": a site named by its address after the noun that introduces it.
                found.Add(new DiscoveredName(i, i + 1, EntityKind.Institution, text[tokens[i].Start..tokens[i].End]) { Type = "outlet" });
                i++;
                continue;
            }

            // "Senator Christopher “Bong” Go", "Ronald "Bato" dela Rosa": a nickname in quotation marks between a given name
            // and the surname belongs to one person, named without it.
            if (!p.IsHeading && NicknamedPerson(text, tokens, covered, i) is { } nicknamed)
            {
                found.Add(nicknamed);
                i = nicknamed.End;
                continue;
            }

            // "TV3 said …", "9News reported …": a broadcaster's brand of letters and digits in speaker position
            if (!p.IsHeading && DigitBrand(text, tokens[i]) && !covered[i] && SpeakerCue(tokens, i, i + 1) is not Cue.None)
            {
                found.Add(new DiscoveredName(i, i + 1, EntityKind.Institution, Join(text, tokens, i, i + 1))
                    { Type = tokens[i].Norm.Contains("news", StringComparison.Ordinal) || tokens[i].Norm.Contains("tv", StringComparison.Ordinal) ? "outlet" : null });
                i++;
                continue;
            }

            if (covered[i] || !tokens[i].IsWord || !tokens[i].Cap)
            {
                i++;
                continue;
            }

            // "The US Embassy in Kenya has dismissed …", "the Russian Embassy in Cuba said": a country's embassy named with the
            // place it is in, as "the U.S. embassy in Havana" is.
            if (!p.IsHeading && (tokens[i].Norm == "embassy" ? i : i + 1 < tokens.Count && tokens[i + 1].Norm == "embassy" ? i + 1 : i + 2 < tokens.Count && tokens[i + 2].Norm == "embassy" ? i + 2 : -1) is var capEmbassy and > 0 &&
                tokens[capEmbassy].Cap && HostPlaceAfter(tokens, capEmbassy + 1) && CountryEmbassy(text, tokens, covered, capEmbassy, registry) is { } named && (named.First == i || (named.First == i + 1 && tokens[i].Norm == "the")))
            {
                found.Add(named);
                i = named.End;
                continue;
            }

            if (PossessiveTitleEnd(tokens, i) is var titleEnd and > 0)
            {
                found.Add(new DiscoveredName(i, titleEnd, EntityKind.Institution, Join(text, tokens, i, titleEnd)) { Type = PublishedIn(tokens, i) ? "outlet" : null }); // "The Harbour's Voice"
                i = titleEnd;
                continue;
            }

            if (PossessiveFirmEnd(p, covered, i, words) is var firmEnd and > 0)
            {
                found.Add(new DiscoveredName(i, firmEnd, EntityKind.Institution, Join(text, tokens, i, firmEnd)) { Type = "company" }); // "Christie's said"
                i = firmEnd;
                continue;
            }

            if ((tokens[i].Norm == "the" ? i + 1 : i) is var officeAt && TitleOfficeEnd(tokens, covered, officeAt) is var officeEnd and > 0)
            {
                found.Add(new DiscoveredName(officeAt, officeEnd, EntityKind.Institution, Join(text, tokens, officeAt, officeEnd))); // "the Prime Minister's Office"
                i = officeEnd;
                continue;
            }

            if (RelayedAsBy(tokens, i) && OutletRunEnd(tokens, covered, i) is var relayEnd and > 0)
            {
                // "…, the agency stated, as translated by Soompi.", "as reported by Harbour Watch": the one that relayed it is an outlet.
                found.Add(new DiscoveredName(i, relayEnd, EntityKind.Institution, Join(text, tokens, i, relayEnd)) { Type = "outlet" });
                i = relayEnd;
                continue;
            }

            if (WebName(text, tokens[i]))
            {
                // "MSNBC.com reported", "TMZ.com said": a site named by its address is an outlet.
                found.Add(new DiscoveredName(i, i + 1, EntityKind.Institution, Join(text, tokens, i, i + 1)) { Type = "outlet" });
                i++;
                continue;
            }

            if ((QuotedAfterIntroducer(tokens, covered, i) is var quotedEnd and > 0) || (quotedEnd = QuotedBeforeCue(tokens, covered, i)) > 0)
            {
                found.Add(new DiscoveredName(i, quotedEnd, EntityKind.Institution, Join(text, tokens, i, quotedEnd))); // "the platform 'X'", "“Islamic Jihad” denied"
                i = quotedEnd;
                continue;
            }

            // "OSHKOSH, Wis. (WFRV) –": the state after the dateline's city, and the outlet it credits.
            if (StateAfterCity(text, tokens, i) is { } state)
            {
                found.Add(state);
                i = state.End;
                continue;
            }

            if (DatelineCredit(tokens, covered, i) is var creditEnd and > 0)
            {
                found.Add(new DiscoveredName(i, creditEnd, EntityKind.Institution, Join(text, tokens, i, creditEnd)) { Type = "outlet" });
                i = creditEnd;
                continue;
            }

            if (!p.IsHeading && SpelledByAcronym(text, tokens, i) is var spelledEnd and > 0)
            {
                // "Privredna Banka Zagreb (PBZ)": capitalised words whose initials the acronym after them spells, a place among them or not.
                found.Add(new DiscoveredName(i, spelledEnd, EntityKind.Institution, Join(text, tokens, i, spelledEnd)) { Acronym = AcronymAfter(text, tokens, spelledEnd) });
                i = spelledEnd;
                continue;
            }

            var institutionEnd = InstitutionRun(text, tokens, covered, i, p.IsHeading, out var instStart);
            if (institutionEnd > i && (ContinuesPersonTitle(tokens, instStart) ||
                (instStart > 0 && tokens[instStart - 1].Norm is "and" or "&" && PortfolioOpensAt(tokens, instStart) && CapitalisedTitleBefore(tokens, instStart))))
            {
                // "Minister of Energy and Mines": the portfolio of a title, not an institution; "Minister for Forests and
                // Energy P. Ramachandra Reddy": the portfolio, then the name, read next.
                var nameAt = NameAfterPortfolioWords(tokens, instStart, institutionEnd);
                i = nameAt > instStart ? nameAt : institutionEnd;
                continue;
            }

            if (institutionEnd > i && RoleOfBefore(tokens, instStart, institutionEnd) is var ofAt and > 0)
            {
                // "Media Officer of Ashanti Stars FC": a role of the organisation after "of", which is the name;
                // "Professor John Makumbe of the University of Zimbabwe": a person of it, a name too.
                if (PersonBefore(tokens, instStart, ofAt))
                {
                    var given = NameWords.IsTitle(tokens[instStart]) ? instStart + 1 : instStart;
                    found.Add(new DiscoveredName(given, ofAt, EntityKind.Person, Join(text, tokens, given, ofAt)));
                }

                i = ofAt + 1;
                continue;
            }

            if (institutionEnd > i && TitleEndsRun(tokens, instStart, institutionEnd))
            {
                i = institutionEnd; // "Command Public Relations Officer, ASP Mohammed Jalige, …": a title, the name after it
                continue;
            }

            if (institutionEnd > i && PortfolioBeforeMinister(tokens, covered, instStart, institutionEnd))
            {
                i = institutionEnd; // "Natural Resources and Environmental Sustainability Minister X": the office's portfolio
                continue;
            }

            if (institutionEnd > i)
            {
                if (instStart == i && i > 0 && !covered[i - 1] && LetterDigitWord(tokens[i - 1]) && (i < 2 || !tokens[i - 2].IsWord || tokens[i - 2].Norm == "the"))
                {
                    instStart = i - 1; // "The a2 Milk Company", "the e2 Energy Group": a lower-case brand of letters and digits opens the name
                }
                else if (instStart == i && tokens[institutionEnd - 1].Norm.All(char.IsLetter) && PlaceOpensName(tokens, covered, i) is var placeStart and >= 0)
                {
                    instStart = placeStart; // "Kenya Power and Lighting Company said": the country opens the company's name
                }

                var name = Join(text, tokens, instStart, institutionEnd);
                    found.Add(new DiscoveredName(instStart, institutionEnd, EntityKind.Institution, name)
                {
                    Acronym = AcronymAfter(text, tokens, institutionEnd),
                    Type = tokens[institutionEnd - 1].Norm is "fc" or "cf" or "afc" or "united" or "albion" or "hotspur" or "rovers" or "wanderers" ? "sports-club"
                        : tokens[instStart].Norm == "radio" && institutionEnd - instStart is 2 or 3 ? "outlet" // "Radio NZ", "Radio France": a broadcaster
                        : null,
                });
                i = institutionEnd;
                continue;
            }

            // "UBS said", "a UBS spokesperson", "the development bank BNDES"
            if (AcronymSpeaker(tokens, i, p.IsHeading) && (SpeakerCue(tokens, i, i + 1) is not Cue.None || SpokespersonAfter(tokens, i + 1) || IntroducedAsInstitution(tokens, i) ||
                AcronymInPlace(tokens, i) || RoleAfterAcronym(tokens, i)))
            {
                // "television channel ET Now reported": after an outlet's noun, capitalised words go on with its name
                var acronymEnd = i + 1;
                var outletNamed = i > 0 && Lexicon.Current.OutletNouns.Contains(tokens[i - 1].Norm) && IntroducedAsInstitution(tokens, i);
                while (outletNamed && acronymEnd < tokens.Count && acronymEnd < i + 3 && tokens[acronymEnd] is { IsWord: true, Cap: true } && !covered[acronymEnd])
                {
                    acronymEnd++;
                }

                found.Add(new DiscoveredName(i, acronymEnd, EntityKind.Institution, Join(text, tokens, i, acronymEnd)) { Type = outletNamed ? "outlet" : null });
                i = acronymEnd;
                continue;
            }

            if (NameBeforeClassNoun(text, tokens, covered, i, registry) is { } member)
            {
                found.Add(member); // "the experienced Harlow Rovers striker"
                i = member.End;
                continue;
            }

            if ((EmployerAfterRole(text, tokens, covered, i, registry) ?? NameAfterPlatformOrClubCue(text, tokens, covered, i, registry)) is { } employer)
            {
                found.Add(employer); // "an analyst at Quintbank"
                i = employer.End;
                continue;
            }

            if (!p.IsHeading && i + 1 < tokens.Count && tokens[i].IsWord && tokens[i].Cap && PluralDescription(tokens[i]) && SharedSurnameFirst(tokens, covered, i + 1) is not null)
            {
                i++; // "Olympians Becky and Ellie Downie": the description is no part of the first name
                continue;
            }

            if (!p.IsHeading && SharedSurnameFirst(tokens, covered, i) is { } surname)
            {
                // "Serena and Venus Williams said …": a given name alone before "and" and a given name with a surname carries
                // that surname too; the first person is named in full, the text writing only the given name.
                var given = text[tokens[i].Start..tokens[i].End];
                found.Add(new DiscoveredName(i, i + 1, EntityKind.Person, given + " " + text[tokens[surname].Start..tokens[surname].End]) { Surface = given });
                i++;
                continue;
            }

            if (!p.IsHeading && !covered[i] && IsDemonym(tokens[i], registry) && SportAfterDemonym(tokens, i) && !covered[i + 1])
            {
                // "British Gymnastics said …": a people's name before a capitalised sport is that country's governing body.
                found.Add(new DiscoveredName(i, i + 2, EntityKind.Institution, Join(text, tokens, i, i + 2)));
                i += 2;
                continue;
            }

            if (!p.IsHeading && NationalBodyCountryEnd(text, tokens, i, registry) is var bodyEnd and > 0)
            {
                // "Cricket Australia said …", "…, Health Canada said", "Bank Indonesia": a word before a country's name that
                // makes a national body's name with it, not the country speaking.
                found.Add(new DiscoveredName(i, bodyEnd, EntityKind.Institution, Join(text, tokens, i, bodyEnd)));
                i = bodyEnd;
                continue;
            }

            if (!p.IsHeading && LoneLegislature(tokens, covered, i))
            {
                // "Parliament adjourned for the year", "the Senate blocked the bill": a legislature named by its kind alone is
                // the country's, written capitalised (unlike "the ministry").
                found.Add(new DiscoveredName(i, i + 1, EntityKind.Institution, Join(text, tokens, i, i + 1)));
                i++;
                continue;
            }

            var end = NameRun(text, tokens, covered, i, registry, out var start);
            if (end > start && end < tokens.Count && HonorificPair(tokens, end))
            {
                i = end; // "Mentri Besar Tan Sri Khalid Ibrahim": the words before an honour of two words are an office, no name
                continue;
            }

            start = AfterSeat(tokens, AfterPortfolio(tokens, start, end), end);
            end = FirstOfTwoPeople(tokens, start, end);
            if (end > start && start > 1 && !covered[start - 1] && LetterDigitWord(tokens[start - 1]) && tokens[start - 1].End + 1 == tokens[start].Start &&
                (SpeechLexicon.IsInstitutionNoun(tokens[start - 2].Norm) || Lexicon.Current.OutletNouns.Contains(tokens[start - 2].Norm) || tokens[start - 2].Norm == "label"))
            {
                start--; // "So-hee's agency 9ato Entertainment said": a brand of letters and digits after the noun that introduces it opens the name
            }
            if (end - start >= 2 && DateWordsOnly(tokens, start, end))
            {
                i = end; // "Thu Feb 26 04:17:41 UTC 2026": a timestamp's weekday and month, no name
                continue;
            }

            if (end > start && (OnlyPortfolio(tokens, start, end) || PortfolioBeforeMinister(tokens, covered, start, end)))
            {
                i = end; // "the Director of Public Prosecutions said": a title's portfolio with no name after it
                continue;
            }

            if (end > start && (IsDemonym(tokens[end - 1], registry) || (end - start == 2 && registry.CountryOfDemonym(tokens[start].Norm + " " + tokens[start + 1].Norm) is not null)))
            {
                i = end; // "the South Korean company", "a North Korean official": a nationality, not a name
                continue;
            }

            if (end > start && !p.IsHeading && EmployerBeforeTitle(text, tokens, start, end, registry) is { } organisation)
            {
                found.Add(organisation); // "Quintbank chief executive Jane Roe"
                i = end;
                continue;
            }

            if (end - start >= 1 && ModifierName(text, tokens, covered, start, end) is { } modifier)
            {
                found.Add(modifier); // "the Jane Roe-led group"
                i = modifier.End;
                continue;
            }

            if (end <= start)
            {
                i = Math.Max(i + 1, end);
                continue;
            }

            if (!p.IsHeading && end - start <= 3 && PlaceNounAfter(tokens, start, end))
            {
                // "no deaths were reported in Wayanad district", "the Charcheno district", "Kuttanad village": a lower-case
                // noun for a place after words no list knows says what they name.
                found.Add(new DiscoveredName(start, end, EntityKind.Place, Join(text, tokens, start, end)));
                i = end;
                continue;
            }

            if (!p.IsHeading && end - start <= 2 && PlaceOfResidents(tokens, start, end, found))
            {
                // "Residents of Agric, Ijede and Igbogbo told Punch …", "villagers in Kaduma said …": where people live.
                found.Add(new DiscoveredName(start, end, EntityKind.Place, Join(text, tokens, start, end)));
                i = end;
                continue;
            }

            if (StreetName(tokens, start, end))
            {
                found.Add(new DiscoveredName(start, end, EntityKind.Place, Join(text, tokens, start, end)));
                i = end;
                continue;
            }

            if (end - start >= 2 && end + 1 < tokens.Count && tokens[end].Norm == "of" && tokens[end + 1].IsWord &&
                (tokens[end + 1].Cap || tokens[end + 1].Norm == "the") && Gazetteer.Default.IsGivenName(tokens[start].Norm) && !p.IsHeading)
            {
                // "Matt Law of the Telegraph said …": a given name opening a name followed by "of" and an organisation;
                // "President Michel Temer of Brazil": a title before it is the person's role, and the country after it theirs.
                var titled = TitleBefore(text, tokens, covered, start, registry, out var title, out var titleCountry);
                found.Add(new DiscoveredName(start, end, EntityKind.Person, Join(text, tokens, start, end))
                {
                    Role = titled ? title : null,
                    CountryPlaceId = titled ? titleCountry ?? CountryAt(tokens, covered, end + 1, registry) : null,
                });
                i = end;
                continue;
            }

            if ((end - start >= 2 || TitleWordOutlet(tokens, start, start)) &&
                ((start > 0 && tokens[start - 1].Norm == "the" && Lexicon.Current.OutletNameHeads.Contains(tokens[end - 1].Norm)) ||
                (Lexicon.Current.OutletOnlyHeads.Contains(tokens[end - 1].Norm) && !Gazetteer.Default.IsGivenName(tokens[start].Norm)) ||
                (end - start == 2 && WeekendEditionReporting(tokens, start)) || TodayOutlet(tokens, start, end - 1)))
            {
                // "the Wexford Ledger": an outlet's name after "the", though "Ledger" is also a surname; "Radar Online" without it.
                found.Add(new DiscoveredName(start, end, EntityKind.Institution, Join(text, tokens, start, end)) { Type = "outlet" });
                i = end;
                continue;
            }

            if (IntroducedAsInstitution(tokens, start) && start > 0 && tokens[start - 1].Norm is not "the")
            {
                // "…, the French newspaper Le Matin reported": the noun before the name says what it is, though "Le" or
                // "Ledger" would make a person's name.
                // ("So-hee's agency 9ato Entertainment": a bare "agency" before a brand is a talent or ad agency; a news agency says so)
                var outlet = Lexicon.Current.OutletNouns.Contains(tokens[start - 1].Norm) &&
                    !(tokens[start - 1].Norm == "agency" && !tokens[start].Cap && !(start > 1 && tokens[start - 2].Norm == "news"));
                if (outlet && end + 1 < tokens.Count && tokens[end].Norm == "'s" && tokens[end + 1] is { IsWord: true, Cap: true, AllCaps: false } &&
                    !covered[end + 1] && (end + 2 >= tokens.Count || !(tokens[end + 2].IsWord && tokens[end + 2].Cap)))
                {
                    end += 2; // "magazine Woman's Day", "the weekly Harper's Bazaar": an outlet's name may hold a possessive
                }

                found.Add(new DiscoveredName(start, end, EntityKind.Institution, Join(text, tokens, start, end)) { Acronym = AcronymAfter(text, tokens, end), Type = outlet ? "outlet" : null });
                i = end;
                continue;
            }

            if (start > 0 && tokens[start - 1].Norm == "&" && end - start == 1 && (NameWords.CorporateSuffixes.Contains(tokens[start].Norm) ||
                NameWords.CorporateSuffixes.Contains(tokens[start].Norm + ".")))
            {
                i = end; // "JPMorgan Chase & Co": the suffix of a name already read
                continue;
            }

            if (HasAmpersand(tokens, start, end))
            {
                // "Procter & Gamble", "Smith & Wesson": no person's name holds an ampersand.
                found.Add(new DiscoveredName(start, end, EntityKind.Institution, Join(text, tokens, start, end)));
                i = end;
                continue;
            }

            if (UnknownCollectiveSubject(tokens, start, end, registry))
            {
                // "Fiorentina have rejected speculation …", "Fiorentina deny Sousa exit reports": a one-word name taking a
                // plural verb is a team, a firm or a band (a person "has", "denies").
                found.Add(new DiscoveredName(start, end, EntityKind.Institution, Join(text, tokens, start, end)));
                i = end;
                continue;
            }

            var person = ClassifyPerson(text, tokens, covered, start, end, registry, out var role, out var country);
            if (person)
            {
                // "Professor Green" (a stage name): a one-word name the article never writes without its title keeps it.
                // An office is no part of a name ("Energy Secretary Bodman", "Senator Hill"): only a title that is not one stays.
                var first = end - start == 1 && start > 0 && tokens[start - 1].Cap && NameWords.IsTitle(tokens[start - 1]) &&
                    !Lexicon.Current.PersonTitles.Contains(tokens[start - 1].Norm) && !Honorific(tokens[start - 1].Norm) && !words.WrittenWithoutTitle(tokens[start].Norm) ? start - 1 : start;
                found.Add(new DiscoveredName(first, end, EntityKind.Person, Join(text, tokens, first, end)) { Role = first < start ? null : role, CountryPlaceId = country });
            }
            else if (start > 0 && tokens[start - 1].Norm == "," && end < tokens.Count && tokens[end].Norm == "," && OrganisationNounBefore(tokens, start - 1) is { } described)
            {
                // "The firm which raised the alarm about the leaks, Hudson Rock, said": the name set off by commas is the firm.
                found.Add(new DiscoveredName(start, end, EntityKind.Institution, Join(text, tokens, start, end)) { Type = SpeechLexicon.IsCompanyNoun(described) ? "company" : null });
            }
            else if (IntroducedAsInstitution(tokens, start) || ClassNounAfter(tokens, start, end) || HeadedByOfficeBefore(tokens, start, end))
            {
                found.Add(new DiscoveredName(start, end, EntityKind.Institution, Join(text, tokens, start, end)) { Acronym = AcronymAfter(text, tokens, end) });
            }
            else if (end - start is 2 or 3 && TitleOfOrganisationBefore(tokens, start) is { } office && !NameWords.InstitutionHeads.Contains(tokens[end - 1].Norm) &&
                     !SpeechLexicon.IsInstitutionNoun(tokens[end - 1].Norm))
            {
                // "The Chief Executive Officer (CEO) of the Pakistan Cricket Board (PCB) Wasim Khan has said …"
                found.Add(new DiscoveredName(start, end, EntityKind.Person, Join(text, tokens, start, end)) { Role = Join(text, tokens, office.First, office.End) });
            }
            else if (InitialledPerson(tokens, start, end))
            {
                found.Add(new DiscoveredName(start, end, EntityKind.Person, Join(text, tokens, start, end))); // "K Surendran had alleged …"
            }
            else if (SpeakerName(text, tokens, start, end, words) is { } speaker)
            {
                // "Sri Lanka Cricket has released a statement", "America Movil said": an organisation speaking right after a
                // place that opens the sentence carries the place in its name.
                found.Add(speaker.Kind == EntityKind.Institution && speaker.Type != "outlet" && PlaceOpensName(tokens, covered, start) is var placeAt and >= 0
                    ? speaker with { First = placeAt, Name = Join(text, tokens, placeAt, speaker.End) }
                    : speaker);
            }
            else if (!p.IsHeading && ForeignNamePerson(tokens, start, end) && AfterLocative(tokens, start, end))
            {
                found.Add(new DiscoveredName(start, end, EntityKind.Place, Join(text, tokens, start, end))); // "fighting in Deir Ezzor"
            }
            else if (GivenNamePerson(tokens, start, end, words) || (!p.IsHeading && (ForeignNamePerson(tokens, start, end) || ForeignSubjectPerson(tokens, start, end))))
            {
                found.Add(new DiscoveredName(start, end, EntityKind.Person, Join(text, tokens, start, end)));
            }
            else if (end - start >= 2 && Lexicon.Current.FirmSuffixes.Contains(tokens[end - 1].Norm))
            {
                found.Add(new DiscoveredName(start, end, EntityKind.Institution, Join(text, tokens, start, end)) { Type = "company" }); // "Acme Corp filed …"
            }
            else if (end - start <= 3 && !p.IsHeading && tokens.Count >= MinProseTokens && (InnerCapital(text, tokens[end - 1]) || InstitutionEnding(tokens[end - 1])))
            {
                found.Add(new DiscoveredName(start, end, EntityKind.Institution, Join(text, tokens, start, end))); // "PesaCheck", "Spirit AeroSystems", "Quintbank"
            }
            else
            {
                (unplaced ??= []).Add((start, end));
            }

            i = end;
        }

        // "Foreign Minister AK Abdul Momen", "City magistrate V K Srivastava": initials written without stops between a title
        // and a person's name are the name's.
        for (var d = 0; d < found.Count; d++)
        {
            if (found[d].Kind == EntityKind.Person && BareInitialsBefore(tokens, covered, found[d].First) is var initialsAt and >= 0)
            {
                found[d] = found[d] with { First = initialsAt, Name = Join(text, tokens, initialsAt, found[d].End), Surface = null };
            }
        }

        // "Palace Press Officer and Communications Undersecretary Claire Castro": capitalised words holding a person's title,
        // right before another title and a name, are the person's titles, not an organisation.
        // (loops, not RemoveAll with lambdas: a lambda would capture the tokens, a closure for every paragraph)
        for (var k = found.Count - 1; k >= 0; k--)
        {
            if (found[k].Kind == EntityKind.Institution && found[k].Type is null && TitleChainBeforeName(tokens, found[k].First, found[k].End))
            {
                found.RemoveAt(k);
            }
        }

        // "Big Easy Cops Deny …", "Local Residents Deny Pier Claims": a headline's capitals turn descriptions into names.
        for (var k = found.Count - 1; k >= 0 && p.IsHeading; k--)
        {
            if (found[k].Kind != EntityKind.Place && HeadlineDescription(tokens, found[k].First, found[k].End, found[k].Kind))
            {
                found.RemoveAt(k);
            }
        }

        WidenToAcronym(text, tokens, found);
        WidenToGeneration(text, tokens, found);
        PluralEndsNoPerson(tokens, found);

        if (!p.IsHeading)
        {
            EmployersOfPeople(text, tokens, covered, registry, found);
        }

        if (unplaced is not null && !p.IsHeading)
        {
            KindFromCoordination(text, tokens, covered, registry, words, unplaced, found, earlier);
        }

        // "Caretaker Environment and Water minister Datuk Seri Tuan Ibrahim said": the capitals before a lower-case title and
        // a name are the title's portfolio, not organisations.
        for (var k = found.Count - 1; k >= 0 && !p.IsHeading; k--)
        {
            if (found[k].Kind == EntityKind.Institution && found[k].Type is null && PortfolioOfLowerTitle(tokens, found[k].End))
            {
                found.RemoveAt(k);
            }
        }
    }

    /// <summary>
    /// After a name ending at <paramref name="end"/>: capitalised words joined by "and" at most, then a lower-case
    /// "minister" or "secretary" and a capitalised word, the person's name or honorific.
    /// </summary>
    private static bool PortfolioOfLowerTitle(List<Token> tokens, int end)
    {
        var k = end;
        if (k < tokens.Count && tokens[k].Norm is "and" or "&")
        {
            k++;
            while (k < tokens.Count && k < end + 5 && tokens[k].IsWord && tokens[k].Cap)
            {
                k++;
            }

            if (k == end + 1)
            {
                return false;
            }
        }

        // (only a portfolio's title: "Northwind Shipping spokesman Tom Hale" names his employer)
        return k + 1 < tokens.Count && tokens[k].IsWord && !tokens[k].Cap && tokens[k].Norm is "minister" or "secretary" &&
            tokens[k + 1].IsWord && tokens[k + 1].Cap;
    }

    /// <summary>
    /// "a merger with UBS or Commerzbank", "Fernandao and Emmanuel Emenike": a name nothing else placed, joined by "and"
    /// or "or" to a name of known kind, is of that kind. A one-word name must be no English word ("Apple and Google"
    /// stays unread) and must be written capitalised inside a sentence.
    /// </summary>
    private static void KindFromCoordination(string text, List<Token> tokens, bool[] covered, EntityRegistry registry, ArticleWords words,
        List<(int Start, int End)> unplaced, List<DiscoveredName> found, Dictionary<string, EntityKind>? earlier)
    {
        foreach (var (start, end) in unplaced)
        {
            if (end - start == 1 && (IsEnglishWord(tokens[start].Norm) || !words.CapitalisedInside(tokens[start].Norm)))
            {
                continue;
            }

            // "shared the table with Colless and O'Chee" after "Malcolm Colless" and "Bill O'Chee": a person's surname is left
            // for the resolver to link to that person, whatever its neighbour is.
            if (end - start == 1 && SurnameOfEarlierPerson(text[tokens[start].Start..tokens[start].End], earlier))
            {
                continue;
            }

            var kind = start > 1 && tokens[start - 1].Norm is "and" or "or" ? KindOfNeighbour(text, tokens, covered, registry, found, earlier, start - 1, -1) : null;
            kind ??= end + 1 < tokens.Count && tokens[end].Norm is "and" or "or" ? KindOfNeighbour(text, tokens, covered, registry, found, earlier, end + 1, +1) : null;
            if (kind is EntityKind.Person or EntityKind.Institution)
            {
                found.Add(new DiscoveredName(start, end, kind.Value, Join(text, tokens, start, end)));
            }
        }
    }

    /// <summary>The last word of a person's name an earlier paragraph found ("Colless" after "Malcolm Colless").</summary>
    private static bool SurnameOfEarlierPerson(string word, Dictionary<string, EntityKind>? earlier)
    {
        if (earlier is null)
        {
            return false;
        }

        foreach (var (name, kind) in earlier)
        {
            if (kind == EntityKind.Person && name.Length > word.Length + 1 && name.EndsWith(word, StringComparison.Ordinal) && name[^(word.Length + 1)] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The kind of the name that ends right before <paramref name="at"/> (<paramref name="step"/> -1) or starts at it
    /// (+1): a name found in this paragraph, a registry name covering those tokens, or a name an earlier paragraph found.
    /// </summary>
    private static EntityKind? KindOfNeighbour(string text, List<Token> tokens, bool[] covered, EntityRegistry registry, List<DiscoveredName> found,
        Dictionary<string, EntityKind>? earlier, int at, int step)
    {
        foreach (var d in found)
        {
            if ((step < 0 ? d.End : d.First) == at)
            {
                return d.Kind;
            }
        }

        // [first, last) grows away from the conjunction: over covered tokens, else over capitalised ones.
        int Edge(Func<int, bool> take, int most)
        {
            var k = at;
            while (step < 0 ? k > 0 && take(k - 1) && at - k < most : k < tokens.Count && take(k) && k - at < most)
            {
                k += step;
            }

            return k;
        }

        var edge = Edge(k => covered[k] && tokens[k].IsWord, int.MaxValue);
        if (edge != at)
        {
            return step < 0 ? KindOfRegistryName(tokens, registry, edge, at) : KindOfRegistryName(tokens, registry, at, edge);
        }

        edge = Edge(k => tokens[k].IsWord && tokens[k].Cap, 6);
        return step < 0 ? KindNamedEarlier(text, tokens, earlier, edge, at) : KindNamedEarlier(text, tokens, earlier, at, edge);
    }

    /// <summary>The kind of a name an earlier paragraph of the article discovered ("UBS said …" before "UBS or Quintbank").</summary>
    private static EntityKind? KindNamedEarlier(string text, List<Token> tokens, Dictionary<string, EntityKind>? earlier, int start, int end) =>
        earlier is not null && end > start && earlier.TryGetValue(Join(text, tokens, start, end), out var kind) ? kind : null;

    private static EntityKind? KindOfRegistryName(List<Token> tokens, EntityRegistry registry, int start, int end)
    {
        var (length, id) = registry.Aliases.Match(tokens, start, end);
        return length == end - start && id is not null && registry.Get(id) is { } e ? e.Kind : null;
    }

    /// <summary>
    /// "Minister of Information Ahmed Raza Khan", "Secretary for Home Affairs Jane Roe": the portfolio's capitalised words
    /// after a title and "of"/"for" belong to the title, not to the name (up to three words before a given name, two name
    /// words left).
    /// </summary>
    private static int AfterPortfolio(List<Token> tokens, int start, int end)
    {
        if (!PortfolioOpensAt(tokens, start))
        {
            return start;
        }

        // The name starts at the first given name within the next three words ("Information Ahmed …"), else at the first
        // word that is no English word after portfolio words that all are ("Information Ogbonna Ude", "Public Prosecutions
        // Noordin Haji"); none, no change.
        for (var k = start + 1; k <= start + 3 && end - k >= 2; k++)
        {
            if (Gazetteer.Default.IsGivenName(tokens[k].Norm) && !Gazetteer.Default.IsGivenName(tokens[k - 1].Norm))
            {
                return k;
            }
        }

        for (var k = start + 1; k <= start + 3 && end - k >= 2; k++)
        {
            if (!PortfolioWord(tokens[k - 1]))
            {
                break;
            }

            // "Minister for Forests and Energy P. Ramachandra Reddy": an initial and a capitalised word open the name.
            if (OpensUnknownName(tokens, k) || (InitialAt(tokens, k) && k + 1 < end && tokens[k + 1].IsWord && tokens[k + 1].Cap))
            {
                return k;
            }
        }

        return start;
    }

    /// <summary>
    /// "Premier Will Hodgman", "Senator June Roe": a word of the name stop list that is also a given name, right after a
    /// title and before a capitalised word that is a name's, opens the name.
    /// </summary>
    private static bool GivenNameAfterTitle(List<Token> tokens, int k) =>
        k > 0 && tokens[k - 1].IsWord && tokens[k - 1].Cap && NameWords.IsTitle(tokens[k - 1]) && tokens[k].Cap && !tokens[k].AllCaps &&
        Gazetteer.Default.IsGivenName(tokens[k].Norm) && !Words.Prepositions.Contains(tokens[k].Norm) && !Words.Determiners.Contains(tokens[k].Norm) && k + 1 < tokens.Count && tokens[k + 1] is { IsWord: true, Cap: true, AllCaps: false } next &&
        !NameWords.NotNames.Contains(next.Norm) && !NameWords.IsTitle(next) && !SpeechLexicon.IsVerb(next.Norm);

    /// <summary>
    /// "U.S. forces in Afghanistan are disputing reports …": a verb of speech within the next six words, before any
    /// sentence mark; plural forces are a body of the story only when they speak ("missiles at US troops" names none).
    /// </summary>
    private static bool SpeaksSoon(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 6; k++)
        {
            if (tokens[k].Norm is "." or ";" or ":" or "!" or "?")
            {
                return false;
            }

            if (tokens[k].IsWord && SpeechLexicon.IsVerb(tokens[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the Communications and Informatics Ministry": a portfolio word that is also an organisation's head
    /// ("Communications"), then "and" and one to three capitalised words closed by "Ministry" or "Department", is the
    /// ministry's portfolio, one name.
    /// </summary>
    private static bool PortfoliosBeforeMinistry(List<Token> tokens, int end, int and)
    {
        if (!Lexicon.Current.PortfolioWords.Contains(tokens[end - 1].Norm))
        {
            return false;
        }

        var j = and + 1;
        while (j < tokens.Count && j < and + 4 && tokens[j] is { IsWord: true, Cap: true } && tokens[j].Norm is not ("ministry" or "department"))
        {
            j++;
        }

        return j > and + 1 && j < tokens.Count && tokens[j] is { IsWord: true, Cap: true } && tokens[j].Norm is "ministry" or "department";
    }

    /// <summary>
    /// "the Union of Oil and Gas Workers", "the Ministry of Petroleum and Natural Gas": a head word right after "of" and the
    /// head before it (the union's trade, the ministry's portfolio) goes on past "and" to the capitalised words after it;
    /// two organisations are joined by "and the" or follow a head of their own ("the Oshkosh Police Department and …").
    /// </summary>
    private static bool HeadAsComplement(List<Token> tokens, int start, int end, int and) =>
        end - start >= 3 && tokens[end - 2].Norm == "of" && NameWords.InstitutionHeads.Contains(tokens[end - 3].Norm) &&
        and + 1 < tokens.Count && tokens[and + 1] is { IsWord: true, Cap: true };

    /// <summary>
    /// "Natural Resources and Environmental Sustainability Minister Nik Nazmi said …": capitalised words no gazetteer knows
    /// (and no ministry, department, party, government or council) right before a capitalised "Minister" and a name, past
    /// "and" and more such words, are the minister's portfolio, not a name ("Harbour Union Secretary X" keeps its union).
    /// </summary>
    private static bool PortfolioBeforeMinister(List<Token> tokens, bool[] covered, int start, int end)
    {
        if (start > 0 && tokens[start - 1].Cap && NameWords.IsTitle(tokens[start - 1]))
        {
            return false; // "Trade Minister Tim Groser and Primary Industries Minister X": a name after its title
        }

        var k = end;
        for (var runs = 0; runs < 3; runs++)
        {
            for (var w = start; w < k; w++)
            {
                if (covered[w] || tokens[w].Norm is "ministry" or "department" or "party" or "government" or "council" || (w == start && Gazetteer.Default.IsGivenName(tokens[w].Norm)))
                {
                    return false;
                }
            }

            if (k + 1 < tokens.Count && tokens[k] is { IsWord: true, Cap: true } title && title.Norm == "minister" &&
                tokens[k + 1] is { IsWord: true, Cap: true })
            {
                return true;
            }

            if (k + 1 >= tokens.Count || tokens[k].Norm is not ("and" or "&") || tokens[k + 1] is not { IsWord: true, Cap: true })
            {
                return false;
            }

            start = k + 1;
            k = start;
            while (k < tokens.Count && k < start + 3 && tokens[k] is { IsWord: true, Cap: true } next && next.Norm != "minister")
            {
                k++;
            }
        }

        return false;
    }

    /// <summary>
    /// "the PCB Director Media Sami Burni", "Manager Operations Jane Roe": a portfolio word right after a title in the run,
    /// with two capitalised words still after it, is the title's, not the name's.
    /// </summary>
    private static bool PortfolioAfterTitle(List<Token> tokens, int i, int k) =>
        k > i && NameWords.IsTitle(tokens[k - 1]) && Lexicon.Current.PortfolioWords.Contains(tokens[k].Norm) && k + 2 < tokens.Count &&
        tokens[k + 1] is { IsWord: true, Cap: true } && tokens[k + 2] is { IsWord: true, Cap: true };

    /// <summary>
    /// "Labor member for Franklin Julie Collins", "the MP for North Tarsk Jane Roe": after a member's noun and "for" come the
    /// seat, then the member's name, which starts at the last given name that leaves a surname after it and the seat a word
    /// before it; no such given name, no change.
    /// </summary>
    private static int AfterSeat(List<Token> tokens, int start, int end)
    {
        if (start < 2 || end - start < 3 || tokens[start - 1].Norm != "for" ||
            tokens[start - 2].Norm is not ("member" or "mp" or "mla" or "mpp" or "msp" or "mha" or "td" or "senator" or "representative" or "congressman" or
                "congresswoman" or "councillor" or "councilor" or "assemblyman" or "assemblywoman" or "legislator" or "deputy"))
        {
            return start;
        }

        for (var k = end - 2; k > start; k--)
        {
            if (Gazetteer.Default.IsGivenName(tokens[k].Norm))
            {
                return k;
            }
        }

        return start;
    }

    /// <summary>
    /// "Leigh Sales Scott Morrison" alone on a line (a photo's caption naming two people): two names of a given name and a
    /// surname each, so the first ends after two words; else <paramref name="end"/>.
    /// </summary>
    private static int FirstOfTwoPeople(List<Token> tokens, int start, int end)
    {
        var g = Gazetteer.Default;
        if (start != 0 || end != tokens.Count || end - start != 4)
        {
            return end;
        }

        foreach (var x in tokens)
        {
            if (!x.IsWord || !x.Cap || x.AllCaps)
            {
                return end;
            }
        }

        return g.IsGivenName(tokens[0].Norm) && g.IsGivenName(tokens[2].Norm) && !g.IsGivenName(tokens[1].Norm) && !g.IsGivenName(tokens[3].Norm)
            ? start + 2 : end;
    }

    /// <summary>
    /// Past the portfolio words of a run (and the "and" between them), where a name opens: an initial, a given name or an
    /// unknown capitalised word with another after it; else -1.
    /// </summary>
    private static int NameAfterPortfolioWords(List<Token> tokens, int start, int end)
    {
        var k = start;
        while (k < end && (PortfolioWord(tokens[k]) || (k > start && tokens[k].Norm is "and" or "&")))
        {
            k++;
        }

        return k > start && end - k >= 2 && (InitialAt(tokens, k) || BareInitialsEnd(tokens, k, end) > k || Gazetteer.Default.IsGivenName(tokens[k].Norm) || OpensUnknownName(tokens, k)) ? k : -1;
    }

    /// <summary>
    /// "P. Ramachandra Reddy", "K. Annamalai": an initial and one to three capitalised words, none in capitals, a number,
    /// an organisation's or a place's head, or a place the gazetteer knows.
    /// </summary>
    private static bool InitialledPerson(List<Token> tokens, int start, int end)
    {
        var bare = InitialAt(tokens, start) ? start + 1 : BareInitialsEnd(tokens, start, end);
        if (end - start is < 2 or > 4 || bare == start || InCredit(tokens, start))
        {
            return false;
        }

        for (var k = bare; k < end; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || !t.Cap || t.AllCaps || !t.Norm.All(char.IsLetter) || NameWords.InstitutionHeads.Contains(t.Norm) ||
                SpeechLexicon.IsInstitutionNoun(t.Norm) || Lexicon.Current.PlaceHeads.Contains(t.Norm) || Gazetteer.Default.MatchPlace(tokens, k, k + 1).Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "K Surendran", "AK Balan", "V K Singh": past one or two runs of one or two capitals without stops that open the
    /// name at <paramref name="start"/>, when a capitalised word follows that is no English word (a surname the lists
    /// lack, as Indian and Malaysian papers write them); else <paramref name="start"/>. Country codes, common acronyms,
    /// titles, letters after a name and "A" or "I" opening a sentence are never initials ("US Steel", "A Sony press
    /// release", "TD Paul Murphy"), nor is a run before a given name.
    /// </summary>
    private static int BareInitialsEnd(List<Token> tokens, int start, int end)
    {
        var k = start;
        while (k < end - 1 && k - start < 2 && tokens[k] is { IsWord: true, Cap: true } t && (t.AllCaps || t.End - t.Start == 1) && t.Norm.Length <= 2 && t.Norm.All(char.IsLetter) &&
               !Lexicon.Current.CommonAcronyms.Contains(t.Norm) && !Lexicon.Current.PostNominals.Contains(t.Norm) && !NameWords.IsTitle(t) && Gazetteer.Default.MatchPlace(tokens, k, k + 1).Length == 0 &&
               !(t.Norm is "a" or "i" && SentenceOpener(tokens, k)))
        {
            k++;
        }

        return k > start && tokens[k] is { IsWord: true, Cap: true, AllCaps: false } name && !IsEnglishWord(name.Norm) && !Gazetteer.Default.IsGivenName(name.Norm) ? k : start;
    }

    /// <summary>
    /// Where one or two runs of one to three capitals without stops ("AK", "V K") start right before the name at
    /// <paramref name="first"/>, after a title or a lower-case role word ("Minister AK …", "magistrate V K …"); else -1.
    /// Country codes and common acronyms are never initials ("US", "UN", "CEO").
    /// </summary>
    private static int BareInitialsBefore(List<Token> tokens, bool[] covered, int first)
    {
        var k = first;
        while (k > 0 && first - k < 2 && tokens[k - 1] is { IsWord: true, AllCaps: true } t && t.Norm.Length <= 3 && t.Norm.All(char.IsLetter) && !covered[k - 1] &&
               !Lexicon.Current.CommonAcronyms.Contains(t.Norm) && Gazetteer.Default.MatchPlace(tokens, k - 1, k).Length == 0 && !NameWords.IsTitle(t))
        {
            k--;
        }

        return k < first && k > 0 && tokens[k - 1].IsWord && (NameWords.IsTitle(tokens[k - 1]) || (!tokens[k - 1].Cap && SpeechLexicon.PersonNouns.Contains(tokens[k - 1].Norm)))
            ? k
            : -1;
    }

    /// <summary>
    /// "P.", "K.", "K.K.": one capital letter and its dot, a name's initial, or two or three written together; not a
    /// dotted abbreviation the text uses as one ("U.S.", "U.N.": a place, or a common acronym without its dots).
    /// </summary>
    private static bool InitialAt(List<Token> tokens, int k)
    {
        var t = tokens[k];
        if (!t.IsWord || !t.Cap || t.End - t.Start != t.Norm.Length || t.Norm.Length is not (2 or 4 or 6))
        {
            return false;
        }

        for (var i = 0; i < t.Norm.Length; i += 2)
        {
            if (!char.IsLetter(t.Norm[i]) || t.Norm[i + 1] != '.')
            {
                return false;
            }
        }

        return t.Norm.Length == 2 ||
            (Gazetteer.Default.MatchPlace(tokens, k, k + 1).Length == 0 && !Lexicon.Current.CommonAcronyms.Contains(t.Norm.Replace(".", "", StringComparison.Ordinal)));
    }

    /// <summary>"Director of Public Prosecutions", "Commissioner for Information Technology": every word of the run after a title's "of"/"for" is a portfolio word.</summary>
    private static bool OnlyPortfolio(List<Token> tokens, int start, int end)
    {
        if (!PortfolioOpensAt(tokens, start) || !tokens[start - 2].Cap)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (!PortfolioWord(tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A title's portfolio goes on at <paramref name="start"/>: "of" or "for" after a title stands before it ("Minister of
    /// |Information"), or "and" after portfolio words that do ("Minister of State for Steel and |Mines").
    /// </summary>
    private static bool PortfolioOpensAt(List<Token> tokens, int start)
    {
        if (start < 2)
        {
            return false;
        }

        if (tokens[start - 1].Norm is "of" or "for")
        {
            return NameWords.IsTitle(tokens[start - 2]);
        }

        if (tokens[start - 1].Norm is not ("and" or "&" or ","))
        {
            return false;
        }

        // "Minister of Higher Education, Science and Technology": back over the portfolio's words, its commas and "and"
        var k = start - 2;
        while (k >= 0 && start - 2 - k < 9 && (PortfolioWord(tokens[k]) || (k < start - 2 && tokens[k].Norm is "," or "and" or "&")))
        {
            k--;
        }

        return k < start - 2 && k > 0 && tokens[k].Norm is "of" or "for" && NameWords.IsTitle(tokens[k - 1]) && PortfolioWord(tokens[k + 1]);
    }

    /// <summary>"Minister for Forests and |Energy": the title before the portfolio's "of" or "for" is capitalised.</summary>
    private static bool CapitalisedTitleBefore(List<Token> tokens, int start)
    {
        var k = start - 1;
        while (k > 0 && tokens[k].Norm is not ("of" or "for"))
        {
            k--;
        }

        return k > 0 && tokens[k - 1].Cap && NameWords.IsTitle(tokens[k - 1]);
    }

    /// <summary>"Information", "Home", "Affairs", "Prosecutions": a capitalised English word of an office's portfolio.</summary>
    private static bool PortfolioWord(Token t) =>
        t.IsWord && t.Cap && !t.AllCaps && (IsEnglishWord(t.Norm) || LongDerivedWord(t.Norm) || NameWords.InstitutionHeads.Contains(t.Norm)) &&
        !Gazetteer.Default.IsGivenName(t.Norm);

    private static readonly string[] DerivedEndings = ["tion", "tions", "sion", "sions", "ment", "ments", "ture", "ity", "ance", "ence", "ship", "ness", "ics", "ive", "ous", "able", "ible", "ial", "ical", "ional"];

    /// <summary>
    /// "Information", "Prosecutions", "Telecommunications", "Investigative": a word longer than the word list's ten letters
    /// with an English derivational ending.
    /// </summary>
    private static bool LongDerivedWord(string norm)
    {
        if (norm.Length <= 10)
        {
            return false;
        }

        foreach (var ending in DerivedEndings)
        {
            if (norm.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Ogbonna Ude", "Joseph Boinnet" after a portfolio: a capitalised word that is a given name or no English word, title,
    /// head word or place, followed by another capitalised word.
    /// </summary>
    private static bool OpensUnknownName(List<Token> tokens, int k)
    {
        var t = tokens[k];
        return t.IsWord && t.Cap && !t.AllCaps && t.Norm.Length >= 2 && t.Norm.All(char.IsLetter) &&
            k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Cap && !tokens[k + 1].AllCaps &&
            !NameWords.IsTitle(t) && !NameWords.NotNames.Contains(t.Norm) && !NameWords.InstitutionHeads.Contains(t.Norm) &&
            !NameWords.InstitutionHeads.Contains(tokens[k + 1].Norm) &&
            (Gazetteer.Default.IsGivenName(t.Norm) || (!IsEnglishWord(t.Norm) && !LongDerivedWord(t.Norm) && Gazetteer.Default.CountryOfDemonym(t.Norm) is null && Gazetteer.Default.MatchPlace(tokens, k, k + 1).Length == 0));
    }

    /// <summary>
    /// "KELLYANNE CONWAY: No. Our incoming …", "ANDERSON COOPER (HOST): …": a transcript's speaker label of two or three
    /// capitalised words, the first a given name or no English word, the last a surname or no English word, no title, is a
    /// person's name, written as the rest of the text writes it where it does, else with initial capitals.
    /// </summary>
    private static DiscoveredName? LabelPerson(string text, List<Token> tokens, bool[] covered)
    {
        // "Tshabalala-Msimang: Why do you ask me that question today?": a double surname, both parts capitalised, as a label.
        if (tokens.Count > 4 && tokens[0].IsWord && tokens[0].Cap && !tokens[0].AllCaps && !covered[0] && tokens[1].Norm == ":" &&
            text.AsSpan(tokens[0].Start, tokens[0].End - tokens[0].Start) is var word && word.IndexOf('-') is var hyphen and > 1 && hyphen + 2 < word.Length &&
            char.IsUpper(word[hyphen + 1]) && !IsEnglishWord(tokens[0].Norm[..hyphen]) && !IsEnglishWord(tokens[0].Norm[(hyphen + 1)..]) &&
            !NameWords.IsTitle(tokens[0]) && Gazetteer.Default.MatchPlace(tokens, 0, 1).Length == 0)
        {
            return new DiscoveredName(0, 1, EntityKind.Person, word.ToString());
        }

        // "Simon:" alone on its line over a radio transcript's turn: a given name as a label is that person.
        if (tokens.Count == 2 && tokens[1].Norm == ":" && tokens[0].IsWord && tokens[0].Cap && !tokens[0].AllCaps && !covered[0] &&
            Gazetteer.Default.IsGivenName(tokens[0].Norm) && !NameWords.IsTitle(tokens[0]) && !NameWords.NotNames.Contains(tokens[0].Norm))
        {
            return new DiscoveredName(0, 1, EntityKind.Person, text[tokens[0].Start..tokens[0].End]);
        }

        // "SEN. BRIAN SCHATZ (D-HI):", "REP. JANE ROE:": one title in capitals, with or without its full stop, before the name.
        var first = 0;
        if (tokens.Count > 6 && tokens[0].IsWord && tokens[0].AllCaps && NameWords.IsTitle(tokens[0]) && !covered[0])
        {
            first = tokens[1].Norm == "." ? 2 : 1;
        }

        var n = first;
        while (n < tokens.Count && n < first + 4 && tokens[n].IsWord && tokens[n].AllCaps && tokens[n].Norm.Length > 1 && !covered[n])
        {
            n++;
        }

        if (n - first is < 2 or > 3 || n + 4 >= tokens.Count ||
            !(tokens[n].Norm == ":" || (tokens[n].Norm == "(" && tokens[n + 2].Norm == ")" && tokens[n + 3].Norm == ":") || OfficeAfterComma(tokens, n)))
        {
            return null;
        }

        var g = Gazetteer.Default;
        for (var k = first; k < n; k++)
        {
            if (NameWords.IsTitle(tokens[k]) || NameWords.NotNames.Contains(tokens[k].Norm) || Honorific(tokens[k].Norm))
            {
                return null;
            }
        }

        if (!(g.IsGivenName(tokens[first].Norm) || !IsEnglishWord(tokens[first].Norm)) || !(g.IsSurname(tokens[n - 1].Norm) || !IsEnglishWord(tokens[n - 1].Norm)))
        {
            return null;
        }

        var surface = Join(text, tokens, first, n);
        var written = WrittenElsewhere(text, surface);
        var name = written ?? string.Join(' ', surface.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
        return new DiscoveredName(first, n, EntityKind.Person, name) { Surface = surface };
    }

    /// <summary>
    /// "JACK DORSEY, CEO, TWITTER:": after a label's name, a comma, then up to eight words in capitals and commas before
    /// the colon (the voice's office and organisation).
    /// </summary>
    private static bool OfficeAfterComma(List<Token> tokens, int comma)
    {
        if (tokens[comma].Norm != ",")
        {
            return false;
        }

        for (var k = comma + 1; k < tokens.Count && k <= comma + 9; k++)
        {
            if (tokens[k].Norm == ":")
            {
                return k > comma + 1 && tokens[k - 1].IsWord;
            }

            if (!((tokens[k].IsWord && tokens[k].AllCaps) || (tokens[k].Norm == "," && tokens[k - 1].IsWord)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A word of the courtesy titles before a signer's name: "H.E" (its letters and dot), "Hon.", "The Rt", "Dr", an office.
    /// </summary>
    internal static bool CourtesyWord(Token t) =>
        t.Norm == "." || (t.IsWord && (t.Norm.Length == 1 || NameWords.IsTitle(t) || Honorific(t.Norm) || t.Norm.TrimEnd('.') is "hon" or "rt" or "the" or "h.e"));

    /// <summary>"huxiu.com", "news.example.org": a web address's host, a word with a dot and a common top-level domain.</summary>
    private static bool DomainName(string norm) =>
        norm.IndexOf('.') > 0 && (norm.EndsWith(".com", StringComparison.Ordinal) || norm.EndsWith(".net", StringComparison.Ordinal) ||
            norm.EndsWith(".org", StringComparison.Ordinal) || norm.EndsWith(".cn", StringComparison.Ordinal) || norm.EndsWith(".in", StringComparison.Ordinal) ||
            norm.EndsWith(".co.uk", StringComparison.Ordinal) || norm.EndsWith(".io", StringComparison.Ordinal));

    /// <summary>
    /// "H.E JOHN OBIERO NYAGARAMA.", "HON. MARIA OKAFOR": a line of two to four words in capitals, the first a given name,
    /// after courtesy titles at most, as a statement is signed, is that person (written with initial capitals).
    /// </summary>
    private static DiscoveredName? SignatureName(string text, List<Token> tokens, bool[] covered)
    {
        var k = 0;
        while (k < tokens.Count && k < 4 && (tokens[k].Norm == "." || (CourtesyWord(tokens[k]) && (tokens[k].AllCaps || (tokens[k].Cap && tokens[k].Norm.Length == 1)))))
        {
            k++;
        }

        var start = k;
        while (k < tokens.Count && tokens[k].IsWord && tokens[k].AllCaps && tokens[k].Norm.Length > 1 && !covered[k] && !NameWords.IsTitle(tokens[k]) &&
               !NameWords.NotNames.Contains(tokens[k].Norm))
        {
            k++;
        }

        var end = k;
        while (k < tokens.Count && tokens[k].Norm == ".")
        {
            k++;
        }

        if (end - start is < 2 or > 4 || k != tokens.Count || !Gazetteer.Default.IsGivenName(tokens[start].Norm) ||
            Gazetteer.Default.MatchPlace(tokens, start, end).Length > 0)
        {
            return null;
        }

        var surface = Join(text, tokens, start, end);
        var name = WrittenElsewhere(text, surface) ?? string.Join(' ', surface.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
        return new DiscoveredName(start, end, EntityKind.Person, name) { Surface = surface };
    }

    /// <summary>
    /// "Howard, John Winston", "• Okafor, Maria": a line that is only a surname, a comma and given names, as archives and
    /// lists print a person, is the person "John Howard" (the first given name and the surname).
    /// </summary>
    private static DiscoveredName? InvertedName(string text, List<Token> tokens, bool[] covered)
    {
        var k = tokens.Count > 0 && tokens[0].Norm is "\u2022" or "-" or "*" ? 1 : 0;
        var n = tokens.Count - k;
        if (n is < 3 or > 5 || tokens[k + 1].Norm != "," || covered[k] || covered[k + 2])
        {
            return null;
        }

        var g = Gazetteer.Default;
        for (var j = k; j < tokens.Count; j++)
        {
            if (j != k + 1 && !(tokens[j].IsWord && tokens[j].Cap && !tokens[j].AllCaps && !NameWords.IsTitle(tokens[j]) && !NameWords.NotNames.Contains(tokens[j].Norm)))
            {
                return null;
            }
        }

        if (!g.IsGivenName(tokens[k + 2].Norm) || (g.IsGivenName(tokens[k].Norm) && !g.IsSurname(tokens[k].Norm)) || g.MatchPlace(tokens, k + 2, tokens.Count).Length > 0)
        {
            return null;
        }

        var surname = text[tokens[k].Start..tokens[k].End];
        return new DiscoveredName(k, tokens.Count, EntityKind.Person, text[tokens[k + 2].Start..tokens[k + 2].End] + " " + surname);
    }

    /// <summary>The name as the text also writes it in mixed case ("Kellyanne Conway" for "KELLYANNE CONWAY"), or null.</summary>
    private static string? WrittenElsewhere(string text, string surface)
    {
        for (var at = text.IndexOf(surface, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var form = text.Substring(at, surface.Length);
            if (form != surface && char.IsUpper(form[0]) && form.Skip(1).Any(char.IsLower))
            {
                return form;
            }
        }

        return null;
    }

    /// <summary>A plain English word, also in a regular plural ("images", "policies", "boxes"; the claim key's stemmer).</summary>
    internal static bool IsEnglishWord(string folded) =>
        Gazetteer.Default.Words.Contains(folded) ||
        (folded.Length > 3 && folded[^1] == 's' && Gazetteer.Default.Words.Contains(Claims.ClaimNormalizer.Stem(folded)));

    /// <summary>
    /// "Maple Street", "Oregon Street", "Harbour Road": a name ending in a street word is a place; so is one ending in a
    /// building's word ("Harlow Palace", "the Presidential Lodge") unless it opens with a given name or speaks ("Kelmar
    /// Villa said" is a club).
    /// </summary>
    private static bool StreetName(List<Token> tokens, int start, int end) =>
        end - start >= 2 && !tokens[end - 1].AllCaps &&
        ((Lexicon.Current.StreetHeads.Contains(tokens[end - 1].Norm) && !PersonNamedLikeStreet(tokens, start, end)) ||
         (Lexicon.Current.BuildingHeads.Contains(tokens[end - 1].Norm) && !Gazetteer.Default.IsGivenName(tokens[start].Norm) &&
          SpeakerCue(tokens, start, end) == Cue.None && !IntroducedAsInstitution(tokens, start))); // not "the app data firm Sensor Tower"

    /// <summary>
    /// "Chief executive Mark Street said", "Mark Street wrote": a given name and a street word, after a title or speaking,
    /// is a person whose surname is a street word, not a street.
    /// </summary>
    private static bool PersonNamedLikeStreet(List<Token> tokens, int start, int end) =>
        end - start == 2 && Gazetteer.Default.IsGivenName(tokens[start].Norm) &&
        (SpeakerCue(tokens, start, end) != Cue.None || (start > 0 && (NameWords.IsTitle(tokens[start - 1]) || SpeechLexicon.PersonNouns.Contains(tokens[start - 1].Norm))) ||
         PersonRoleSetOffAfter(tokens, end));

    /// <summary>
    /// A one-word name no word list knows (no English word, given name, plural or demonym) that is the subject of a plural
    /// verb: "have", "are" or "were" before a participle ("Fiorentina have rejected …", the collective subject), or the
    /// plain form of a speech verb ("Fiorentina deny …"). A person "has", "denies". Not after "and", a comma, a verb or a
    /// noun (<see cref="OpensClause"/>).
    /// </summary>
    private static bool UnknownCollectiveSubject(List<Token> tokens, int start, int end, EntityRegistry registry)
    {
        // The verb after the word first: it turns away almost every name before any word list is asked.
        if (end - start != 1 || end + 1 >= tokens.Count || !tokens[end].IsWord || tokens[end].Cap ||
            !(tokens[end].Norm is "have" or "are" or "were" || SpeechLexicon.IsVerb(tokens[end].Norm)) ||
            tokens[start].Norm.Length < 4 || tokens[start].Norm.EndsWith('s') || !OnlyLetters(tokens[start].Norm) || IsEnglishWord(tokens[start].Norm) ||
            IsDemonym(tokens[start], registry) || Gazetteer.Default.IsGivenName(tokens[start].Norm))
        {
            return false;
        }

        if (CollectiveSubject(tokens, start, end))
        {
            var next = tokens[end + 1];
            return next.Norm.EndsWith("ed", StringComparison.Ordinal) || SpeechLexicon.IsVerb(next.Norm) || next.Norm is "been" or "also" or "not" or "now";
        }

        // ("the Fiorentina report", "a Quimby claim": a base form that is mostly a noun is no verb here.)
        var verb = tokens[end];
        return verb.IsWord && !verb.Cap && !tokens[start].AllCaps && OpensClause(tokens, start) && SpeechLexicon.TryVerb(verb.Norm, out var lemma, out _) &&
            verb.Norm == lemma && !Lexicon.Current.NounlikeBaseForms.ContainsKey(verb.Norm);
    }

    private static bool OnlyLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Capitalised words of a headline that only describe: every one an English word, none a given name opening it, and
    /// one of them a plural ("Cops", "Residents", "Officers") or a speech verb ("Deny Pier"). "Bill Gates" opens with a
    /// given name; a name only the headline holds is lost, which the article's body rarely lets happen.
    /// </summary>
    private static bool HeadlineDescription(List<Token> tokens, int first, int end, EntityKind kind)
    {
        if (end <= first || (Gazetteer.Default.IsGivenName(tokens[first].Norm) && !SpeechLexicon.IsVerb(tokens[first].Norm))) // "Deny" is a given name too
        {
            return false;
        }

        var describes = false;
        for (var k = first; k < end; k++)
        {
            var n = tokens[k].Norm;
            if (!tokens[k].IsWord || !(IsEnglishWord(n) || SpeechLexicon.IsVerb(n)))
            {
                return false;
            }

            // A plural makes a description of what was read as a person ("Big Easy Cops"), and of an organisation only when it
            // is people's ("Police Officers Involved"): an organisation's name may hold another ("United Nations", "Sky News").
            describes |= (n.Length > 3 && n[^1] == 's' && (kind == EntityKind.Person ? IsEnglishWord(n[..^1]) : SpeechLexicon.PersonNouns.Contains(n[..^1]))) ||
                SpeechLexicon.IsVerb(n) || (k == first && HeadlineVerbAfterName(tokens, k));
        }

        return describes;
    }

    /// <summary>
    /// "US Eases Oil Embargo on Cuba": a word with a verb's "-s" right after the name that is the headline's subject (a
    /// capitalised word, no article) is the headline's verb, and the capitals after it describe, they name no one.
    /// </summary>
    private static bool HeadlineVerbAfterName(List<Token> tokens, int k)
    {
        var n = tokens[k].Norm;
        return k > 0 && tokens[k - 1].IsWord && tokens[k - 1].Cap && tokens[k - 1].Norm is not ("the" or "a" or "an") && n.Length > 4 && n[^1] == 's' &&
            (IsEnglishWord(n[..^1]) || (n.EndsWith("es", StringComparison.Ordinal) && IsEnglishWord(n[..^2]))) && !NameWords.InstitutionHeads.Contains(n);
    }

    /// <summary>"as translated by", "as reported by", "as quoted by", "as first reported by" right before token <paramref name="i"/>.</summary>
    private static bool RelayedAsBy(List<Token> tokens, int i) =>
        i >= 3 && tokens[i - 1].Norm == "by" && tokens[i - 2].Norm is "translated" or "reported" or "quoted" or "cited" or "published" or "broadcast" &&
        (tokens[i - 3].Norm == "as" || (i >= 4 && tokens[i - 3].Norm is "first" or "originally" or "earlier" && tokens[i - 4].Norm == "as"));

    /// <summary>The end of one to four capitalised words at <paramref name="i"/> none of them read yet, no person's title among them; or -1.</summary>
    private static int OutletRunEnd(List<Token> tokens, bool[] covered, int i)
    {
        var k = i;
        while (k < tokens.Count && k - i < 4 && !covered[k] && tokens[k].IsWord && tokens[k].Cap && !NameWords.IsTitle(tokens[k]))
        {
            k++;
        }

        return k > i && !Gazetteer.Default.IsGivenName(tokens[i].Norm) ? k : -1;
    }

    /// <summary>"David Lane, Churchill's lawyer, said": a role of a person set off by commas right after the name.</summary>
    private static bool PersonRoleSetOffAfter(List<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Norm != ",")
        {
            return false;
        }

        for (var k = end + 1; k < tokens.Count && k <= end + 6 && tokens[k].Norm != ","; k++)
        {
            if (tokens[k].IsWord && !tokens[k].Cap && (SpeechLexicon.PersonNouns.Contains(tokens[k].Norm) || NameWords.IsTitle(tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "her Veridia Social platform", "the Fanatik newspaper", "the Halvorsen company": a name between a determiner or
    /// possessive and a noun that says what kind of organisation it is.
    /// </summary>
    private static bool ClassNounAfter(List<Token> tokens, int start, int end) =>
        start > 0 && end < tokens.Count && tokens[start - 1].IsWord && !tokens[start - 1].Cap && Lexicon.Current.Determiners.Contains(tokens[start - 1].Norm) &&
        tokens[end].IsWord && !tokens[end].Cap && Lexicon.Current.OrganisationClassNouns.Contains(tokens[end].Norm) &&
        !tokens[end - 1].Norm.Contains('-', StringComparison.Ordinal); // "the Gautam Adani-led conglomerate" is not named "Gautam Adani-led"

    /// <summary>
    /// "Dragan Vukovic", "Kwame Obeng": two or three capitalised words whose first is no English word, no given name the
    /// gazetteer knows and no place, and whose others are no English words (or known surnames). Names from languages
    /// the given-name lists do not cover; "Korvadex Shares" (a word) and "Harbour Board" stay out.
    /// </summary>
    private static bool ForeignNamePerson(List<Token> tokens, int start, int end)
    {
        if (end - start is < 2 or > 3 || InCredit(tokens, start))
        {
            return false;
        }

        var g = Gazetteer.Default;
        for (var k = start; k < end; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || t.AllCaps || t.Norm.Length < 2 || !t.Norm.All(c => char.IsLetter(c) || c is '-' or '\'') ||
                NameWords.InstitutionHeads.Contains(t.Norm) || Lexicon.Current.PlaceHeads.Contains(t.Norm) || SpeechLexicon.IsInstitutionNoun(t.Norm) ||
                (IsEnglishWord(t.Norm) && (k == start || !g.IsSurname(t.Norm))) || Gazetteer.Default.CountryOfDemonym(t.Norm) is not null ||
                (g.WordNet.KindOfSpan(tokens, k, k + 1) is var kind && kind != NameKinds.None && !kind.HasFlag(NameKinds.Person)))
            {
                return false; // "Getty Images", "Latin American"
            }
        }

        return tokens[start].Norm.Length >= 3 && !g.IsGivenName(tokens[start].Norm) && g.MatchPlace(tokens, start, end).Length == 0;
    }

    /// <summary>
    /// "Parliament", "the Senate", "Congress": a capitalised legislature's kind standing alone, not opening a longer name
    /// ("Parliament Street", "the Senate of Canada", "Congress Party") nor closing one ("the US Senate", "Uganda's
    /// Parliament" are read as names of their own).
    /// </summary>
    private static bool LoneLegislature(List<Token> tokens, bool[] covered, int i) =>
        tokens[i] is { IsWord: true, Cap: true, AllCaps: false, Norm: "parliament" or "senate" or "congress" } && !covered[i] &&
        !(i + 1 < tokens.Count && ((tokens[i + 1].IsWord && tokens[i + 1].Cap) || tokens[i + 1].Norm is "of" or "'s" or "-")) &&
        !(i > 0 && ((tokens[i - 1].IsWord && tokens[i - 1].Cap && !SentenceOpener(tokens, i - 1) && tokens[i - 1].Norm != "the") || tokens[i - 1].Norm == "'s"));

    /// <summary>
    /// "clashes in Deir Ezzor", "a village near Ek Phnom": unknown words right after "in" or "near", not owning anything
    /// after them ("in Chea Chamroeun's view"), name where something is, not who.
    /// </summary>
    private static bool AfterLocative(List<Token> tokens, int start, int end) =>
        start > 0 && tokens[start - 1] is { IsWord: true, Cap: false, Norm: "in" or "near" } && !(end < tokens.Count && tokens[end].Norm is "'s" or "'");

    /// <summary>
    /// A given name, a one-word nickname in quotation marks and a surname of one or two capitalised words (after a name
    /// particle at most): "Christopher “Bong” Go" → the person "Christopher Go", written with the nickname.
    /// </summary>
    private static DiscoveredName? NicknamedPerson(string text, List<Token> tokens, bool[] covered, int i)
    {
        if (!tokens[i].Cap || i + 4 >= tokens.Count)
        {
            return null; // (the cheap test first: this runs at every token)
        }

        while (i + 1 < tokens.Count && tokens[i].IsWord && tokens[i].Cap && NameWords.IsTitle(tokens[i]) && !covered[i])
        {
            i++; // "Senator Christopher “Bong” Go": past the title
        }

        if (i + 4 >= tokens.Count || tokens[i + 1].Kind is not (TokenKind.QuoteOpen or TokenKind.QuoteStraight) ||
            tokens[i + 3].Kind is not (TokenKind.QuoteClose or TokenKind.QuoteStraight) || covered[i] || !tokens[i].IsWord || !tokens[i].Cap || tokens[i].AllCaps ||
            !tokens[i + 2].IsWord || !tokens[i + 2].Cap || tokens[i + 4].Start != tokens[i + 3].End + 1 || !Gazetteer.Default.IsGivenName(tokens[i].Norm))
        {
            return null;
        }

        var k = i + 4;
        while (k < tokens.Count && k < i + 6 && tokens[k].IsWord && !tokens[k].Cap && NameWords.NameParticles.Contains(tokens[k].Norm))
        {
            k++; // "… “Bato” de la Rosa", "… “Kees” van der Berg"
        }

        var surname = k;
        while (k < tokens.Count && k < surname + 2 && tokens[k].IsWord && tokens[k].Cap && !tokens[k].AllCaps && !covered[k] &&
               !NameWords.NotNames.Contains(tokens[k].Norm) && !NameWords.IsTitle(tokens[k]))
        {
            k++;
        }

        if (k == surname)
        {
            return null;
        }

        var name = text[tokens[i].Start..tokens[i].End] + " " + text[tokens[i + 4].Start..tokens[k - 1].End];
        return new DiscoveredName(i, k, EntityKind.Person, name) { Surface = Join(text, tokens, i, k) };
    }

    /// <summary>
    /// "The Chief Executive Officer (CEO) of the Pakistan Cricket Board (PCB) Wasim Khan", "Chairman of the Harbour Board
    /// Tom Hale": a title, "of", an organisation's capitalised name (and its acronym in brackets) right before the name at
    /// <paramref name="start"/>, with no comma: the title's tokens, or null.
    /// </summary>
    private static (int First, int End)? TitleOfOrganisationBefore(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (k >= 2 && tokens[k].Norm == ")" && tokens[k - 2].Norm == "(" && tokens[k - 1].AllCaps)
        {
            k -= 3; // "(PCB)"
        }

        var orgEnd = k + 1;
        while (k >= 0 && orgEnd - k <= 7 && tokens[k].IsWord && (tokens[k].Cap || (k < orgEnd - 1 && tokens[k].Norm is "of" or "and" or "for")))
        {
            k--; // the organisation's capitalised name, "of" or "and" inside it
        }

        // "… of the <organisation>": the title's "of the" right before the name
        if (k >= orgEnd - 1 || k < 1 || tokens[k].Norm != "the" || tokens[k - 1].Norm != "of" || !tokens[k + 1].Cap)
        {
            return null;
        }

        var of = k - 1;
        var titleEnd = of;
        var t = of - 1;
        if (t >= 2 && tokens[t].Norm == ")" && tokens[t - 2].Norm == "(")
        {
            t -= 3; // "Chief Executive Officer (CEO) of"
            titleEnd = t + 1;
        }

        var titleFirst = t;
        while (titleFirst >= 0 && tokens[titleFirst].IsWord && tokens[titleFirst].Cap && titleEnd - titleFirst <= 4 && !NameWords.NotNames.Contains(tokens[titleFirst].Norm))
        {
            titleFirst--;
        }

        titleFirst++;
        if (titleFirst > t || !(Lexicon.Current.PersonTitles.Contains(tokens[t].Norm) || SpeechLexicon.PersonNouns.Contains(tokens[t].Norm) || NameWords.IsTitle(tokens[t])))
        {
            return null;
        }

        return (titleFirst, titleEnd);
    }

    /// <summary>
    /// "CSs Jane Roe and Tom Hale", "PSs", "MPs": a title's capitals with a plural "s" ("CS", cabinet secretary), members
    /// named by office, never an organisation.
    /// </summary>
    private static bool PluralTitleAcronym(string text, Token t) =>
        t.Norm.Length is >= 3 and <= 5 && t.Norm[^1] == 's' && text[t.End - 1] == 's' && char.IsUpper(text[t.End - 2]) && char.IsUpper(text[t.Start]) &&
        (SpeechLexicon.PersonNouns.Contains(t.Norm[..^1]) || NameWords.Titles.Contains(t.Norm[..^1]));

    /// <summary>
    /// "TV3", "9News", "Channel4", "2GB": one word of letters and digits, two letters or more, written with a capital and
    /// no lower-case letter before it (not "a2", not "COVID19" either: a common acronym with a year is no brand).
    /// </summary>
    private static bool DigitBrand(string text, Token t)
    {
        if (!t.IsWord || t.Norm.Length is < 3 or > 9 || t.Norm.AsSpan().IndexOfAnyInRange('0', '9') < 0 || !t.Norm.All(char.IsLetterOrDigit) ||
            t.Norm.Count(char.IsLetter) < 2 || (t.Norm.Count(char.IsDigit) >= 2 && Lexicon.Current.CommonAcronyms.Contains(t.Norm.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'))))
        {
            return false;
        }

        var first = text.AsSpan(t.Start, t.End - t.Start).IndexOfAnyInRange('a', 'z');
        var capital = text.AsSpan(t.Start, t.End - t.Start).IndexOfAnyInRange('A', 'Z');
        return capital >= 0 && (first < 0 || capital < first);
    }

    /// <summary>A short word of lower-case letters and digits, both ("a2", "e2", "o2"): a brand, not an English word.</summary>
    private static bool LetterDigitWord(Token t) =>
        t.IsWord && !t.Cap && t.Norm.Length <= 5 && t.Norm.Any(char.IsDigit) && t.Norm.Any(char.IsLetter) && t.Norm.All(char.IsLetterOrDigit);

    /// <summary>
    /// "Big Hit Entertainment": in prose, a capitalised verb inside a name with no head yet goes on with it when the next
    /// capitalised word (or the one after) is the head ("Harbour Board Denies Union Claims" already had its head).
    /// </summary>
    private static bool HeadRightAfter(List<Token> tokens, int k) =>
        NameWords.InstitutionHeads.Contains(tokens[k].Norm) ||
        (k + 1 < tokens.Count && tokens[k + 1] is { IsWord: true, Cap: true } next && NameWords.InstitutionHeads.Contains(next.Norm) && !SpeechLexicon.IsVerb(tokens[k].Norm));

    /// <summary>
    /// A possessive between capitalised words of a name still to reach its head ("St. Ann's Bay Hospital", "the Cricket
    /// Players' Association", "People's Daily"); not after the head ("the Ministry's Press Office" is the ministry's).
    /// </summary>
    private static bool InnerPossessive(List<Token> tokens, int start, int k, bool hasHead) =>
        !hasHead && k > start && tokens[k].Norm is "'s" or "'" && tokens[k - 1].IsWord && tokens[k - 1].Cap &&
        k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Cap &&
        (((k - 1 > start || tokens[k - 1].Norm is "people" or "women" or "children" or "workers" or "players") && !Gazetteer.Default.IsGivenName(tokens[start].Norm)) || // not "(Warren) Buffett's Berkshire Hathaway", "Gurugram's Fortis Hospital"
         ShopAfterPossessive(tokens, k));

    /// <summary>
    /// "Julie's Bakeshop", "Merle's Barbecue": one or two capitalised words, a possessive and a shop's noun that ends the
    /// capitals are one business's name, the founder's possessive inside it.
    /// </summary>
    private static bool ShopAfterPossessive(List<Token> tokens, int k) =>
        Lexicon.Current.ShopNouns.Contains(tokens[k + 1].Norm) && !tokens[k + 1].AllCaps &&
        (k + 2 >= tokens.Count || !tokens[k + 2].IsWord || !tokens[k + 2].Cap);

    /// <summary>
    /// "Kenya Power and Lighting Company", "Nigeria Police Force", "Sri Lanka Cricket": a place of up to three words the
    /// gazetteer covered right before the run at <paramref name="i"/>, one space apart, opening the sentence or after a word
    /// that opens no name (a determiner, most prepositions, a verb in lower case; not "of" or "for", whose place is a
    /// title's: "Chief Justice of India NV Ramana"): the place's first token, else -1. The longer name wins the final match
    /// over the place.
    /// </summary>
    private static int PlaceOpensName(List<Token> tokens, bool[] covered, int i)
    {
        if (i < 1 || tokens[i - 1].End + 1 != tokens[i].Start)
        {
            return -1;
        }

        // the longest place: "Sri Lanka", not "Lanka"
        var k = Math.Max(0, i - 3);
        while (k < i && Gazetteer.Default.Places.Match(tokens, k, i).Length != i - k)
        {
            k++;
        }

        for (var w = k; w < i; w++)
        {
            if (!covered[w] || !tokens[w].IsWord || !tokens[w].Cap || tokens[w].AllCaps)
            {
                return -1;
            }
        }

        return k == i || (k > 0 && tokens[k - 1].IsWord && tokens[k - 1].Cap && !SentenceOpener(tokens, k - 1)) ||
            (k > 0 && tokens[k - 1].Norm is "'s" or "-" or "of" or "for" && !SentenceOpener(tokens, k)) ? -1 : k;
    }

    /// <summary>
    /// "Wayanad district", "Kuttanad village", "Daryaganj area": capitalised words, none an English word, a given name, a
    /// title or an organisation's head, right before a lower-case noun for a place of people (district, village, town, city,
    /// county, province, region, state, municipality, area, suburb, township, neighbourhood, locality, taluk, tehsil).
    /// </summary>
    private static bool PlaceNounAfter(List<Token> tokens, int start, int end)
    {
        if (end >= tokens.Count || tokens[end] is not { IsWord: true, Cap: false } || Gazetteer.Default.IsGivenName(tokens[start].Norm) ||
            tokens[end].Norm is not ("district" or "village" or "town" or "city" or "county" or "province" or "region" or "state" or "municipality" or "area" or
                "suburb" or "township" or "neighbourhood" or "neighborhood" or "locality" or "taluk" or "tehsil"))
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            // ("the English city of …", "an Islamic state": a people's or a faith's adjective names no place)
            if (!tokens[k].IsWord || !tokens[k].Cap || tokens[k].AllCaps || IsEnglishWord(tokens[k].Norm) || NameWords.InstitutionHeads.Contains(tokens[k].Norm) ||
                NameWords.IsTitle(tokens[k]) || NameWords.NotNames.Contains(tokens[k].Norm) || Gazetteer.Default.CountryOfDemonym(tokens[k].Norm) is not null ||
                tokens[k].Norm is "islamic" or "christian" or "catholic" or "jewish" or "muslim" or "hindu" or "buddhist" or "sikh" or "arab" or "kurdish" or "tamil" or "english" or "scottish" or "welsh" or "northern" or "southern" or "eastern" or "western" or "central")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Residents of Ijede", "villagers in Kaduma", "traders from Agric, Ijede and Igbogbo": capitalised words right after
    /// "of", "in" or "from" that follows a plural noun for people who live or work somewhere, or after a comma or "and"
    /// going on with a place so found, name a place (no organisation's head or title among them, no given name opening them).
    /// </summary>
    private static bool PlaceOfResidents(List<Token> tokens, int start, int end, List<DiscoveredName> found)
    {
        if (start < 2 || Gazetteer.Default.IsGivenName(tokens[start].Norm))
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (NameWords.InstitutionHeads.Contains(tokens[k].Norm) || NameWords.IsTitle(tokens[k]))
            {
                return false;
            }
        }

        return ResidentsAt(tokens, found, start);
    }

    /// <summary>The name at <paramref name="first"/> is where residents live: right after "residents of", or next in a list that opened so.</summary>
    private static bool ResidentsAt(List<Token> tokens, List<DiscoveredName> found, int first)
    {
        if (first < 2)
        {
            return false;
        }

        if (tokens[first - 1].Norm is "of" or "in" or "from")
        {
            return tokens[first - 2].Norm is "residents" or "villagers" or "inhabitants" or "locals" or "indigenes" or "traders" or "farmers" or "fishermen" or
                "pupils" or "students" or "families" or "youths" or "people" or "motorists" or "commuters";
        }

        return tokens[first - 1].Norm is "," or "and" && found.FindLast(x => x.End == first - 1) is { Kind: EntityKind.Place } previous &&
            ResidentsAt(tokens, found, previous.First);
    }

    /// <summary>A run of capitalised words with "of/the/for/and" inside, holding an institution head word.</summary>
    private static int InstitutionRun(string text, List<Token> tokens, bool[] covered, int i, bool heading, out int start)
    {
        start = i;
        // "Lagos-based Harmony FM", "the Kremlin-backed Harbour Times": the modifier opens no name, the name starts after it.
        while (start < tokens.Count && tokens[start].IsWord && tokens[start].Cap &&
            ((NameWords.NotNames.Contains(tokens[start].Norm) && !OpensNameInside(tokens, start)) || LowerCaseCompound(text, tokens[start]) ||
             (tokens[start].Norm is "senior" or "former" or "veteran" or "acting" && SentenceOpener(tokens, start))))
        {
            start++; // (and "Senior Congress leader X said …": an opening "senior" or "former" is the person's, not the party's)
        }

        // "Shares of The Interpublic Group of Cos. fell …", "Residents of the Harbour Estate said …", "Representatives of the
        // union denied …": a plural English noun, or a plural noun for people or for those who act for others, opening the
        // sentence before "of" is what belongs to the organisation, not its name's first word.
        if (start + 2 < tokens.Count && start == i && SentenceOpener(tokens, start) && tokens[start + 1].Norm == "of" && tokens[start].Norm.Length > 3 &&
            tokens[start].Norm[^1] == 's' && (IsEnglishWord(tokens[start].Norm) || Lexicon.Current.ProxyNouns.Contains(tokens[start].Norm) || SpeechLexicon.PersonNouns.Contains(tokens[start].Norm)) &&
            !NameWords.InstitutionHeads.Contains(tokens[start].Norm) &&
            !NameWords.InstitutionHeads.Contains(tokens[start].Norm[..^1]))
        {
            start += tokens[start + 2].Norm == "the" ? 3 : 2;
        }
        else if (start + 2 < tokens.Count && start == i && SentenceOpener(tokens, start) && tokens[start].Norm is "management" or "leadership" &&
                 tokens[start + 1].Norm == "of" && (tokens[start + 2].Cap || tokens[start + 2].Norm == "the"))
        {
            start += tokens[start + 2].Norm == "the" ? 3 : 2; // "Management of Quintbank has denied …": those who run it, then its name
        }

        var end = start;
        var hasHead = false;
        var k = start;
        // A title-case headline goes on after the name ("Harbour Board Denies Sale …"): a speech verb ends the run there,
        // and where title case goes on after it in prose (a quoted headline), but not as the name's last word in prose
        // ("the Community of West African States said").
        // "the University of Wolverhampton": a place the gazetteer already found may close the name after its head and "of".
        // "the Waterford News & Star": an ampersand between the head and one more capitalised word goes on with the name.
        while (k < tokens.Count && (tokens[k].IsWord || InnerPossessive(tokens, start, k, hasHead) || (hasHead && AmpersandInName(tokens, covered, start, k))) &&
            (!covered[k] || (hasHead && k > start && tokens[k].Cap && ((tokens[k - 1].Norm == "of" && OnlyHeadBefore(tokens, start, k)) || RomanceOf(tokens[k - 1])))) &&
            k - start < 8 &&
            !(k > start && SpeechLexicon.IsVerb(tokens[k].Norm) && (heading || !tokens[k].Cap || (k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Cap &&
                (hasHead || !HeadRightAfter(tokens, k + 1))))))
        {
            var t = tokens[k];
            if (LowerCaseCompound(text, t))
            {
                break; // "the Harbour Ports-backed bid": a modifier built on the name, not part of it
            }

            if (hasHead && t.Cap && NameWords.IsTitle(t) && !NameWords.InstitutionHeads.Contains(t.Norm) &&
                k + 1 < tokens.Count && tokens[k + 1].Cap && !NameWords.InstitutionHeads.Contains(tokens[k + 1].Norm) &&
                tokens[k - 1].Norm is not ("for" or "of" or "and"))
            {
                break; // "Superior Court Judge Robert …": the court, then a title before a name (not "Centre for Independent Journalism")
            }

            if (hasHead && k > start && t.Cap && NameWords.InstitutionHeads.Contains(tokens[k - 1].Norm) && !NameWords.InstitutionHeads.Contains(t.Norm) &&
                Gazetteer.Default.IsGivenName(t.Norm) && k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Cap &&
                !NameWords.InstitutionHeads.Contains(tokens[k + 1].Norm))
            {
                break; // "St. Ann's Bay Hospital Dennis Morgan said": the organisation, then a person's name
            }

            if (k > start && t.Cap && NameWords.PersonTitles.Contains(t.Norm) && k + 1 < tokens.Count && tokens[k + 1].Norm is "of" or "for")
            {
                break; // "Union Minister of State for Steel": a title and its portfolio after the words before it
            }

            if (hasHead && k > start && t.Cap && !covered[k] && OpensUnknownName(tokens, k) && TitlePortfolio(tokens, start))
            {
                return i; // "Inspector General of Police Joseph Boinnet": a title, its portfolio, then a name; no institution
            }

            if (!t.IsWord)
            {
                k++; // the possessive inside "St. Ann's Bay Hospital", "Players' Association"
                continue;
            }

            if (t.Cap && (!NameWords.NotNames.Contains(t.Norm) || (k == start && OpensNameInside(tokens, k))))
            {
                hasHead |= NameWords.InstitutionHeads.Contains(t.Norm) || (k > start && tokens[k - 1].Norm is "'s" or "'" && Lexicon.Current.ShopNouns.Contains(t.Norm));
                k++;
                end = k;
            }
            else if (t.Norm == "and" && k == end && hasHead && ((k + 1 < tokens.Count && tokens[k + 1].Norm == "the") ||
                (NameWords.InstitutionHeads.Contains(tokens[end - 1].Norm) && !HeadAsComplement(tokens, start, end, k) && !PortfoliosBeforeMinistry(tokens, end, k))))
            {
                break; // "the Oshkosh Police Department and (the) Northwind company": two organisations, not one name
            }
            else if (t.Norm is "of" && !hasHead && end - start >= 2 && Gazetteer.Default.IsGivenName(tokens[start].Norm))
            {
                break; // "Matt Law of the Telegraph", "Jane Roe of Quintbank": a person of an organisation, two names
            }
            else if (t.Norm is "of" or "the" or "for" or "and" or "de" or "del" or "on" && k - end < 2 && k > start &&
                !(t.Norm == "on" && (tokens[end - 1].Norm is not ("committee" or "commission" or "council" or "panel" or "subcommittee" or "conference" or "forum") ||
                    DateAfterOn(tokens, k))))
            {
                k++; // "Ministry of Justice", "Committee on Foreign Relations"; not "the Interior Ministry on the National Action Plan"
            }
            else
            {
                break;
            }
        }

        // "the Diocese of Rockville Centre", "the University of New South Wales", "Radio de Buenos Aires": the place after
        // "of" runs to its end.
        if (hasHead && end - start >= 3 && (tokens[end - 2].Norm == "of" || RomanceOf(tokens[end - 2])) && covered[end - 1] &&
            Gazetteer.Default.Places.Match(tokens, end - 1, tokens.Count) is { Length: > 1 } longer)
        {
            end = end - 1 + longer.Length;
        }

        // "the Central Bank of Nigeria", "the Supreme Court of South Africa": a name of common words and a head is closed by
        // "of" and the country the gazetteer already found (the country's own body, not a place it mentions).
        if (hasHead && end - start >= 2 && end + 1 < tokens.Count && tokens[end].Norm == "of" && covered[end + 1] && tokens[end + 1].Cap &&
            GenericWords(tokens, start, end) && Gazetteer.Default.Places.Match(tokens, end + 1, tokens.Count) is { Length: > 0 } country &&
            Array.Exists(country.Items, x => x.Kind == PlaceKind.Country))
        {
            end += 1 + country.Length;
        }

        // "The American University in Cairo": a university named only by common words (a people's name first at most) is
        // known by the place it is in, which the gazetteer already found right after "in" ("Harvard University in
        // Cambridge" stays Harvard University).
        if (hasHead && end - start >= 2 && tokens[end - 1].Norm is "university" or "college" && end + 1 < tokens.Count && tokens[end].Norm == "in" &&
            covered[end + 1] && tokens[end + 1].Cap && (GenericWords(tokens, start + 1, end) && (GenericWords(tokens, start, start + 1) ||
                Gazetteer.Default.CountryOfDemonym(tokens[start].Norm) is not null)) &&
            Gazetteer.Default.Places.Match(tokens, end + 1, tokens.Count) is { Length: > 0 } seat)
        {
            end += 1 + seat.Length;
        }

        // "the Interior ministry", "the Health department", "the Nigerian army": a lower-case head right after the capitalised
        // words still heads them.
        if (!hasHead && end > start && end - start <= 3 && end < tokens.Count && tokens[end].IsWord && !tokens[end].Cap && !covered[end] &&
            tokens[end].Norm is "ministry" or "department" or "police" or "army" or "military" or "navy" or "hospital" or "clinic" or "university" or "council" or "court")
        {
            hasHead = true;
            end++;
        }

        // A lone head word ("the Ministry") is a reference, not a name; "Minister of Energy and Mines" is a person's title;
        // a run ending in a document noun is a document's title ("Media Statement", "Fake Press Releases").
        var document = SpeechLexicon.DocumentNouns.Contains(tokens[end - 1].Norm) || SpeechLexicon.DocumentNouns.Contains(tokens[end - 1].Norm.TrimEnd('s'));
        // "aboard Air Force One", "a Formula One team": a capitalised number after the head names an aircraft or a series.
        var numbered = end < tokens.Count && tokens[end].Cap && tokens[end].Norm is "one" or "two" or "three";
        return hasHead && end - start >= 2 && !OpensWithPersonTitle(tokens, start, end) && !OpensWithTitleOf(tokens, start) && !document && !numbered ? end : i;
    }

    /// <summary>
    /// "Sahara Reporters", "Liberty Professionals": a name read as a person's whose last word is the plural of an English
    /// noun that is no surname or given name ("Banks", "Woods", "Brooks" are surnames) names a group of people, an
    /// organisation; after a given name only when the plural is of people ("Greg Hands", "Betsy Landers" stay people).
    /// </summary>
    private static void PluralEndsNoPerson(List<Token> tokens, List<DiscoveredName> found)
    {
        for (var n = 0; n < found.Count; n++)
        {
            if (found[n] is not { Kind: EntityKind.Person } d || d.End - d.First is < 2 or > 3)
            {
                continue;
            }

            var last = tokens[d.End - 1].Norm;
            if (last.Length > 4 && last[^1] == 's' && last[^2] != 's' && IsEnglishWord(last) && IsEnglishWord(last[..^1]) &&
                !Gazetteer.Default.IsSurname(last) && !Gazetteer.Default.IsGivenName(last) &&
                (!Gazetteer.Default.IsGivenName(tokens[d.First].Norm) || SpeechLexicon.PersonNouns.Contains(last)))
            {
                found[n] = d with { Kind = EntityKind.Institution, Role = null };
            }
        }
    }

    /// <summary>
    /// "New Zealand Cricket (NZC)", "Athletics Kenya (AK)" read as "Cricket" after a country: an organisation followed by an
    /// acronym in brackets takes in the capitalised words before it (up to three, a place the gazetteer matched too) when
    /// their initials with its own spell the acronym and its own alone do not.
    /// </summary>
    private static void WidenToAcronym(string text, List<Token> tokens, List<DiscoveredName> found)
    {
        for (var n = 0; n < found.Count; n++)
        {
            if (found[n] is { Kind: EntityKind.Institution } r && WidenedRight(tokens, r.First, r.End) is var right and > 0)
            {
                found[n] = r with { End = right, Name = Join(text, tokens, r.First, right), Acronym = AcronymAfter(text, tokens, right) };
            }

            var d = found[n];
            if (d.Kind != EntityKind.Institution || d.End + 2 >= tokens.Count || tokens[d.End].Norm != "(" || tokens[d.End + 2].Norm != ")" ||
                !tokens[d.End + 1].AllCaps || tokens[d.End + 1].Norm.Length is < 2 or > 6)
            {
                continue;
            }

            var acronym = tokens[d.End + 1].Norm;
            if (Initials(tokens, d.First, d.End) == acronym)
            {
                continue;
            }

            for (var start = d.First - 1; start >= 0 && start >= d.First - 3 && tokens[start].IsWord && tokens[start].Cap && tokens[start].Norm != "the"; start--)
            {
                if (Initials(tokens, start, d.End) == acronym)
                {
                    found[n] = d with { First = start, Name = Join(text, tokens, start, d.End) };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Col. Myles B. Caggins III", "John D. Rockefeller IV": a generation's numeral in capitals right after a person's name
    /// of two words or more is part of it.
    /// </summary>
    private static void WidenToGeneration(string text, List<Token> tokens, List<DiscoveredName> found)
    {
        for (var n = 0; n < found.Count; n++)
        {
            if (found[n] is { Kind: EntityKind.Person, Inline: false } d && d.End - d.First >= 2 && d.End < tokens.Count && d.Surface is null &&
                tokens[d.End] is { IsWord: true, AllCaps: true, Norm: "ii" or "iii" or "iv" } numeral && numeral.Start == tokens[d.End - 1].End + 1 &&
                !tokens[d.End - 1].AllCaps && !(d.End + 1 < tokens.Count && tokens[d.End + 1].IsWord && tokens[d.End + 1].Cap))
            {
                found[n] = d with { End = d.End + 1, Name = Join(text, tokens, d.First, d.End + 1) };
            }
        }
    }

    /// <summary>
    /// "Board of Control for Cricket in India (BCCI)", "American University in Cairo (AUC)": the name read up to a preposition
    /// runs on over it and the capitalised words after it when the acronym in brackets spells them too; the new end, or -1.
    /// </summary>
    private static int WidenedRight(List<Token> tokens, int first, int end)
    {
        const int MaxWords = 3;
        if (end + 3 >= tokens.Count || tokens[end].Norm is not ("in" or "of" or "for" or "at"))
        {
            return -1;
        }

        var k = end + 1;
        while (k < tokens.Count && k <= end + MaxWords && tokens[k].IsWord && tokens[k].Cap)
        {
            k++;
        }

        return k > end + 1 && k + 2 < tokens.Count && tokens[k].Norm == "(" && tokens[k + 2].Norm == ")" && tokens[k + 1].AllCaps &&
            Initials(tokens, first, k) == tokens[k + 1].Norm ? k : -1;
    }

    /// <summary>The first letters of the capitalised words of [start, end), lower case ("New Zealand Cricket" → "nzc").</summary>
    private static string Initials(List<Token> tokens, int start, int end)
    {
        var chars = new System.Text.StringBuilder(end - start);
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsWord && tokens[k].Cap)
            {
                chars.Append(char.ToLowerInvariant(tokens[k].Norm[0]));
            }
        }

        return chars.ToString();
    }

    /// <summary>Every word of [start, end) is a common English word or an organisation's head word ("Central Bank", "Supreme Court").</summary>
    private static bool GenericWords(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!tokens[k].IsWord || tokens[k].AllCaps || !(IsEnglishWord(tokens[k].Norm) || NameWords.InstitutionHeads.Contains(tokens[k].Norm)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Media Officer of Ashanti Stars FC", "Chief Executive Officer of Northwind Holdings": capitalised words ending in a
    /// noun for a person, then "of" and the organisation; the "of", or -1.
    /// </summary>
    private static int RoleOfBefore(List<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k + 1 < end && k < start + 5; k++)
        {
            if (tokens[k].Norm == "of")
            {
                var role = tokens[k - 1].Norm;
                return role is "officer" or "spokesman" or "spokeswoman" or "spokesperson" or "director" or "chairman" or "chairwoman" or "secretary" or
                    "manager" or "head" or "chief" or "president" or "coordinator" or "adviser" or "advisor" || PersonBefore(tokens, start, k) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Professor John Makumbe of the University of Zimbabwe": a given name, after a title or not, and one or two more
    /// capitalised words before the "of" are a person of the organisation after it.
    /// </summary>
    private static bool PersonBefore(List<Token> tokens, int start, int of)
    {
        var given = NameWords.IsTitle(tokens[start]) ? start + 1 : start;
        if (of - given is not (2 or 3) || !Gazetteer.Default.IsGivenName(tokens[given].Norm))
        {
            return false;
        }

        for (var k = given + 1; k < of; k++)
        {
            if (!tokens[k].IsWord || !tokens[k].Cap || SpeechLexicon.IsInstitutionNoun(tokens[k].Norm) || Lexicon.Current.InstitutionHeads.Contains(tokens[k].Norm))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "the All Harbour Workers Union": a capitalised word that usually opens sentences ("All", "One", "New") written with
    /// its capital after a lower-case word inside a sentence, before another capitalised word, opens the name.
    /// </summary>
    private static bool OpensNameInside(List<Token> tokens, int k) =>
        k > 0 && tokens[k - 1].IsWord && !tokens[k - 1].Cap && !SentenceOpener(tokens, k) && tokens[k].Norm is not ("the" or "a" or "an") &&
        k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Cap && !NameWords.NotNames.Contains(tokens[k + 1].Norm);

    /// <summary>A run of capitalised name words (with particles like "de"), skipping titles and sentence openers.</summary>
    private static bool HasAmpersand(List<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if (tokens[k].Norm == "&")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An "&amp;" between a capitalised word of the run and one capitalised word after it, a corporate suffix at most
    /// following ("Procter &amp; Gamble", "Chase &amp; Co"); "NTT Docomo &amp; Tata Sons Limited" names two companies.
    /// </summary>
    private static bool AmpersandInName(List<Token> tokens, bool[] covered, int start, int k) =>
        tokens[k].Norm == "&" && k > start && tokens[k - 1].IsWord && tokens[k - 1].Cap && k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Cap && !covered[k + 1] &&
        tokens[k].Start == tokens[k - 1].End + 1 && tokens[k + 1].Start == tokens[k].End + 1 &&
        (k + 2 >= tokens.Count || !tokens[k + 2].IsWord || !tokens[k + 2].Cap || NameWords.CorporateSuffixes.Contains(tokens[k + 2].Norm) ||
         NameWords.CorporateSuffixes.Contains(tokens[k + 2].Norm + "."));

    /// <summary>
    /// "a report in The Star", "the Harbour Star said": a newspaper's last word that is also a title ("star", "reporter",
    /// "independent"), capitalised, closing a name that "the" opens, with no capitalised word after it; alone, only after a
    /// "the" inside a sentence ("in The Star"), where it cannot be a headline's or a sentence's "The star".
    /// </summary>
    private static bool TitleWordOutlet(List<Token> tokens, int start, int k)
    {
        if (!tokens[k].Cap || tokens[k].AllCaps || !NameWords.IsTitle(tokens[k]) || !Lexicon.Current.OutletNameHeads.Contains(tokens[k].Norm) ||
            (k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Cap) || start == 0 || tokens[start - 1].Norm != "the")
        {
            return false;
        }

        if (k > start)
        {
            return true;
        }

        // Alone, only before a stop, a preposition or a verb ("in The Star on Monday", "The Star cited"): "the Independent
        // candidate", "the Independent member" use the word of the person.
        return (!tokens[start - 1].Cap || !SentenceOpener(tokens, start - 1)) &&
            (k + 1 >= tokens.Count || tokens[k + 1] is not { IsWord: true } next || Words.Prepositions.Contains(next.Norm) || SpeechLexicon.IsVerb(next.Norm) ||
             next.Norm is "reported" or "published" or "cited" or "carried" or "ran" or "quoted" or "has" or "had" or "is" or "was");
    }

    /// <summary>
    /// "Serena and Venus Williams", "Olympians Becky and Ellie Downie": a given name alone (no capitalised word before it
    /// but a plural description, no place)
    /// right before "and", a given name and one more capitalised word that ends the run; that last word's token, the surname
    /// both share, else null.
    /// </summary>
    private static int? SharedSurnameFirst(List<Token> tokens, bool[] covered, int i)
    {
        if (i + 4 > tokens.Count || covered[i] || !tokens[i].IsWord || !tokens[i].Cap || tokens[i].AllCaps || tokens[i + 1].Norm != "and" ||
            (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Cap && !SentenceOpener(tokens, i - 1) && !PluralDescription(tokens[i - 1])) ||
            !tokens[i + 2].IsWord || !tokens[i + 2].Cap || !tokens[i + 3].IsWord || !tokens[i + 3].Cap || tokens[i + 3].AllCaps ||
            (i + 4 < tokens.Count && tokens[i + 4].IsWord && tokens[i + 4].Cap) ||
            !Gazetteer.Default.IsGivenName(tokens[i].Norm) || !Gazetteer.Default.IsGivenName(tokens[i + 2].Norm) ||
            (Gazetteer.Default.IsGivenName(tokens[i + 3].Norm) && !Gazetteer.Default.IsSurname(tokens[i + 3].Norm)) ||
            Gazetteer.Default.MatchPlace(tokens, i, i + 1).Length > 0 || NameWords.NotNames.Contains(tokens[i].Norm))
        {
            return null;
        }

        return i + 3;
    }

    /// <summary>"Olympians", "Sisters": a capitalised English plural describing the people named after it.</summary>
    private static bool PluralDescription(Token t) => t.Norm.Length > 3 && t.Norm.EndsWith('s') && IsEnglishWord(t.Norm);

    /// <summary>
    /// "British Gymnastics said …", "British Cycling": a people's name and a capitalised sport, nothing capitalised after, is
    /// the country's governing body of that sport, the demonym part of its name.
    /// </summary>
    private static bool SportAfterDemonym(List<Token> tokens, int start) =>
        start + 1 < tokens.Count && tokens[start + 1] is { IsWord: true, Cap: true, AllCaps: false } sport && Lexicon.Current.SportNouns.Contains(sport.Norm) &&
        !(start + 2 < tokens.Count && tokens[start + 2].IsWord && tokens[start + 2].Cap);

    /// <summary>
    /// "Tan Sri Muhyiddin Yassin", "Puan Sri Noorainee": a Malaysian honour of two words, neither a title alone ("Tan" is a
    /// surname, "Sri" a given name), is no part of the name after it.
    /// </summary>
    private static bool HonorificPair(List<Token> tokens, int k) =>
        (tokens[k].Norm is "tan" or "puan" && k + 2 < tokens.Count && tokens[k + 1].Norm == "sri" && tokens[k + 2].IsWord && tokens[k + 2].Cap) ||
        (tokens[k].Norm == "sri" && k > 0 && tokens[k - 1].Norm is "tan" or "puan" && k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Cap);

    private static int NameRun(string text, List<Token> tokens, bool[] covered, int i, EntityRegistry registry, out int start)
    {
        start = i;
        while (start < tokens.Count && tokens[start].IsWord && tokens[start].Cap && !covered[start] && !WeekdayOutlet(tokens, start) && !TitleWordOutlet(tokens, start, start) &&
            ((NameWords.NotNames.Contains(tokens[start].Norm) && !GivenNameAfterTitle(tokens, start)) || NameWords.IsTitle(tokens[start]) || HonorificPair(tokens, start) || IsDemonym(tokens[start], registry) ||
             PluralTitleAcronym(text, tokens[start]) || PortfolioAfterTitle(tokens, i, start)) &&
            !(start + 1 < tokens.Count && !NameWords.IsTitle(tokens[start]) && HyphenatedGivenName(text, tokens[start + 1])))
        {
            start++; // but "Park Geun-hye", "Moon Jae-in": an English word before a hyphenated given name is the surname
        }

        // "Embattled Justin Gatlin denies …": a headline's capitalised adjective before a given name and a surname is no
        // part of the name.
        if (start + 2 < tokens.Count && !covered[start] && tokens[start].IsWord && tokens[start].Cap && !tokens[start].AllCaps &&
            IsEnglishWord(tokens[start].Norm) && !Gazetteer.Default.IsGivenName(tokens[start].Norm) &&
            Gazetteer.Default.IsGivenName(tokens[start + 1].Norm) && tokens[start + 1].Cap && tokens[start + 2].IsWord && tokens[start + 2].Cap)
        {
            start++;
        }

        var end = start;
        var k = start;
        while (k < tokens.Count && (tokens[k].IsWord || AmpersandInName(tokens, covered, start, k)) && !covered[k] && k - start < 6 && !(k > start && SpeechLexicon.IsVerb(tokens[k].Norm)))
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                k++; // "JPMorgan Chase & Co", "Procter & Gamble": the ampersand joins the name's words
                continue;
            }

            if (k > start && HonorificPair(tokens, k))
            {
                break; // "Mentri Besar Tan Sri Khalid Ibrahim": an honour of two words starts the name, whatever office stands before it
            }

            // A one-letter surname after a particle ("Vicente de la O Levy") is a name, not an acronym.
            var initialAfterParticle = t.AllCaps && t.Norm.Length == 1 && k > start && NameWords.NameParticles.Contains(tokens[k - 1].Norm);
            // "K.K. Shylaja": initials written together, before a capitalised word, open a name
            initialAfterParticle |= t.AllCaps && t.Norm.Length > 2 && k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Cap && !tokens[k + 1].AllCaps &&
                InitialAt(tokens, k);
            // "AK Balan", "V K Singh": capitals without stops opening a name whose next word is no English word
            initialAfterParticle |= t.AllCaps && k - start < 2 && BareInitialsEnd(tokens, start, Math.Min(tokens.Count, start + 4)) > k;
            if (k > start && HyphenatedGivenName(text, t))
            {
                k++; // "Kong Wing-cheung", "Park Geun-hye": a given name of two syllables joined by a hyphen
                end = k;
                continue;
            }

            if (LowerCaseCompound(text, t))
            {
                break; // "the Gautam Adani-led conglomerate": a modifier built on the name, not part of it
            }

            if (t.AllCaps && end == k && k > start && !tokens[k - 1].AllCaps && Lexicon.Current.FirmSuffixes.Contains(t.Norm))
            {
                end = k + 1; // "Linde AG", "Barclays PLC": a company's legal form in capitals closes its name
                break;
            }

            if (t.Cap && (!t.AllCaps || initialAfterParticle) &&
                ((!NameWords.NotNames.Contains(t.Norm) && !NameWords.IsTitle(t)) || WeekdayOutlet(tokens, k) || MonthSurname(tokens, start, end, k) ||
                 (k == start && GivenNameAfterTitle(tokens, k)) ||
                 TodayOutlet(tokens, start, k) || TitleWordOutlet(tokens, start, k)) &&
                !char.IsDigit(t.Norm[0]))
            {
                k++;
                end = k;
            }
            else if (t.Cap && !t.AllCaps && k == start + 1 && NameWords.IsTitle(t) && !Lexicon.Current.PersonTitles.Contains(t.Norm) &&
                Gazetteer.Default.IsGivenName(tokens[start].Norm) && !NameWords.IsTitle(tokens[start]) &&
                !(k + 1 < tokens.Count && ((tokens[k + 1].IsWord && tokens[k + 1].Cap) || tokens[k + 1].Norm is "of" or "'s")))
            {
                end = k + 1; // "the star's lawyer, Martin Singer, has …": a surname that is also an occupation, closing the name
                break;
            }
            else if (NameWords.NameParticles.Contains(t.Norm) && k > start && ParticleLeadsToName(tokens, covered, k) &&
                (end == k || (end == k - 1 && NameWords.NameParticles.Contains(tokens[k - 1].Norm))))
            {
                k++; // "de", and "de la" in "Juan Ramón de la Fuente"
            }
            else
            {
                break;
            }
        }

        // A lone letter ("a post on X", "Plan B") is not a name.
        return end - start == 1 && tokens[start].Norm.Length == 1 ? start : end;
    }

    /// <summary>
    /// "Cricket Australia", "Health Canada", "Bank Indonesia", "Bursa Malaysia": one capitalised word that is no name of its
    /// own (no title, demonym, given name, month or weekday, no word that opens sentences or stands before verbs, no
    /// "-ly" adverb, no word placing the country beside another: "Neighboring Ethiopia") right before a country's name or a state's ("Cricket Victoria"), with no capitalised word after it: the end of the national body's name
    /// the two make, or 0.
    /// </summary>
    private static int NationalBodyCountryEnd(string text, List<Token> tokens, int start, EntityRegistry registry)
    {
        var end = start + 1;
        if (end >= tokens.Count || !tokens[start].IsWord || !tokens[start].Cap || tokens[start].AllCaps || !tokens[end].Cap)
        {
            return 0;
        }

        // ("Neither Ghana nor …", "Diane-Louise Jordan", "Sino US relations": a determiner, a hyphenated given name or a
        // combining form is no body's name)
        var n = tokens[start].Norm;
        if (n.Contains('-') || Words.Determiners.Contains(n) || n is "neither" or "either" or "nor" or "not" or "only" or "even" ||
            n is "sino" or "anglo" or "franco" or "indo" or "afro" or "euro" or "pan" or "trans" or "pro" or "anti" || // "Sino US relations"
            n is "neighboring" or "neighbouring" or "nearby" or "bordering" or "adjacent" or "fellow" or "landlocked" or "rival" || // "Neighboring Ethiopia has denied …"

            NameWords.NotNames.Contains(n) || (NameWords.IsTitle(tokens[start]) && !Lexicon.Current.PortfolioWords.Contains(n)) || IsDemonym(tokens[start], registry) ||
            Gazetteer.Default.IsGivenName(n) ||
            Lexicon.Current.WordsBeforeVerb.Contains(n) || Words.LyAdverb(n) || Attribution.Sieves.VerbFrame.Weekday(n) || Attribution.SpeechVerbs.IsMonth(n) ||
            Lexicon.Current.PlaceHeads.Contains(n) || (start > 0 && tokens[start - 1].Norm is "in" or "of" or "from" or "to" or "at"))
        {
            return 0;
        }

        // A name the registry knows whole ("Amnesty India", Amnesty International India's alias) stays the registry's.
        if (registry.Aliases.Match(tokens, start, tokens.Count).Length > 1)
        {
            return 0;
        }

        // A country ("Metro Manila" is a region) or a state, one space between the words ("Sino-US" is a modifier).
        var place = Gazetteer.Default.MatchPlace(tokens, end, tokens.Count);
        var length = place.Length;
        // (or a country's state or province whose name is no English word, after a word that is no place or word of a
        // region's name: "Cricket Victoria", "Universiti Selangor"; not "Niger Delta", "Lamu West")
        var country = length > 0 && tokens[end].Start == tokens[start].End + 1 &&
            (Array.Exists(place.Items, x => x.Kind == PlaceKind.Country) || StateNamedAfterWord(tokens, start, place, n));
        var after = end + length;
        if (!country || (after < tokens.Count && tokens[after].IsWord && tokens[after].Cap))
        {
            return 0;
        }

        // "Amnesty India" where the article also writes "Amnesty International India": the short form of that longer name.
        var word = text.AsSpan(tokens[start].Start, tokens[start].End - tokens[start].Start).ToString();
        var countryName = text.AsSpan(tokens[end].Start, tokens[after - 1].End - tokens[end].Start).ToString();
        return LongerNameWritten(text, word, countryName) ? 0 : after;
    }

    /// <summary>
    /// The match after the word at <paramref name="start"/> names a state or province (a city of that name too: "Victoria")
    /// and no English word ("Selangor", not "Delta" or "West"), and the word (<paramref name="n"/>) is no place and no word
    /// of a region's name.
    /// </summary>
    private static bool StateNamedAfterWord(List<Token> tokens, int start, TrieMatch<Place> place, string n) =>
        Array.Exists(place.Items, x => x.Kind == PlaceKind.Subdivision) && Array.TrueForAll(place.Items, x => (x.Flags & PlaceFlags.CommonWord) == 0) &&
        !Lexicon.Current.PlaceModifiers.Contains(n) && Gazetteer.Default.MatchPlace(tokens, start, start + 1).Length == 0;

    /// <summary>
    /// <paramref name="word"/>, one to three capitalised words and <paramref name="country"/> somewhere in the text, each
    /// apart by white space ("Amnesty International India"): a scan, no pattern built per candidate.
    /// </summary>
    private static bool LongerNameWritten(string text, string word, string country)
    {
        static bool WordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or
            System.Globalization.UnicodeCategory.ConnectorPunctuation;

        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && WordChar(text[at - 1]))
            {
                continue;
            }

            var k = at + word.Length;
            for (var names = 0; names < 3; names++)
            {
                var gap = k;
                while (k < text.Length && char.IsWhiteSpace(text[k]))
                {
                    k++;
                }

                if (k == gap || k >= text.Length || !char.IsUpper(text[k]))
                {
                    break;
                }

                k++;
                while (k < text.Length && (char.IsLetter(text[k]) || text[k] is '&' or '.' or '\'' or '-'))
                {
                    k++;
                }

                var c = k;
                while (c < text.Length && char.IsWhiteSpace(text[c]))
                {
                    c++;
                }

                var end = c + country.Length;
                if (c > k && string.CompareOrdinal(text, c, country, 0, country.Length) == 0 &&
                    (end >= text.Length ? WordChar(country[^1]) : WordChar(country[^1]) != WordChar(text[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A capitalised word with a web suffix: "MSNBC.com", "Politico.com" (not a bare host like "link.reuters.com").</summary>
    private static bool WebName(string text, Token t)
    {
        var span = text.AsSpan(t.Start, t.End - t.Start);
        return t.Cap && span.Length > 4 && span.IndexOf('.') == span.Length - 4 &&
            (span.EndsWith(".com", StringComparison.Ordinal) || span.EndsWith(".net", StringComparison.Ordinal) || span.EndsWith(".org", StringComparison.Ordinal));
    }

    /// <summary>"Mr", "Mrs", "Ms", "Dr": a courtesy title is never part of a name, even of a one-word one ("Mr Reyes").</summary>
    internal static bool Honorific(string norm) => norm.TrimEnd('.') is "mr" or "mrs" or "ms" or "miss" or "dr" or "mx";

    /// <summary>
    /// "de", "del", "da", "do", "della", "du", "des" written in lower case inside a run: the "of" of a Spanish, Portuguese,
    /// Italian or French name, which goes on to the place after it ("La Radio del Sur", "Banco de México").
    /// </summary>
    private static bool RomanceOf(Token t) => !t.Cap && t.Norm is "de" or "del" or "da" or "do" or "della" or "du" or "des";

    /// <summary>
    /// Only "University", "Bank", "College" … and "of" before k: the head opens the name ("University of X"); a bank, a
    /// university or a college may have up to three capitalised words before its head ("Commercial Bank of Dubai",
    /// "American University of Beirut"), and a ministry or department its portfolio ("Ministry of Defense of Azerbaijan").
    /// </summary>
    private static bool OnlyHeadBefore(List<Token> tokens, int start, int k) =>
        (k - start == 2 && tokens[start].Norm is "university" or "college" or "bank" or "port" or "city" or "county" or "diocese" or "archdiocese") ||
        (k - start is > 2 and <= 5 && tokens[k - 1].Norm == "of" && tokens[k - 2].Norm is "bank" or "university" or "college" && AllCapitalisedWords(tokens, start, k - 2)) ||
        (k - start is > 3 and <= 8 && tokens[start].Norm is "ministry" or "department" && tokens[start + 1].Norm == "of" && tokens[k - 1].Norm == "of" &&
         PortfolioWords(tokens, start + 2, k - 1));

    /// <summary>"Defense", "Foreign Affairs", "Trade and Industry": capitalised words, with "and" or "&amp;" between them.</summary>
    private static bool PortfolioWords(List<Token> tokens, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (!(tokens[j].IsWord && tokens[j].Cap) && !(j > from && j + 1 < to && tokens[j].Norm is "and" or "&"))
            {
                return false;
            }
        }

        return to > from;
    }

    /// <summary>Every token in [from, to) a capitalised word, or a hyphenated one's hyphen and second part.</summary>
    private static bool AllCapitalisedWords(List<Token> tokens, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            // ("Co-operative Bank of Kenya": a hyphen and the word after it go with the capitalised word before)
            if (!(tokens[j].IsWord && tokens[j].Cap) && !(j > from && tokens[j].Norm == "-" && tokens[j - 1].Cap) && !(j > from && tokens[j - 1].Norm == "-" && tokens[j].IsWord))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Theresa May", "Brian May", "Ellen March": a month's name right after a given name in a run of names, with no number
    /// on either side ("on June 5", "May 2024"), is a surname, not a date.
    /// </summary>
    private static bool MonthSurname(List<Token> tokens, int start, int end, int k) =>
        k > start && end == k && SpeechVerbs.IsMonth(tokens[k].Norm) &&
        Gazetteer.Default.IsGivenName(tokens[k - 1].Norm) && !NameWords.NotNames.Contains(tokens[k - 1].Norm) &&
        !(k + 1 < tokens.Count && char.IsDigit(tokens[k + 1].Norm[0])) && !(start > 0 && char.IsDigit(tokens[start - 1].Norm[0]));

    /// <summary>
    /// "Mail Today", "India Today", "USA Today": a capitalised "Today" after an outlet's word or a place inside a run of
    /// names closes an outlet's name, not the run.
    /// </summary>
    private static bool TodayOutlet(List<Token> tokens, int start, int k) =>
        tokens[k].Norm == "today" && k > start && tokens[k - 1].Cap &&
        (Lexicon.Current.OutletNameHeads.Contains(tokens[k - 1].Norm) || Gazetteer.Default.MatchPlace(tokens, k - 1, k).Length > 0);

    /// <summary>
    /// "Command Public Relations Officer", "Police Public Relations Officer": capitalised words ending in a person's title
    /// that heads no organisation, with a comma and a name after them; the title of the person named next. An office held
    /// by a person (an officer, a spokesman, a commissioner …) ends no organisation's name even with words between it and
    /// the name ("The Police Public Relations Officer in the state, SP Tom Hale, said"), unless "of" makes it one ("Office
    /// of the Prime Minister").
    /// </summary>
    private static bool TitleEndsRun(List<Token> tokens, int start, int end) =>
        end - start >= 2 && NameWords.Titles.Contains(tokens[end - 1].Norm) && !NameWords.InstitutionHeads.Contains(tokens[end - 1].Norm) &&
        ((end + 1 < tokens.Count && tokens[end].Norm == "," && tokens[end + 1].IsWord && tokens[end + 1].Cap) ||
         ((Lexicon.Current.PersonTitles.Contains(tokens[end - 1].Norm) || tokens[end - 1].Norm is "officer" or "manager" or "inspector" or "superintendent" or "coordinator") &&
          !OfWithin(tokens, start, end)));

    /// <summary>An "of" among the tokens from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static bool OfWithin(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Norm == "of")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Weekdays and months only, written out or shortened ("Thu Feb", "Monday March").</summary>
    private static bool DateWordsOnly(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var n = tokens[k].Norm.TrimEnd('.');
            if (!(Attribution.Sieves.VerbFrame.Weekday(n) || Attribution.SpeechVerbs.IsMonth(n) ||
                  n is "mon" or "tue" or "tues" or "wed" or "thu" or "thur" or "thurs" or "fri" or "sat" or "sun"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "(the US Embassy) in Kenya", "in Nairobi": "in" and a capitalised word after an embassy's name, the place it is in,
    /// which names it with its country ("Embassy of the United States in Kenya").
    /// </summary>
    private static bool HostPlaceAfter(List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Norm == "in" && tokens[k + 1].IsWord && tokens[k + 1].Cap && !tokens[k + 1].AllCaps;

    /// <summary>
    /// "on Wednesday", "on March 3" at token <paramref name="on"/>: a date after a name ("The Pakistan Cricket Board on
    /// Wednesday denied …", "the council on Monday voted …"), not the subject of a body ("Committee on Foreign Relations").
    /// </summary>
    internal static bool DateAfterOn(List<Token> tokens, int on) =>
        on + 1 < tokens.Count && tokens[on].Norm == "on" &&
        (Attribution.Sieves.VerbFrame.Weekday(tokens[on + 1].Norm) || Attribution.SpeechVerbs.IsMonth(tokens[on + 1].Norm.TrimEnd('.')));

    /// <summary>"The Sunday Times", "the Sunday Telegraph": a weekday that opens an outlet's name is part of it.</summary>
    private static bool WeekdayOutlet(List<Token> tokens, int k) =>
        k + 1 < tokens.Count && Attribution.Sieves.VerbFrame.Weekday(tokens[k].Norm) && tokens[k + 1].Cap &&
        (Lexicon.Current.OutletNameHeads.Contains(tokens[k + 1].Norm) || WeekendEditionReporting(tokens, k));

    /// <summary>
    /// "Sunday World reported this weekend …", "Saturday Star claimed …", "The Sunday World newspaper has rejected …": a
    /// weekend paper's name, its weekday and one more capitalised word, right before a verb a newspaper reports with or a
    /// noun of outlets; not a date ("on Sunday Rubio said", "last Saturday").
    /// </summary>
    private static bool WeekendEditionReporting(List<Token> tokens, int k) =>
        tokens[k].Norm is "sunday" or "saturday" && tokens[k].Cap && k + 2 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].AllCaps &&
        (tokens[k + 2].Norm is "reported" or "reports" or "revealed" or "reveals" or "claimed" or "claims" or "published" or "alleged" ||
         (!tokens[k + 2].Cap && Lexicon.Current.OutletNouns.Contains(tokens[k + 2].Norm))) &&
        (k == 0 || tokens[k - 1].Norm is not ("on" or "last" or "this" or "next" or "since" or "by" or "until" or "of" or "every" or "from")) &&
        !Gazetteer.Default.IsGivenName(tokens[k + 1].Norm);

    /// <summary>
    /// "Wing-cheung", "Geun-hye", "Yeong-ha": two short syllables joined by a hyphen, the second in lower case and no word a
    /// modifier ends in ("Adani-led", "Obama-era", "Trump-style"), as East Asian given names are romanised.
    /// </summary>
    private static bool HyphenatedGivenName(string text, Token t)
    {
        if (!t.Cap || !LowerCaseCompound(text, t))
        {
            return false;
        }

        var span = text.AsSpan(t.Start, t.End - t.Start);
        var hyphen = span.IndexOf('-');
        if (hyphen != span.LastIndexOf('-') || hyphen < 2 || hyphen > 6 || span.Length - hyphen - 1 is < 2 or > 6)
        {
            return false;
        }

        var second = KnowledgeGraph.Text.TextFold.Fold(span[(hyphen + 1)..]);
        return !Lexicon.Current.CompoundModifiers.Contains(second) && !second.EndsWith("ed", StringComparison.Ordinal) &&
            second is not ("era" or "style" or "type" or "like" or "free" or "wide" or "born" or "made" or "bound" or "proof" or "esque" or "ish" or
                "class" or "level" or "scale" or "size" or "wise" or "only" or "ready" or "heavy");
    }

    /// <summary>
    /// "Adani-led", "Hamas-run": a capitalised word joined by a hyphen to a lower-case one; a prefix of two letters before
    /// the hyphen makes one word ("Co-operative Bank of Kenya").
    /// </summary>
    private static bool LowerCaseCompound(string text, Token t)
    {
        var span = text.AsSpan(t.Start, t.End - t.Start);
        var hyphen = span.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == span.Length - 1 || (hyphen == 2 && char.IsLower(span[1])))
        {
            return false; // ("UN-backed" is still a modifier)
        }

        foreach (var c in span[(hyphen + 1)..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The run at <paramref name="start"/> is the portfolio of a title: it opens with up to three title words and then
    /// "of" or "for" ("Inspector General of Police"), or "of"/"for" and a title stand right before it ("… General of |Police").
    /// </summary>
    private static bool TitlePortfolio(List<Token> tokens, int start) => ContinuesPersonTitle(tokens, start) || OpensWithTitleOf(tokens, start);

    /// <summary>"Member of Parliament for …", "Inspector General of Police", "Deputy Speaker of …": title words, then "of" or "for".</summary>
    private static bool OpensWithTitleOf(List<Token> tokens, int start)
    {
        var k = start;
        while (k < tokens.Count && k - start < 3 && tokens[k].IsWord && tokens[k].Cap && NameWords.IsTitle(tokens[k]) &&
            !NameWords.InstitutionHeads.Contains(tokens[k].Norm))
        {
            k++;
        }

        return k > start && k < tokens.Count && tokens[k].Norm is "of" or "for";
    }

    /// <summary>"Minister of |Energy and Mines", "Member of |Parliament for …": the run continues a capitalised title's "of" or "for".</summary>
    private static bool ContinuesPersonTitle(List<Token> tokens, int start) =>
        start > 1 && tokens[start - 1].Norm is "of" or "for" && tokens[start - 2].Cap && NameWords.IsTitle(tokens[start - 2]) &&
        !NameWords.InstitutionHeads.Contains(tokens[start - 2].Norm);

    private static bool OpensWithPersonTitle(List<Token> tokens, int start, int end)
    {
        // "Cuban", "Deputy", "Foreign" may precede the title word; a head word first makes it an institution.
        for (var k = start; k < end && k < start + 3; k++)
        {
            var n = tokens[k].Norm;
            if (NameWords.PersonTitles.Contains(n))
            {
                return true;
            }

            if (NameWords.InstitutionHeads.Contains(n) && !NameWords.Titles.Contains(n))
            {
                return false; // "Ministry of …"; but "Energy Secretary" and "Defense Minister" are titles
            }
        }

        return false;
    }

    /// <summary>A particle, possibly followed by a second one ("de la", "van der"), then a capitalised word.</summary>
    private static bool ParticleLeadsToName(List<Token> tokens, bool[] covered, int k)
    {
        var next = k + 1;
        if (next < tokens.Count && NameWords.NameParticles.Contains(tokens[next].Norm) && !tokens[next].Cap)
        {
            next++;
        }

        return next < tokens.Count && tokens[next].IsWord && tokens[next].Cap && !covered[next];
    }

    /// <summary>The words [first, end) hold a person's title and are followed by a capitalised title and a capitalised word.</summary>
    private static bool TitleChainBeforeName(List<Token> tokens, int first, int end)
    {
        if (end + 1 >= tokens.Count || !tokens[end].Cap || !NameWords.IsTitle(tokens[end]) || !tokens[end + 1].Cap || !tokens[end + 1].IsWord)
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            if (tokens[k].Norm is "of" or "for")
            {
                return false; // "Minister of Trade and Industry Secretary …" names the ministry
            }

            if (Lexicon.Current.PersonTitles.Contains(tokens[k].Norm) || tokens[k].Norm == "officer")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Cuban", "Americans": a nationality adjective or its plural noun ("Americans Carl Lewis and Maurice Greene").</summary>
    private static bool IsDemonym(Token t, EntityRegistry registry) =>
        registry.CountryOfDemonym(t.Norm) is not null || (t.Norm.Length > 4 && t.Norm[^1] == 's' && registry.CountryOfDemonym(t.Norm[..^1]) is not null);

    /// <summary>
    /// "The CEO of Optus", "the chairman of Barclays", "the founder of Harlow Rowing": the name right after a company
    /// office (the executive's kin of the lexicon's role words, a country's president left out) and a lower-case "of" is
    /// the organisation the office heads ("the chief of Staff": no portfolio word on its own).
    /// </summary>
    private static bool HeadedByOfficeBefore(List<Token> tokens, int start, int end) =>
        start >= 2 && tokens[start - 1].Norm == "of" && !tokens[start - 1].Cap && tokens[start - 2].IsWord &&
        (tokens[start - 2].Norm == "executive" || (Lexicon.Current.RoleKin["executive"].Contains(tokens[start - 2].Norm) && tokens[start - 2].Norm != "president")) &&
        (end >= tokens.Count || tokens[end].Norm != "'s") && !(end - start == 1 && Lexicon.Current.PortfolioWords.Contains(tokens[start].Norm));

    private static bool IntroducedAsInstitution(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Norm is "the" && tokens[k].Cap)
        {
            k--; // "the newspaper The Wall Street Journal"
        }

        return k >= 0 && NameWords.InstitutionIntroducers.Contains(tokens[k].Norm) && !tokens[k].Cap;
    }

    /// <summary>
    /// The end of two to six capitalised words from <paramref name="i"/> (lower-case "of", "the", "and", "for" between them
    /// left out) whose initials the all-capitals word in brackets right after them spells, one of them no English word (a
    /// name in another language the head-word rules cannot read; "National Action Plan (NAP)" is no organisation) and the
    /// first no title ("Attorney General (AG)"); 0 when there is none.
    /// </summary>
    private static int SpelledByAcronym(string text, List<Token> tokens, int i)
    {
        // The run and its bracketed acronym first, the word lists last: this is asked at every token, and almost no run
        // has an acronym after it, so the lists were asked about every capitalised word for nothing.
        Span<char> initials = stackalloc char[6];
        var n = 0;
        for (var k = i; k < tokens.Count && k < i + 8; k++)
        {
            var t = tokens[k];
            if (t.Norm == "(")
            {
                return n >= 2 && k > i && tokens[k - 1].Cap && k + 2 < tokens.Count && tokens[k + 1].AllCaps && tokens[k + 2].Norm == ")" &&
                    text.AsSpan(tokens[k + 1].Start, tokens[k + 1].End - tokens[k + 1].Start).SequenceEqual(initials[..n]) &&
                    !NameWords.IsTitle(tokens[i]) && ForeignInitialWord(text, tokens, i, k) ? k : 0; // ("Attorney General (AG)": an office)
            }

            if (!t.IsWord || n == initials.Length)
            {
                return 0;
            }

            if (InitialWord(text, t))
            {
                initials[n++] = text[t.Start];
            }
            else if (!(k > i && t.Norm is "of" or "the" or "and" or "for"))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>A capitalised word of tokens[start..end) that gives its initial and is no English word, derived word or given name.</summary>
    private static bool ForeignInitialWord(string text, List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var t = tokens[k];
            if (InitialWord(text, t) && !IsEnglishWord(t.Norm) && !LongDerivedWord(t.Norm) && !Gazetteer.Default.IsGivenName(t.Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InitialWord(string text, Token t) => t.Cap && !t.AllCaps && char.IsUpper(text[t.Start]);

    private static string? AcronymAfter(string text, List<Token> tokens, int end)
    {
        if (end + 2 < tokens.Count && tokens[end].Norm == "(" && tokens[end + 1].AllCaps && tokens[end + 2].Norm == ")")
        {
            var t = tokens[end + 1];
            return text.Substring(t.Start, t.End - t.Start);
        }

        return null;
    }

    internal static string Join(string text, List<Token> tokens, int start, int end) =>
        text.Substring(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
}

