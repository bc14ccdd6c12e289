using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// Paragraph rules whose speaker is known before the paragraph is read: a transcript answer ("A: …", the interviewee's)
/// and the first paragraph of a quotation that runs over two ("“… / “… last paragraph,” the president said.").
/// Every sentence of the paragraph is the speaker's, questions and refusals excepted.
/// </summary>
internal static class WholeParagraph
{
    /// <summary>Rule name for a Q:/A: transcript answer.</summary>
    public const string TranscriptAnswer = "transcript-answer";

    /// <summary>Rule name for the opening paragraph of a quotation closed in the next paragraph.</summary>
    public const string OpenQuotation = "open-quotation";

    /// <summary>The rule of the unquoted paragraphs of a statement announced as following ("issued the following statement:").</summary>
    public const string StatementBlock = "statement-block";

    /// <summary>The rule of the quoted paragraphs a colon lead-in introduces ("The statement read:").</summary>
    public const string QuotedBlock = "quoted-block";

    /// <summary>The paragraph opens a quotation it does not close (the next paragraph continues it).</summary>
    public static bool LeavesQuotationOpen(Paragraph p) => p.Tokens.Count > 0 && p.Tokens[0].IsQuote && Spans.QuoteOpeningAt(p, 0) is null;

    /// <summary>The paragraph's sentences (after <paramref name="skip"/> leading tokens) as the speaker's findings.</summary>
    public static IEnumerable<(Sentence Sentence, Finding Finding)> Findings(Paragraph p, string speaker, int skip, string rule, int limit = int.MaxValue)
    {
        foreach (var s in p.Sentences)
        {
            if (s.First >= limit)
            {
                yield break;
            }

            var first = s.First == 0 ? skip : s.First;
            while (first < s.End && p.Tokens[first].IsQuote)
            {
                first++;
            }

            var end = Spans.TrimEnd(p, first, Math.Min(s.End, limit));
            while (end > first && p.Tokens[end - 1].IsQuote)
            {
                end = Spans.TrimEnd(p, first, end - 1);
            }

            if (end - first < 3 || (s.End > 0 && p.Tokens[s.End - 1].Norm == "?") || Spans.RefusesComment(p, first, end) ||
                p.Tokens[first].Norm is "if" or "unless" || Preamble(p, first, end) || Pleasantry(p, first, end))
            {
                continue;
            }

            var trigger = new Trigger(TriggerKind.Verb, first, "say", false);
            yield return (s, new Finding(speaker, -1, -1, first, end, first, end) { Rule = rule, Trigger = trigger });
        }
    }

    /// <summary>
    /// A speaker's short run-up to what they say, which says nothing itself: "Well, let me say this.", "Let me be clear."
    /// </summary>
    private static bool Preamble(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        var k = first;
        while (k < end && (t[k].Norm is "," or "well" or "so" or "now" or "ah" or "um" or "look" or "and" or "just"))
        {
            k++;
        }

        return end - first <= 9 && k + 2 < end && t[k].Norm == "let" && t[k + 1].Norm is "me" or "us" &&
            (t[k + 2].Norm == "just" ? k + 3 : k + 2) is var verb && verb < end && t[verb].Norm is "say" or "tell" or "be" or "put" or "explain" or "start";
    }

