using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>
/// Who a statement reached us through: the outlet an interview was given to ("told Reuters", "in an interview with
/// CNN", "speaking to Al Jazeera"), an outlet that quoted or published it; and the entities a claim is about.
/// </summary>
internal sealed class ReporterFinder(AttributionContext context)
{
    // The first words of the cues before an intermediary ("in an interview with CNN", "quoted by Reuters"), folded.
    private static WordSet CueWords => Lexicon.Current.CueWords;

    /// <summary>
    /// The intermediaries named in sentence <paramref name="s"/> for <paramref name="speaker"/>'s statement. A relay cue
    /// inside the statement's <paramref name="content"/> is part of what was said ("denied issuing an apology following a
    /// story published by the Herald"): the Herald published the story, it did not carry the denial.
    /// </summary>
    public List<string> Reporters(Paragraph p, Sentence s, string speaker, bool interview, (int First, int End)? content = null)
    {
        var list = new List<string>();
        var t = p.Tokens;
        for (var k = s.First; k < s.End; k++)
        {
            // A quoted source description ("a source “close to the Government of …”") still names the intermediary.
            if ((p.InQuote[k] && t[k].Norm != "close") || !t[k].IsWord)
            {
                continue;
            }

            // "elaborated in the Daily Ledger story", "said in a Harbour Times interview": the outlet that carried the words.
            if (t[k].Norm == "in" && !interview && OutletPieceAfter(p, s, k) is { } carrier && carrier != speaker && !list.Contains(carrier))
            {
                list.Add(carrier);
                continue;
            }

            // Only the cues that open with this word are read (an array, in the lexicon's order), not every cue.
            if (!CueWords.Contains(t[k].Norm) || !Lexicon.Current.CuesByFirst.TryGetValue(t[k].Norm, out var cues))
            {
                continue;
            }

            foreach (var (first, second, isInterview) in cues)
            {
                if ((interview && !isInterview) || (!isInterview && content is { } c && k >= c.First && k < c.End))
                {
                    continue;
                }

                // "Rejecting a report published by BBC Urdu …, ISPR said …": the outlet that published a report is its
                // author, not the carrier of what is said about it.
                if (!isInterview && k > s.First && Lexicon.Current.ReportNouns.Contains(t[k - 1].Norm))
                {
                    continue;
                }

                if (isInterview && !interview && SourceFinder.NameBefore(p, k, s.First) is { } teller && context.SpeakerEntity(teller.Id) != speaker &&
                    !CoordinatedWith(p, s, teller.First, speaker))
                {
                    continue; // "…, after Sen. Rick Scott told Fox News that …": Fox News reported Scott, not this speaker
                }

                var from = k + 1;
                if (second.Length > 0)
                {
                    // "an interview given this Monday to the Associated Press": an interview's preposition may come a
                    // few words later; other cues are fixed pairs ("quoted by").
                    // "a statement issued to Us Weekly" gives the words to the outlet; "a fake statement attributed to President X"
                    // names who supposedly said them, no relay.
                    var reach = first == "interview" ? 6 : 1;
                    if (from < s.End && t[from].Norm is "attributed" or "ascribed" or "credited" or "linked" or "related" or "referring" or "referred")
                    {
                        continue;
                    }
                    var at = from;
                    while (at < s.End && at < from + reach && t[at].Norm != second && t[at].IsWord && p.MentionAt[at] < 0)
                    {
                        at++;
                    }

                    if (at >= s.End || t[at].Norm != second)
                    {
                        continue;
                    }

                    from = at + 1;
                }

                // "told the portal that …", "told the newspaper": the outlet the text named last.
                if (isInterview && from + 1 < s.End && t[from].Norm == "the" && p.MentionAt[from + 1] < 0 &&
                    t[from + 1].Norm is "newspaper" or "paper" or "portal" or "website" or "site" or "daily" or "magazine" or "tabloid" or "publication" or "mag" or "broadcaster" or "outlet" &&
                    context.References.OutletNamedBefore(p, from) is { } named && named != context.Analysis.CreditedOutlet && named != speaker && !list.Contains(named))
                {
                    list.Add(named);
                    continue;
                }

                for (var j = from; j < s.End && j < from + 4; j++)
                {
                    if (j > from && t[j].Norm is "on" or "via")
                    {
                        break; // "wrote in a post on Twitter": the platform is the speaker's own channel, not who carried the words
                    }

                    if (j > from && t[j].Norm is "," or ";" or ":" or "." && p.MentionAt[j] < 0)
                    {
                        break; // "According to the magazine, Roe has …": the name after the comma is the clause's subject
                    }

                    if (p.MentionAt[j] >= 0 && p.Mentions[p.MentionAt[j]] is var owner && owner.End < s.End && t[owner.End].Norm == "'s" &&
                        !ProgrammeOf(p, s, owner))
                    {
                        j = owner.End; // "told Limerick's Live 95": the place owns the outlet, it is not the outlet
                        continue;
                    }

                    if (p.MentionAt[j] >= 0)
                    {
                        var m = p.Mentions[p.MentionAt[j]];
                        var id = m.EntityId;
                        if (m.End < s.End && p.MentionAt[m.End] >= 0 && p.Mentions[p.MentionAt[m.End]] is var programme && programme.First == m.End &&
                            context.IsMedia(id) && context.Analysis.Entities[programme.EntityId].Kind == EntityKind.Institution)
                        {
                            id = programme.EntityId; // "spoke on NBC Meet the Press": the network's programme carried the words
                        }

                        if (id != speaker && !list.Contains(id) && context.Analysis.Entities[id].Kind != EntityKind.Place &&
                            !(first == "tell" && context.Analysis.Entities[id].Kind == EntityKind.Person) && // "would tell Mr Kenny that …": an addressee
                            !(first is "told" or "tells" or "telling" && Addressee(p, s, p.Mentions[p.MentionAt[j]])) &&
                            !EmployerOfSpeaker(p, s, p.Mentions[p.MentionAt[j]], speaker))
                        {
                            list.Add(id);
                        }

                        break;
                    }
                }
            }
        }

        return list;
    }