    /// <summary>
    /// A turn's greeting or thanks, which claims nothing: "Good morning Andrew.", "Thank you very much for having me.",
    /// "Thanks, Karl." (at most eight words, opening so, with nothing after but a name, a comma and courtesy words).
    /// </summary>
    private static bool Pleasantry(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        if (end - first > 8)
        {
            return false;
        }

        var k = first;
        if (k + 1 < end && t[k].Norm == "good" && t[k + 1].Norm is "morning" or "afternoon" or "evening" or "night")
        {
            k += 2;
        }
        else if (k + 1 < end && t[k].Norm == "thank" && t[k + 1].Norm == "you")
        {
            k += 2;
        }
        else if (t[k].Norm is "thanks" or "hello" or "hi" or "welcome")
        {
            k++;
        }
        else
        {
            return false;
        }

        for (; k < end; k++)
        {
            if (!(t[k].Norm is "," or "very" or "much" or "so" or "for" or "having" or "me" or "us" or "again" or "everyone" or "all" or "to" or "you" ||
                (t[k].IsWord && t[k].Cap)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Rule name for a quotation credited after a dash ("“…” – Maria Okafor", "“…” -Norvell FC official statement").</summary>
    public const string DashCredit = "dash-credit";

    /// <summary>
    /// A paragraph that opens with a quotation and ends with a dash and the name it is credited to, with at most a few
    /// words after the name ("official statement", "club captain"): the dash's token and the name's mention, or null.
    /// </summary>
    public static (int Dash, Mention Name)? CreditedByDash(Paragraph p)
    {
        var t = p.Tokens;
        if (t.Count < 6 || !t[0].IsQuote)
        {
            return null;
        }

        var last = t.Count;
        while (last > 0 && t[last - 1].Norm is "." or ")")
        {
            last--;
        }

        // "… - Ann Lee.", "… - A spokesman for Northgate Bank.", "… - Gordon Brown's official spokesman, briefing lobby
        // journalists.": after the dash, a few plain words, then the name; after it only words, its "'s" and commas.
        for (var d = Math.Max(2, last - 14); d < last - 1; d++)
        {
            if (t[d].Norm is not ("-" or "\u2013" or "\u2014") || !t[d - 1].IsQuote || p.InQuote[d])
            {
                continue;
            }

            for (var k = d + 1; k < last && k <= d + 5; k++)
            {
                if (p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is var m && m.First == k)
                {
                    // A short tail with no verb of its own ("… – Maria Okafor is expected to repeat this" goes on as a sentence).
                    for (var j = m.End; j < last; j++)
                    {
                        var occasion = t[j - 1].Norm == "," && t[j].Norm.EndsWith("ing", StringComparison.Ordinal); // ", briefing lobby journalists"
                        var plural = t[j].Norm is "'" or "\u2019" && t[j - 1].Norm.EndsWith('s'); // ", responding to MPs' questions"
                        if (!(t[j].IsWord || t[j].Norm is "'s" or "," || plural) || (SpeechLexicon.IsVerb(t[j].Norm) && !occasion) || (Words.BeForms.Contains(t[j].Norm) && t[j].Norm != "'s") ||
                            Words.IsFutureModal(t[j].Norm) || t[j].Norm is "has" or "have" or "had" || j >= m.End + 8)
                        {
                            return null;
                        }
                    }

                    return (d, m);
                }

                if (!t[k].IsWord || (t[k].Cap && k > d + 1))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>A paragraph opening with a dash or a bullet and holding full sentences ("- The PCB received the list on 16 July.").</summary>
    public static bool SentenceBullet(Paragraph p) =>
        p.Tokens.Count > 5 && !p.IsHeading && p.Tokens[0].Norm is "-" or "\u2022" or "*" or "\u2013" && p.Tokens[1].IsWord && p.Tokens[1].Cap &&
        p.Sentences.Any(s => s.End - 1 < p.Tokens.Count && p.Tokens[s.End - 1].Norm == ".");

    /// <summary>
    /// An interviewer's line: its label is one ("Q:", "REPORTER:"), or the office after the name's comma is a journalist's
    /// ("KARL STEFANOVIC, CO-HOST:", "DANA BASH, CNN CHIEF POLITICAL CORRESPONDENT:").
    /// </summary>
    public static bool InterviewerLine(Paragraph p, string label)
    {
        if (InterviewerLabel(label))
        {
            return true;
        }

        var n = LabelLength(p);
        var comma = p.Tokens.FindIndex(0, Math.Min(n, p.Tokens.Count), x => x.Norm == ",");
        if (comma < 0)
        {
            return false;
        }

        var role = string.Join(' ', p.Tokens.Skip(comma + 1).Take(n - comma - 1).Where(x => x.IsWord).Select(x => x.Norm));
        return InterviewerLabel(role) || role.EndsWith("-host", StringComparison.Ordinal) || role.EndsWith(" presenter", StringComparison.Ordinal) || role == "presenter";
    }

    /// <summary>The labels of an interviewer's lines in a transcript ("Q:", "JOURNALIST:", "REPORTER:").</summary>
    public static bool InterviewerLabel(string label) => label is "q" or "question" or "journalist" or "reporter" or "interviewer" or "host" or "questioner" or "anchor" or "moderator" ||
        label.EndsWith(" host", StringComparison.Ordinal) || label.EndsWith(" anchor", StringComparison.Ordinal) || label.EndsWith(" moderator", StringComparison.Ordinal) ||
        label.EndsWith(" reporter", StringComparison.Ordinal) || label.EndsWith(" journalist", StringComparison.Ordinal) || label.EndsWith(" correspondent", StringComparison.Ordinal);

    /// <summary>
    /// An interview printed as "Q: … / A: …" or with speakers' labels ("JOURNALIST: … / PM: …", "REPORTER: … / GILLARD: …"): at
    /// least two questions, and at least two answers under labels that are not the interviewer's; one question under an
    /// interviewer's label before a named voice ("QUESTION: … / SECRETARY RUBIO: …", a press availability's one exchange);
    /// or two named voices of two lines or more each, one of them asking ("LEIGH SALES: … trust you? / SCOTT MORRISON: …"),
    /// whose asker is the interviewer. Returns the answer labels ("a" for Q/A), or null when the article is no transcript.
    /// </summary>
    public static HashSet<string>? TranscriptLabels(IEnumerable<Paragraph> paragraphs)
    {
        int q = 0, a = 0;
        Dictionary<string, Voice>? named = null;
        string? turn = null; // the named voice whose turn the paragraphs since its label are
        HashSet<string>? interviewers = null; // "DANA BASH, CNN CHIEF POLITICAL CORRESPONDENT:" names a journalist
        foreach (var p in paragraphs)
        {
            var label = LineLabel(p);
            if (label is null)
            {
                // "Simon:" ¶ "Well, let me say this. …" ¶ "And why do I say that? …": a turn runs on below its label.
                if (turn is not null && !p.IsHeading)
                {
                    named![turn] = named[turn].With(p, lines: 0);
                }

                continue;
            }

            turn = null;

            if (InterviewerLine(p, label))
            {
                q++;
                (interviewers ??= new HashSet<string>(StringComparer.Ordinal)).Add(label);
            }
            else if (label is "a" or "answer")
            {
                a++;
            }
            else if (p.Tokens[0].AllCaps || p.MentionAt[0] >= 0 || (p.Tokens[0].Cap && p.Tokens[0].Norm.Length == 1)) // "R:" for "Robbie:"
            {
                named ??= new Dictionary<string, Voice>(StringComparer.Ordinal);
                named[label] = named.GetValueOrDefault(label).With(p, lines: 1);
                turn = label;
            }
        }

        // "STEFANOVIC:" after "KARL STEFANOVIC, CO-HOST:": a journalist's later lines are the journalist's too.
        foreach (var journalist in interviewers ?? [])
        {
            foreach (var label in named?.Keys.ToList() ?? [])
            {
                if (label == journalist || journalist.EndsWith(" " + label, StringComparison.Ordinal))
                {
                    named!.Remove(label);
                }
            }
        }

        var surnames = named is null ? null : SurnameLabels(named.Keys.ToList());
        foreach (var (surname, full) in surnames ?? [])
        {
            named![full] = named[full] + named[surname];
            named.Remove(surname);
        }

        var initials = named is null ? null : MergeInitials(named);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        if (q >= 2 && a >= 2)
        {
            labels.Add("a");
            labels.Add("answer");
        }

        if (q >= 1)
        {
            foreach (var (label, voice) in named ?? [])
            {
                if (voice.Lines >= (q >= 2 ? 2 : 1))
                {
                    labels.Add(label);
                }
            }
        }
        else if (initials is { Count: > 0 } && named is not null && Debate(named) is { } voices)
        {
            // "Robbie: … ? / Tshabalala-Msimang: … / R: … / T-M: …": two voices named in full and then by their initials,
            // both asking: a debate, each voice's lines its own.
            labels.UnionWith(voices);
        }
        else if (named is not null && Asker(named, 2) is { } asker)
        {
            // Once the asker is plain, a guest who answers once is a voice too ("MATT CANAVAN, OPPOSITION SPOKESPERSON: …").
            foreach (var (label, voice) in named)
            {
                if (label != asker && voice.Lines >= 1 && voice.Ending == 0)
                {
                    labels.Add(label);
                }
            }
        }
        else if (named is { Count: 2 } && Asker(named, 1) is { } oneAsker)
        {
            // "CCTV: … What's China's comment?" ¶ "Wang Wenbin: China has received …": a briefing's one exchange, a voice
            // asking and a voice answering.
            foreach (var (label, voice) in named)
            {
                if (label != oneAsker && voice.Ending == 0)
                {
                    labels.Add(label);
                }
            }
        }

        foreach (var (short_, full) in (initials ?? []).Concat(surnames ?? []))
        {
            if (labels.Contains(full))
            {
                labels.Add(short_);
            }
        }

        return labels.Count > 0 ? labels : null;
    }

    /// <summary>
    /// "STEFANOVIC:" after "KARL STEFANOVIC, CO-HOST:": a one-word label that is the last word of exactly one longer label is
    /// that voice; its lines are counted with the full label's. The map from the surname to the full label.
    /// </summary>
    public static Dictionary<string, string>? SurnameLabels(IEnumerable<string> labels)
    {
        Dictionary<string, string>? map = null;
        var all = labels as ICollection<string> ?? labels.ToList();
        foreach (var label in all)
        {
            if (label.Contains(' ', StringComparison.Ordinal) || label.Length < 3)
            {
                continue;
            }

            string? full = null;
            foreach (var other in all)
            {
                if (other.Length > label.Length && other.EndsWith(" " + label, StringComparison.Ordinal))
                {
                    full = full is null ? other : "";
                }
            }

            if (!string.IsNullOrEmpty(full))
            {
                (map ??= new Dictionary<string, string>(StringComparer.Ordinal))[label] = full;
            }
        }

        return map;
    }

    /// <summary>
    /// Labels that are the initials of another label ("r" of "robbie", "t-m" of "tshabalala-msimang"): their lines are
    /// counted with the full label's. The map from initials to the full label.
    /// </summary>
    private static Dictionary<string, string> MergeInitials(Dictionary<string, Voice> named)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in named.Keys)
        {
            if (label.Length > 3 || label.Contains(' ', StringComparison.Ordinal) || InitialsOf(label) != label.Replace("-", "", StringComparison.Ordinal))
            {
                continue;
            }

            string? full = null;
            foreach (var other in named.Keys)
            {
                if (other.Length > label.Length && InitialsOf(other) == label.Replace("-", "", StringComparison.Ordinal))
                {
                    full = full is null ? other : "";
                }
            }

            if (!string.IsNullOrEmpty(full))
            {
                map[label] = full;
            }
        }

        foreach (var (initial, full) in map)
        {
            named[full] = named[full] + named[initial];
            named.Remove(initial);
        }

        return map;
    }

    /// <summary>The first letters of a label's words and hyphenated parts ("tm" of "tshabalala-msimang", "r" of "robbie").</summary>
    public static string InitialsOf(string label)
    {
        var parts = label.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "" : string.Concat(parts.Select(w => w[0]));
    }

    /// <summary>Exactly two named voices of three lines or more, both asking: the two labels, else null.</summary>
    private static List<string>? Debate(Dictionary<string, Voice> named)
    {
        var voices = named.Where(x => x.Value.Lines >= 3).Select(x => x.Key).ToList();
        return voices.Count == 2 && voices.All(v => named[v].Asking > 0) ? voices : null;
    }

    /// <summary>
    /// A transcript's named voice: its labelled lines, those holding a question anywhere (a debate's voices both ask), and
    /// the paragraphs of its turns ending in one (an interviewer's turns do; "And why do I say that? Because …" in an
    /// answer does not make the answerer the asker).
    /// </summary>
    private readonly record struct Voice(int Lines, int Asking, int Ending)
    {
        public Voice With(Paragraph p, int lines) =>
            new(Lines + lines, Asking + (lines > 0 && p.Tokens.Exists(x => x.Norm == "?") ? 1 : 0), Ending + (EndsAsking(p) ? 1 : 0));

        public static Voice operator +(Voice a, Voice b) => new(a.Lines + b.Lines, a.Asking + b.Asking, a.Ending + b.Ending);
    }

    /// <summary>
    /// A paragraph whose last sentence is a question ("… Do you believe he had time to stop them?"); a question inside an
    /// answer ("And why do I say that? Because …") does not make it one.
    /// </summary>
    private static bool EndsAsking(Paragraph p)
    {
        var t = p.Tokens;
        var last = t.Count - 1;
        while (last > 0 && (t[last].IsQuote || t[last].Norm == ")"))
        {
            last--;
        }

        return last >= 0 && t[last].Norm == "?";
    }

    /// <summary>Of the named voices with <paramref name="minLines"/> lines or more, the only one whose turns ask questions, when another never asks.</summary>
    private static string? Asker(Dictionary<string, Voice> named, int minLines)
    {
        string? asker = null;
        var answers = false;
        foreach (var (label, (lines, _, asking)) in named)
        {
            if (lines < minLines)
            {
                continue;
            }

            if (asking > 0)
            {
                if (asker is not null)
                {
                    return null; // two voices asking: a debate, not an interview
                }

                asker = label;
            }
            else
            {
                answers = true;
            }
        }

        return answers ? asker : null;
    }

    /// <summary>
    /// "q" / "question" / "a" / "answer" for a paragraph opening "Q:", the folded words of an all-capitals label of up to three
    /// words ("prime minister" for "PRIME MINISTER:", "mr trump" for "MR TRUMP:"), else null.
    /// </summary>
    public static string? LineLabel(Paragraph p) => LabelLength(p) switch
    {
        0 => null,
        1 => p.Tokens[0].Norm,
        var n => NamedLabel(p, n),
    };

    /// <summary>
    /// The folded words of a label of <paramref name="n"/> tokens up to its comma or bracket: "ANIKA WELLS, MINISTER …:" →
    /// "anika wells"; "SEN. TED CRUZ (R-TX):" → "sen ted cruz"; "KOFI MENSAH (HOST):" keeps its role ("kofi mensah host",
    /// an interviewer's label).
    /// </summary>
    private static string NamedLabel(Paragraph p, int n)
    {
        var role = RoleInBrackets(p, n);
        var words = new List<string>(n);
        for (var k = 0; k < n; k++)
        {
            var t = p.Tokens[k];
            if (t.Norm == "," || (t.Norm == "(" && !role))
            {
                break;
            }

            if (t.IsWord)
            {
                words.Add(t.Norm);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>"(HOST)", "(ANCHOR)" closing a label of n tokens: an interviewer's role in brackets.</summary>
    private static bool RoleInBrackets(Paragraph p, int n) =>
        n >= 3 && p.Tokens[n - 1].Norm == ")" && p.Tokens[n - 3].Norm == "(" && InterviewerLabel(p.Tokens[n - 2].Norm);

    /// <summary>How many tokens the line's label takes before its colon (0 for none).</summary>
    public static int LabelLength(Paragraph p)
    {
        var t = p.Tokens;
        if (t.Count > 2 && t[1].Norm == ":" && t[0].Cap)
        {
            return 1;
        }

        // "Simon:" alone on its line, the turn in the paragraphs below it (a radio transcript's layout).
        if (t.Count == 2 && t[1].Norm == ":" && t[0].IsWord && t[0].Cap)
        {
            return 1;
        }

        // "Zhao Lijian: The US side's statement is …", "CCTV reporter: …", "Macau Monthly Reporter: …": a name the text
        // knows, or capitalised words ending in a reporter's noun, before the colon.
        if (t.Count > 2 && p.MentionAt[0] >= 0 && p.Mentions[p.MentionAt[0]] is { First: 0, End: var nameEnd and <= 4 } && nameEnd < t.Count && t[nameEnd].Norm == ":")
        {
            return nameEnd;
        }

        for (var n = 2; n <= 4 && n + 1 < t.Count; n++)
        {
            if (t[n].Norm == ":" && t[0].IsWord && t[0].Cap && t[n - 1].IsWord && t[n - 1].Norm is "reporter" or "journalist" or "correspondent" &&
                t.Take(n).All(x => x.IsWord))
            {
                return n;
            }
        }

        // "ANIKA WELLS, MINISTER FOR AGED CARE AND SPORT: No, …", "KARL STEFANOVIC, CO-HOST: …": a name in capitals, a comma
        // and the voice's office in capitals.
        if (t.Count > 4 && t[0].IsWord && t[0].AllCaps && t[0].Norm.Length > 1)
        {
            var comma = 1;
            while (comma < 4 && comma < t.Count && t[comma].IsWord && t[comma].AllCaps)
            {
                comma++;
            }

            if (comma < t.Count && t[comma].Norm == ",")
            {
                for (var c = comma + 1; c < t.Count && c <= comma + 10; c++)
                {
                    if (t[c].Norm == ":" && c > comma + 1)
                    {
                        return c;
                    }

                    // ("JACK DORSEY, CEO, TWITTER:": the office and its organisation, set off by a comma of their own)
                    if (!((t[c].IsWord && (t[c].AllCaps || !t[c].Norm.Any(char.IsLetter))) || t[c].Norm is "&" or "-" || (t[c].Norm == "," && t[c - 1].IsWord)))
                    {
                        break;
                    }
                }
            }
        }

        for (var n = 2; n <= 5 && n < t.Count; n++)
        {
            // "ANDERSON COOPER (HOST):": a capitalised name and its role in brackets; "PRIME MINISTER:" may stand alone on its
            // line over the turn's paragraphs. "SEN. TED CRUZ (R-TX):": a senator's party and state in brackets.
            if (t[n - 1].Norm == "(" && t[0].IsWord && t[0].AllCaps && n + 2 < t.Count && t[n].IsWord && t[n].AllCaps && t[n + 1].Norm == ")" && t[n + 2].Norm == ":")
            {
                return n + 2;
            }

            if (!(t[n - 1].IsWord && t[n - 1].AllCaps) && !(t[n - 1].Norm == "." && n - 2 >= 0 && t[n - 2].IsWord))
            {
                return 0;
            }

            if (t[n].Norm == ":" && t[0].IsWord && t[0].AllCaps)
            {
                return n;
            }
        }

        return 0;
    }
}