    /// <summary>
    /// "told Sheinbaum to stop supplying oil", "told Mr Tong the Pacific was …", "told Russian Prime Minister Mikhail Mishustin
    /// that …": a person told something who is no journalist: one told to do something, one with a title or a role.
    /// </summary>
    private bool Addressee(Paragraph p, Sentence s, Mention m)
    {
        if (!context.Analysis.Entities.TryGetValue(m.EntityId, out var e) || e.Kind != EntityKind.Person || e.IsMedia)
        {
            return false;
        }

        var t = p.Tokens;
        var instructed = SpeechVerbs.Instructed(p, s, m.First); // "told Sheinbaum to stop …"
        var titled = m.First > s.First && t[m.First - 1].IsWord && t[m.First - 1].Cap && NameWords.IsTitle(t[m.First - 1]);
        return instructed || titled || e.Role is not null;
    }

    /// <summary>"Jada Smith and Tom Nobles tell Page Six": the name before the cue ends a coordination that holds the speaker.</summary>
    private bool CoordinatedWith(Paragraph p, Sentence s, int last, string speaker)
    {
        for (var k = s.First; k < last; k++)
        {
            if (p.MentionAt[k] >= 0 && Coordination.At(p, k, context.Analysis) is { } joined && joined.End > last)
            {
                return joined.Ids.Exists(id => context.SpeakerEntity(id) == speaker);
            }
        }

        return false;
    }

    /// <summary>"according to RFM Corp. spokesman Elmer Yanga": the organisation before the speaker's title is its employer, no relay.</summary>
    private bool EmployerOfSpeaker(Paragraph p, Sentence s, Mention m, string speaker)
    {
        var t = p.Tokens;
        var k = m.End;
        while (k < s.End && k < m.End + 3 && t[k].IsWord && !t[k].Cap && p.MentionAt[k] < 0)
        {
            k++;
        }

        return k > m.End && k < s.End && NameWords.IsTitle(t[k - 1]) && p.MentionAt[k] >= 0 &&
            context.SpeakerEntity(p.Mentions[p.MentionAt[k]].EntityId) == speaker;
    }

    /// <summary>
    /// "speaking on Harmony FM's Morning Drive programme", "told the BBC's Today show": an outlet owning a programme is the
    /// intermediary (a place owning an outlet is not, and a person after the possessive is the outlet's journalist).
    /// </summary>
    private bool ProgrammeOf(Paragraph p, Sentence s, Mention owner)
    {
        if (!context.IsMedia(owner.EntityId))
        {
            return false;
        }

        var t = p.Tokens;
        for (var j = owner.End + 1; j < s.End && j < owner.End + 6 && t[j].IsWord; j++)
        {
            if (Lexicon.Current.ProgrammeNouns.Contains(t[j].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in the Daily Ledger story", "in a Harbour Times interview": a media outlet named before a piece noun, or null.</summary>
    private string? OutletPieceAfter(Paragraph p, Sentence s, int k)
    {
        var t = p.Tokens;
        var j = k + 1 < s.End && t[k + 1].Norm is "the" or "a" or "an" or "its" ? k + 2 : k + 1;
        if (j >= s.End || p.MentionAt[j] < 0 || p.Mentions[p.MentionAt[j]] is not { } m || m.First != j || m.End >= s.End ||
            t[m.End].Norm is not ("story" or "article" or "report" or "interview" or "column" or "piece" or "op-ed" or "editorial" or "podcast" or "broadcast"))
        {
            return null;
        }

        return context.Analysis.Entities.TryGetValue(m.EntityId, out var e) && e.IsMedia ? m.EntityId : null;
    }

    /// <summary>"Cossio, in an interview with the Associated Press (AP), …": remembered for all of Cossio's statements.</summary>
    public IEnumerable<(string Speaker, string Via)> InterviewsIn(Paragraph p, Sentence s)
    {
        // Most sentences hold no cue: they are answered without making an iterator.
        for (var k = s.First; k + 1 < s.End; k++)
        {
            if (IsInterviewCue(p, k))
            {
                return Interviews(p, s, k);
            }
        }

        return [];
    }

    private static bool IsInterviewCue(Paragraph p, int k) =>
        !p.InQuote[k] && p.Tokens[k].Norm is "interview" or "told" or "telling" or "speaking" or "spoke" or "interviewed";

    /// <summary>The interviews of <see cref="InterviewsIn"/>, from the first cue at <paramref name="firstCue"/>.</summary>
    private IEnumerable<(string Speaker, string Via)> Interviews(Paragraph p, Sentence s, int firstCue)
    {
        var t = p.Tokens;
        for (var k = firstCue; k + 1 < s.End; k++)
        {
            if (!IsInterviewCue(p, k))
            {
                continue;
            }

            // "…, after Sen. Rick Scott told Fox News": the name right before the cue is who was interviewed.
            // "Watchmen at the building in Nairobi also told Reuters": a place after a preposition is where, not who.
            var named = SourceFinder.NameBefore(p, k, s.First);
            var subject = named is { } n && !SubjectFinder.GovernedByPreposition(p, n.First) ? named : context.Subjects.FindSubject(p, s.First, k) ??
                FrontedSubject(p, s, k);
            if (subject is not { } sub)
            {
                continue;
            }

            var speaker = context.SpeakerEntity(sub.Id);
            foreach (var id in Reporters(p, new Sentence(k, Math.Min(s.End, k + 8)), speaker, interview: true))
            {
                if (context.Analysis.Entities[id].Kind == EntityKind.Institution || context.Analysis.Entities[id].IsMedia)
                {
                    yield return (speaker, id);
                }
            }
        }
    }

    /// <summary>
    /// "Speaking to TimesLive, Motaung said …", "In an interview with the BBC, she said …": a cue opening the sentence
    /// (after at most "In an") has its speaker after the comma that closes the phrase.
    /// </summary>
    private (string Id, int First, int End)? FrontedSubject(Paragraph p, Sentence s, int k)
    {
        var t = p.Tokens;
        if (k - s.First > 2)
        {
            return null;
        }

        for (var c = k + 1; c + 1 < s.End && c < k + 10; c++)
        {
            if (p.InQuote[c] || t[c].Norm is "." or ";" or ":")
            {
                return null;
            }

            if (t[c].Norm == ",")
            {
                return context.Subjects.FindSubject(p, c + 1, s.End);
            }
        }

        return null;
    }

    public static List<string> About(Paragraph p, int first, int end, string speaker)
    {
        var ids = new List<string>();
        for (var k = first; k < end; k++)
        {
            if (p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is var m && m.First == k && m.EntityId != speaker && !ids.Contains(m.EntityId))
            {
                ids.Add(m.EntityId);
            }
        }

        return ids;
    }
}
