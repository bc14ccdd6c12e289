using KnowledgeGraph.Model;
using KnowledgeGraph.Extraction.Attribution;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>The stance of a proposition: a verdict of falsehood ("is baseless", "as a fabrication") or a negated predicate.</summary>
internal static partial class PropositionSplitter
{
    /// <summary>The copula before a falsehood predicate ("… are not true", "is false", "it's gossip"), or -1.</summary>
    private static int FalsehoodAt(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        // "They're lies": the copula may come contracted with the subject, at the content's first word.
        for (var k = first > 0 && t[first].Norm is "they're" or "that's" or "it's" ? first : first + 1; k < end; k++)
        {
            // "these accusations lacked merit", "the claims lack any basis": a claim that lacks ground is called false.
            if (t[k].Norm is "lack" or "lacks" or "lacked" or "lacking" && LackedGround(t, k + 1, end) && ClaimNounIn(t, first, k))
            {
                return k;
            }

            // "her comments “disregard facts”", "the report distorts the truth": what goes against the facts is called false.
            if (k > first && t[k].Norm is "disregard" or "disregards" or "disregarded" or "distort" or "distorts" or "distorted" or "twist" or "twists" or
                "twisted" or "misrepresent" or "misrepresents" or "misrepresented" && FactsAfter(t, k + 1, end))
            {
                return k;
            }

            // ("reports of the costars being engaged are not true": a gerund "being" is no copula of the verdict)
            // "such charges sounded completely baseless", "the claims seem false": a verb of seeming is a copula when a
            // claim is its subject.
            var seeming = t[k].Norm is "sounded" or "sounds" or "sound" or "seemed" or "seems" or "seem" or "appeared" or "appears" or "appear" or "looked" or "looks" or "look" &&
                ClaimNounIn(t, first, k);
            if (!(Words.BeForms.Contains(t[k].Norm) || t[k].Norm is "isn't" or "aren't" or "it's" or "they're" or "that's" || seeming) || t[k].Norm == "being" ||
                PossessiveBeforeCopula(t, k, end))
            {
                continue;
            }

            var j = k + 1;
            var negated = t[k].Norm.EndsWith("n't", StringComparison.Ordinal);
            while (j < end && j < k + 6)
            {
                // "is nothing but a fabrication", "nothing more than gossip"; not as a second predicate ("does not
                // correspond to reality and is nothing but fiction" denies by its negation, which comes first)
                if (t[j].Norm == "nothing" && j + 1 < end && t[j + 1].Norm is "but" or "more" or "less" && t[k - 1].Norm != "and")
                {
                    j += t[j + 1].Norm == "but" ? 2 : j + 2 < end && t[j + 2].Norm == "than" ? 3 : 1;
                    continue;
                }

                if (t[j].Norm is not ("not" or "simply" or "just" or "all" or "a" or "an" or "pure" or "complete" or "totally" or "completely" or "absolutely" or "entirely" or "mostly" or "largely" or "wholly" or "mere" or "only" or "\"" or "\u201C" or "\u201D"))
                {
                    break;
                }

                // ("are not only inaccurate but also offensive": "not only" adds a second verdict, it negates none)
                negated |= t[j].Norm == "not" && !(j + 1 < end && t[j + 1].Norm == "only");
                j++;
            }

            // "He is using distorted figures", "certain people are spreading malicious comments": a progressive verb, not a
            // verdict on the subject ("is misleading" still is one, and so is "Anyone who publishes these claims is repeating
            // a falsehood", whose subject names the claims).
            // ("they are making stuff up" is a verdict of its own)
            if (j < end && t[j].IsWord && t[j].Norm.EndsWith("ing", StringComparison.Ordinal) && !Words.FalsehoodWords.Contains(t[j].Norm) &&
                t[j].Norm is not ("nothing" or "being") && !ClaimNounIn(t, first, k) && !FalsehoodNounAfter(t, j + 1, end) && !Words.FalsehoodAt(t, j, end))
            {
                continue; // ("the NDC is putting out such lies" still calls what the NDC says false)
            }

            // "That is not the case": the negated predicate of a fact.
            var notTheCase = negated && j + 1 < end && t[j].Norm == "the" && t[j + 1].Norm == "case";
            // "the report was “wrong”", "the book is wrong on all counts": wrong is a verdict on a claim, a report or a
            // document only ("it is wrong to …" judges an act).
            if (!negated && j < end && t[j].Norm == "wrong" && (ClaimNounIn(t, first, k) || DocumentNounIn(t, first, k)) && !(j + 1 < end && t[j + 1].Norm is "to" or "for" or "about"))
            {
                return k;
            }

            // "the work … was an “unpleasant” forgery": a forgery is said of a thing; only a report or a document is denied by it.
            if (!negated && j < end && ForgeryVerdict(t, j, end) && !ClaimNounIn(t, first, k) && !DocumentNounIn(t, first, k))
            {
                continue;
            }

            if (j < end && ((negated && (t[j].Norm is "true" or "correct" or "accurate" or "factual" or "real" || notTheCase)) || (!negated && Words.VerdictIn(t, j, end, 6))))
            {
                if (t[k].Norm == "it's")
                {
                    return k + 1;
                }

                // "reports of my death have been greatly exaggerated": the auxiliaries before "been" go with the verdict.
                var copula = k;
                while (copula > first + 1 && (t[k].Norm is "been" or "be") && t[copula - 1].Norm is "has" or "have" or "had" or "will" or "would" or "may" or "might" or "could" or "should" or "must")
                {
                    copula--;
                }

                return copula;
            }
        }

        return RestingOnFalsehood(p, first, end);
    }

    /// <summary>
    /// "the documentary contains “a pack of lies”", "the challenge is based on fabrications", "the accusations were made
    /// up", "were created out of nothing": a report or claim named as the subject, then a verb of containing or resting on
    /// with a noun of falsehood, or a verb of inventing; the verb, else -1.
    /// </summary>
    private static int RestingOnFalsehood(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first + 1; k + 1 < end && k < first + 20; k++) // ("A German TV documentary alleging widespread doping and cover-ups among Russian athletes contains …")
        {
            if (p.InQuote[k] && !p.InQuote[first])
            {
                return -1;
            }

            // (the words first, the copula before them only for those words: this runs for every word of every content)
            var n = t[k].Norm;
            var rests = n is "contains" or "contain" or "contained" or "containing" || (n is "based" or "built" or "founded" && t[k + 1].Norm == "on") ||
                (n is "rests" or "rested" or "relies" or "relied" && t[k + 1].Norm == "on");
            var invented = ((n is "made" or "cooked" or "dreamed" or "dreamt" && t[k + 1].Norm == "up") ||
                (n is "created" or "invented" or "conjured" && k + 3 < end && t[k + 1].Norm == "out" && t[k + 2].Norm == "of" && t[k + 3].Norm is "nothing" or "thin") ||
                n is "invented" or "concocted" or "fabricated" or "manufactured") && Words.BeForms.Contains(t[k - 1].Norm);
            // "The report is hereby refuted in the strongest terms", "the claims were categorically denied": a claim named as
            // the subject of a passive verb of denial is denied by whoever says so.
            if (n is "refuted" or "denied" or "rejected" or "dismissed" or "debunked" or "disowned" && PassiveCopula(t, first, k) is var copula && copula > first &&
                ClaimNounIn(t, first, copula) && !(k + 1 < end && t[k + 1].Norm == "by"))
            {
                return copula;
            }

            if (!rests && !invented)
            {
                continue;
            }

            if (!ClaimNounIn(t, first, k) && !DocumentNounIn(t, first, k))
            {
                return -1;
            }

            return invented || FalsehoodNounAfter(t, k + 1, end) || FalsehoodWordsWithin(t, k + 1, end) ? (Words.BeForms.Contains(t[k - 1].Norm) ? k - 1 : k) : -1;
        }

        return -1;
    }

    /// <summary>The copula right before the participle at <paramref name="k"/>, or before an adverb before it ("were categorically"); else -1.</summary>
    private static int PassiveCopula(List<Token> t, int first, int k)
    {
        var adverb = t[k - 1].Norm == "hereby" || t[k - 1].Norm.EndsWith("ly", StringComparison.Ordinal);
        return Words.BeForms.Contains(t[k - 1].Norm) ? k - 1 : adverb && k - 2 > first && Words.BeForms.Contains(t[k - 2].Norm) ? k - 2 : -1;
    }

    /// <summary>
    /// "no links to the gang", "no knowledge of, nor any involvement in, the matters": a tie (link, connection, involvement,
    /// dealings) right after "no", or joined to what comes after it by "nor" or "or" within a few words.
    /// </summary>
    private static bool TieDisowned(List<Token> t, int at, int end)
    {
        static bool Tie(string n) => n is "link" or "links" or "connection" or "connections" or "involvement" or "ties" or "dealings" or "association";
        if (at < end && Tie(t[at].Norm))
        {
            return true;
        }

        for (var k = at + 1; k + 1 < end && k <= at + 4; k++)
        {
            if (t[k].Norm is "nor" or "or")
            {
                var tie = t[k + 1].Norm == "any" ? k + 2 : k + 1;
                return tie < end && Tie(t[tie].Norm);
            }
        }

        return false;
    }

    /// <summary>
    /// "any planned coup", "an alleged plot", "such a meeting", "the reports": what was reported, not a field of knowledge
    /// ("I know nothing about football" describes the speaker).
    /// </summary>
    private static bool ReportedThingAfter(List<Token> t, int at, int end)
    {
        if (at < end && t[at].Norm is "any" or "such")
        {
            return true;
        }

        for (var k = at; k < end && k < at + 4; k++)
        {
            if (t[k].Norm is "alleged" or "planned" or "reported" or "supposed" or "so-called" || Words.NamesAClaim(t[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "facts", "the truth", "reality", "the record" right after the verb, ending the object ("disregards the fact that
    /// bookings rose" asserts that fact instead).
    /// </summary>
    private static bool FactsAfter(List<Token> t, int at, int end)
    {
        var k = at < end && t[at].Norm == "the" ? at + 1 : at;
        return k < end && t[k].Norm is "facts" or "truth" or "reality" or "record" && !(k + 1 < end && t[k + 1].Norm is "that" or "about" or "of");
    }

    /// <summary>"(showing|providing|offering) any proof", "any evidence", "a shred of evidence" after "without".</summary>
    private static bool WithoutProof(List<Token> t, int at, int end)
    {
        var k = at < end && t[at].Norm is "showing" or "providing" or "offering" or "presenting" or "giving" or "citing" ? at + 1 : at;
        k += k < end && t[k].Norm is "any" or "a" ? 1 : 0;
        return k < end && t[k].Norm is "proof" or "evidence" or "basis" or "foundation" or "shred";
    }

    /// <summary>
    /// "merit", "any basis", "credibility", "any factual basis": what a claim lacks when it has no ground, right after the
    /// verb.
    /// </summary>
    private static bool LackedGround(List<Token> t, int at, int end)
    {
        var k = at;
        while (k < end && k < at + 2 && t[k].Norm is "any" or "all" or "legal" or "factual")
        {
            k++;
        }

        return k < end && t[k].Norm is "merit" or "basis" or "substance" or "foundation" or "credibility" or "truth" or "evidence" or "veracity";
    }

    /// <summary>The first falsehood word within six words is "forgery", "forged" or "counterfeit".</summary>
    private static bool ForgeryVerdict(List<Token> t, int from, int end)
    {
        for (var k = from; k < end && k < from + 6; k++)
        {
            if (t[k].Norm is "forgery" or "forgeries" or "forged" or "counterfeit")
            {
                return true;
            }

            if (Words.FalsehoodWords.Contains(t[k].Norm))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A falsehood adjective or noun of the lexicon within six words ("on incomplete and outdated evidence" is none; "on false premises" is).</summary>
    private static bool FalsehoodWordsWithin(List<Token> t, int from, int end)
    {
        for (var k = from; k < end && k < from + 6; k++)
        {
            if (Words.FalsehoodWords.Contains(t[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A document's noun ("documentary", "article", "story") in [from, to).</summary>
    private static bool DocumentNounIn(List<Token> t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (SpeechLexicon.DocumentNouns.Contains(t[k].Norm) || t[k].Norm is "article" or "articles" or "story" or "stories" or "documentary" or "programme" or "program" or "video" or "book")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "(is putting out) such “lies”", "(are spreading) misinformation": a noun of falsehood within the next few words; "(is
    /// making) absolutely false and fabricated statements": a falsehood word before a noun of claims.
    /// </summary>
    private static bool FalsehoodNounAfter(List<Token> t, int from, int end)
    {
        var verdict = false;
        for (var k = from; k < end && k < from + 6; k++)
        {
            if (k < from + 5 && (t[k].Norm is "lies" or "lie" or "falsehood" or "falsehoods" or "misinformation" or "disinformation" or "propaganda" or "untruths" or
                "fabrications" or "fabrication" or "hoax" or "fiction" or "rumours" or "rumors" || (t[k].Norm == "fake" && k + 1 < end && t[k + 1].Norm == "news")))
            {
                return true;
            }

            // ("making statements about the false claims" calls nothing false: the verdict words must lead to the noun)
            // ("is disseminating wrong, false and misleading info": what is spread is information called false)
            if (verdict && t[k].Norm is "statements" or "claims" or "assertions" or "allegations" or "accusations" or "reports" or "remarks" or "stories" or
                "information" or "info" or "news" or "content")
            {
                return true;
            }

            verdict = Words.FalsehoodWords.Contains(t[k].Norm) || (verdict && (t[k].Norm is "and" or "," || Words.LyAdverb(t[k].Norm)));
        }

        return false;
    }

    private static bool ClaimNounIn(List<Token> t, int from, int to) => Words.ClaimNounIn(t, from, to);

    /// <summary>
    /// "Radar's report was untrue": an "'s" after a name, with a form of "be" still to come, is the name's possessive, not
    /// the copula ("That's false", "The report's false" have none after them).
    /// </summary>
    internal static bool PossessiveBeforeCopula(List<Token> t, int k, int end)
    {
        if (t[k].Norm != "'s" || (k > 0 && t[k - 1].Norm is "it" or "that" or "this" or "there" or "what" or "he" or "she" or "who" or "here"))
        {
            return false;
        }

        for (var j = k + 1; j < end && j <= k + 6; j++)
        {
            if (t[j].Norm is "is" or "are" or "was" or "were" or "isn't" or "aren't" or "wasn't" or "weren't")
            {
                return true;
            }

            if (!t[j].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "These reports seek to mislead the public", "the paper is deliberately trying to deceive its readers": a verb of
    /// deceiving in the main clause, within its first words, not negated and not in a clause of its own; its token, or -1.
    /// Whether its subject is one that can be rejected (a report, not "the mayor misled the council") is the caller's test.
    /// </summary>
    private static int DeceptionAt(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first + 1; k < end && k < first + 10; k++)
        {
            var n = t[k].Norm;
            if (Lexicon.Current.DeceptionVerbs.Contains(n))
            {
                return k;
            }

            if (n is "that" or "which" or "who" or "," or ";" or ":" or "if" or "whether" || Negations.Contains(n) || n.EndsWith("n't", StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// ", contrary to reports of deaths", "contrary to claims that the pupils were kidnapped": "contrary to", up to two words,
    /// a noun framing what was reported, then "of" or "that" and what it says; the token of "contrary" and the first token of
    /// what was reported, else (-1, -1).
    /// </summary>
    private static (int Contrary, int Reported) ContraryToReports(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first + 2; k + 3 < end; k++)
        {
            if (t[k].Norm != "contrary" || t[k + 1].Norm != "to")
            {
                continue;
            }

            for (var j = k + 2; j + 1 < end && j < k + 5; j++)
            {
                if (Words.FramingNouns.Contains(t[j].Norm) && t[j].Norm is not ("statement" or "statements" or "account" or "accounts" or "version"))
                {
                    return t[j + 1].Norm is "of" or "that" && j + 2 < end ? (k, j + 2) : (-1, -1);
                }

                if (!t[j].IsWord)
                {
                    break;
                }
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// "(says) he is innocent of claims of racism made against him", "(insisted) she was entirely innocent of the fraud
    /// charges": a subject pronoun, a copula and "innocent of" opening the content; the first token of what the speaker
    /// is accused of, which is denied, else -1.
    /// </summary>
    private static int InnocentOf(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        if (first + 3 >= end || !Words.SubjectPronouns.Contains(t[first].Norm) || t[first + 1].Norm is not ("is" or "was" or "are" or "were" or "am"))
        {
            return -1;
        }

        var k = first + 2;
        while (k < end && k < first + 4 && t[k].Norm is "completely" or "totally" or "entirely" or "wholly" or "absolutely" or "fully")
        {
            k++;
        }

        return k + 2 < end && t[k].Norm == "innocent" && t[k + 1].Norm == "of" && !p.InQuote[k] ? k + 2 : -1;
    }

    /// <summary>"them as “blatant fabrications”", "the report published by the Daily Sun as fake news": an object called false by "as" within the first words of the content.</summary>
    private static bool AsVerdict(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        for (var k = first; k < end && k < first + 18; k++) // "allegations his side fixed aspects of a Test against India at Chennai in 2016 as “outrageous”"
        {
            if (t[k].Norm == "as")
            {
                return k > first && Words.VerdictIn(t, k + 1, end);
            }

            // ("any links to him as “fairytales”": "to" before a pronoun or an article is a preposition inside the object)
            if ((!t[k].IsWord && !t[k].IsQuote) || t[k].Norm is "what" or "that" or "which" or "who" ||
                (t[k].Norm == "to" && !(k + 1 < end && t[k + 1].Norm is "him" or "her" or "them" or "me" or "us" or "it" or "the" or "his" or "its" or "their")))
            {
                return false; // "Norvell to drop what she described as a smear campaign": the verdict is in another clause
            }
        }

        return false;
    }

    /// <summary>A proposition said, or denied by the negation of its main predicate (the negation's token kept for the claim).</summary>
    private static Proposition ByNegation(Paragraph p, int first, int end) =>
        NegationAt(p, first, end) is var at and >= 0 ? new Proposition(first, end, Stance.Denied, NegationAt: at) : new Proposition(first, end, Stance.Said);

    /// <summary>"had not invested enough", "is not doing nearly enough": "enough" within four words after the negation, no comma between.</summary>
    private static bool NotEnough(List<Token> t, int k, int end)
    {
        for (var j = k + 1; j < end && j <= k + 4; j++)
        {
            if (t[j].Norm == "enough")
            {
                return true;
            }

            if (!t[j].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "could not accept the offer", "couldn't find a buyer": an inability or a refusal is said; "could not have known",
    /// "could not be more wrong" still deny.
    /// </summary>
    private static bool CouldNotDo(List<Token> t, int k, int first, int end)
    {
        // "were not able to open the port", "to not be able to perform": an inability, stated, as "could not" is.
        // ("have not been able to reach the site": the perfect too)
        // ("has not been able to provide any proof for his claim" lacks ground for a claim, and refutes it)
        if (t[k].Norm is "not" or "n't" && k + 2 < end && (t[k + 1].Norm == "able" || (t[k + 1].Norm is "be" or "been" && t[k + 2].Norm == "able")))
        {
            var to = t[k + 1].Norm == "able" ? k + 2 : k + 3;
            return !(to + 1 < end && t[to].Norm == "to" && (t[to + 1].Norm is "substantiate" or "prove" ||
                (t[to + 1].Norm is "provide" or "produce" or "show" or "offer" or "present" or "give" or "cite" && WithoutProof(t, to + 2, end))));
        }

        var could = t[k].Norm == "couldn't" || (t[k].Norm is "not" or "n't" && k > first && t[k - 1].Norm == "could");
        return could && k + 1 < end && t[k + 1].IsWord && t[k + 1].Norm is not ("have" or "be" or "possibly" or "ever");
    }

    /// <summary>
    /// "she hoped the port was not …", "we wish it were not so": a verb of hoping before the negation; "I'm sorry I didn't
    /// deliver …", "we regret that the line was not ready": a regret, a failing owned up to, not a claim refuted.
    /// </summary>
    private static bool WishBefore(List<Token> t, int first, int k)
    {
        for (var j = first; j < k; j++)
        {
            if (t[j].Norm is "hope" or "hoped" or "hopes" or "hoping" or "wish" or "wished" or "wishes" or "hopefully" or
                "sorry" or "regret" or "regrets" or "regretted" or "apologise" or "apologised" or "apologize" or "apologized")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A negation of reading, seeing or hearing a document right after it ("has not read the audit", "had not seen the
    /// report"), or of knowing an open question ("don't know what …").
    /// </summary>
    private static bool NotKnowing(List<Token> t, int k, int end)
    {
        var j = k + 1;
        while (j < end && j < k + 3 && t[j].Norm is "have" or "has" or "had" or "yet" or "even" or "personally" or "been" or "be")
        {
            j++;
        }

        if (j >= end)
        {
            return false;
        }

        // "I just had no idea how dirty it could be", "we have no idea what happened": as "I don't know what …".
        if (t[k].Norm == "no" && t[j].Norm is "idea" or "clue" && j + 1 < end && t[j + 1].Norm is "what" or "whether" or "if" or "how" or "why" or "who" or "where" or "when" or "which" &&
            t.Skip(Math.Max(0, k - 3)).Take(Math.Min(3, k)).Any(x => x.Norm is "i" or "we"))
        {
            return true;
        }

        // "I don't know what court this is", "we do not know whether he left": a question left open denies nothing.
        // ("Trump did not know who Boehner was", said of someone else, is a claim that can be denied.)
        // ("I don't even know where that website got the false information from" calls it false: a denial.)
        if (t[j].Norm is "know" or "knew" && j + 1 < end && t[j + 1].Norm is "what" or "whether" or "if" or "how" or "why" or "who" or "where" or "when" or "which" &&
            ((k > 0 && t[k - 1].Norm is "i" or "we") || (k > 1 && t[k - 2].Norm is "i" or "we")) && !Words.FalsehoodIn(t, j + 2, end))
        {
            return true;
        }

        // "Whether there were jihadists around or not, I don't know.": a first person not knowing, with nothing after the verb,
        // leaves the question before it open.
        if (t[j].Norm is "know" or "knew" && (j + 1 >= end || !t[j + 1].IsWord) && ((k > 0 && t[k - 1].Norm is "i" or "we") || (k > 1 && t[k - 2].Norm is "i" or "we")))
        {
            return true;
        }

        // "It is not confirmed if there was negligence", "it is not yet clear whether …": a question left open, as above.
        if (t[j].Norm is "confirmed" or "clear" or "known" or "certain" or "sure" or "decided" or "established" && j + 1 < end &&
            t[j + 1].Norm is "whether" or "if" or "what" or "how" or "why" or "who" or "where" or "when" or "which")
        {
            return true;
        }

        // "I don't know anything about that", "the Kremlin does not know anything [about this person]": knowing nothing of what
        // was just asked is said, not a refutation ("did not know about the payments" still denies).
        if (t[j].Norm is "know" or "knew" && j + 2 < end && t[j + 1].Norm == "anything" &&
            (t[j + 2].Norm == "[" || (t[j + 2].Norm == "about" && j + 3 < end && t[j + 3].Norm is "that" or "this" or "it" or "him" or "her" or "them" or "[")))
        {
            return true;
        }

        // "had not been formally notified by the Commission", "has not been contacted by police", "had not heard from the
        // federation", "have not received any formal complaint": what has not reached the speaker is said of the speaker,
        // not a refutation ("had not been approached by any club" still denies a reported approach).
        var m = j;
        while (m < end && m < j + 2 && t[m].Norm is "formally" or "officially" or "yet" or "been" or "personally" or "directly")
        {
            m++;
        }

        if (m < end && ((t[m].Norm is "notified" or "contacted" or "informed" && m > k + 1 && t[m - 1].Norm is "been" or "be" or "formally" or "officially" or "directly" or "personally" or "yet") ||
            (t[m].Norm is "received" or "receive" && ReceivedNotice(t, m + 1, end)) ||
            (t[m].Norm is "heard" or "hear" && m + 1 < end && t[m + 1].Norm == "from")))
        {
            return true;
        }

        // Not knowing ("did not know about the payments") and not seeing a thing ("had never seen the money") deny; only
        // not having read, seen or heard a document counts here.
        if (t[k].Norm == "no" || t[j].Norm is not ("read" or "seen" or "see" or "saw" or "heard" or "hear"))
        {
            return false;
        }

        var n = j + 1 < end && t[j + 1].Norm is "the" or "a" or "an" or "this" or "that" or "any" ? j + 2 : j + 1;
        while (n < end && n < j + 4 && t[n].IsWord && !SpeechLexicon.DocumentNouns.Contains(t[n].Norm) && !Words.FramingNouns.Contains(t[n].Norm) &&
            t[n].Norm is not ("audit" or "dossier" or "file" or "files" or "video" or "footage" or "book" or "email" or "emails"))
        {
            n++;
        }

        return n < end && (SpeechLexicon.DocumentNouns.Contains(t[n].Norm) || Words.FramingNouns.Contains(t[n].Norm) ||
            t[n].Norm is "audit" or "dossier" or "file" or "files" or "video" or "footage" or "book" or "email" or "emails");
    }

    /// <summary>"(received) any formal complaint", "a notice", "an official request": a notice that reaches someone.</summary>
    private static bool ReceivedNotice(List<Token> t, int n, int end)
    {
        if (n < end && t[n].Norm is "any" or "a" or "an" or "the")
        {
            n++;
        }

        if (n < end && t[n].Norm is "formal" or "official" or "written")
        {
            n++;
        }

        return n < end && t[n].Norm is "complaint" or "complaints" or "notice" or "notification" or "request" or "requests" or "letter" or "summons" or
            "report" or "reports";
    }

    /// <summary>
    /// "were not easy", "isn't new", "is not yet clear": a negated copula before an adjective of assessment (the lexicon's
    /// negatedAssessments); "is not true" is a verdict and not one of them.
    /// </summary>
    private static bool NegatedAssessment(List<Token> t, int k, int end)
    {
        // ("it was “not important”": a quotation mark may stand between the copula and the negation)
        var before = k > 1 && t[k - 1].IsQuote ? k - 2 : k - 1;
        var copula = t[k].Norm is "isn't" or "aren't" or "wasn't" or "weren't" ||
            (t[k].Norm is "not" or "n't" && before >= 0 && (Words.BeForms.Contains(t[before].Norm) || t[before].Norm is "'s" or "'re"));
        if (!copula)
        {
            return false;
        }

        var j = k + 1;
        // ("it was not a coincidence that …": the article before the noun of an assessment)
        while (j < end && j < k + 4 && t[j].Norm is "yet" or "so" or "very" or "always" or "entirely" or "particularly" or "quite" or "that" or "as" or "too" or "a" or "an" or "\"" or "\u201C")
        {
            j++;
        }

        return j < end && Lexicon.Current.NegatedAssessments.Contains(t[j].Norm);
    }

    /// <summary>
    /// "did not expect the port to close", "does not anticipate job losses" (a forecast), "is not in a position to
    /// confirm" (a refusal): said, not a refutation.
    /// </summary>
    private static bool NotExpectingOrPlaced(List<Token> t, int k, int end)
    {
        var j = k + 1;
        if (j < end && t[j].Norm is "expect" or "expected" or "expects" or "anticipate" or "anticipated" or "foresee" or "envisage")
        {
            return true;
        }

        return j + 3 < end && t[j].Norm == "in" && t[j + 1].Norm == "a" && t[j + 2].Norm == "position";
    }

    /// <summary>
    /// "we do not want sanctions against Mexico", "I don't wish to be …", "it doesn't bother me", "it does not matter": a wish
    /// or a feeling denied is said; nothing reported is refuted.
    /// </summary>
    private static bool NotWantingOrBothered(List<Token> t, int k, int end)
    {
        var j = k + 1;
        return j < end && (t[k].Norm is "not" or "n't" || t[k].Norm.EndsWith("n't", StringComparison.Ordinal)) && (t[j].Norm is "want" or "wish" or "bother" or "matter" or "worry" or "enjoy" or "mind" ||
            (t[j].Norm is "like" or "love" && j + 1 < end && t[j + 1].Norm is "to" or "it" or "that" or "the" or "being") || ThinkingAssessment(t, j, end));
    }

    /// <summary>
    /// "I don't think it's fair", "we do not believe that is appropriate": a negated verb of opinion over a judgement (the
    /// lexicon's negatedAssessments) gives an opinion; "I don't think that is true" still denies.
    /// </summary>
    private static bool ThinkingAssessment(List<Token> t, int j, int end)
    {
        if (t[j].Norm is not ("think" or "believe" or "feel") || j + 3 >= end)
        {
            return false;
        }

        var k = j + 1 < end && t[j + 1].Norm == "that" ? j + 2 : j + 1;
        if (t[k].Norm is "it's" or "that's")
        {
            k++;
        }
        else if (k + 1 < end && t[k].Norm is "it" or "this" or "that" or "he" or "she" or "they" && (Words.BeForms.Contains(t[k + 1].Norm) || t[k + 1].Norm is "'s" or "'re"))
        {
            k += 2;
        }
        else
        {
            return false;
        }

        while (k < end && t[k].Norm is "very" or "so" or "quite" or "entirely" or "really" or "totally" or "a" or "an")
        {
            k++;
        }

        return k < end && Lexicon.Current.NegatedAssessments.Contains(t[k].Norm);
    }

    /// <summary>
    /// "would never use the term again", "will not happen again": an "again" closing the negation's clause, a pledge not
    /// to repeat. ("not yet in a negotiation process" refutes a report that talks began, so "yet" is no such sign.)
    /// </summary>
    private static bool NeverAgain(List<Token> t, int k, int end)
    {
        if (t[k].Norm is "no" or "nothing" or "nobody" or "no-one" or "none")
        {
            return false;
        }

        for (var j = k + 1; j < end && j < k + 10; j++)
        {
            if (t[j].Norm == "again")
            {
                return j + 1 >= end || !t[j + 1].IsWord;
            }

            if (!t[j].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A verb of the clause before <paramref name="to"/>: an auxiliary or a past form ("has pursued", "was", "sold").</summary>
    private static bool FiniteBefore(List<Token> t, int first, int to)
    {
        for (var j = first + 1; j < to; j++)
        {
            if (t[j].IsWord && !t[j].Cap && (Words.BeForms.Contains(t[j].Norm) || t[j].Norm is "has" or "have" or "had" or "does" or "did"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Nothing in these reports ever happened", "there is no-one leaving the club": "nothing", "nobody" or "no-one" as the
    /// clause's subject, at its start or after "there is", and not "nothing but …" or "nothing else".
    /// </summary>
    private static bool NegativeSubject(List<Token> t, int first, int k, int end)
    {
        var there = k - 2 >= first && t[k - 2].Norm == "there" && Words.BeForms.Contains(t[k - 1].Norm);
        return (k == first || there) && k + 1 < end && t[k + 1].Norm is not ("but" or "else" or "," or "." or "less" or "more");
    }

    /// <summary>The dash closing an aside opened by the dash at <paramref name="dash"/>, within twenty words and no sentence mark; else -1.</summary>
    private static int DashAsideEnd(List<Token> t, int dash, int end)
    {
        for (var k = dash + 2; k < end && k < dash + 22; k++)
        {
            if (t[k].Norm is "." or ";" or "!" or "?")
            {
                return -1;
            }

            if (t[k].Norm == t[dash].Norm)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The comma closing an apposition that opens at the comma <paramref name="comma"/>: a participle, a relative or an
    /// adverb of reporting ("first reported by …", "which Reuters reported", "who declined to comment"), up to a comma
    /// followed by a verb's word (not "and", "or", "but", "not"). Else -1.
    /// </summary>
    private static int AppositionEnd(Paragraph p, int comma, int end)
    {
        var t = p.Tokens;
        if (comma + 2 >= end || !t[comma + 1].IsWord || p.InQuote[comma + 1] ||
            !(t[comma + 1].Norm.EndsWith("ed", StringComparison.Ordinal) || t[comma + 1].Norm is "who" or "which" or "first" or "previously" or "originally" or "reportedly" or "allegedly"))
        {
            return -1;
        }

        for (var k = comma + 2; k + 1 < end && k < comma + 32; k++)
        {
            if (t[k].Norm is "." or ";" or ":" or "!" or "?" || t[k].IsQuote)
            {
                return -1;
            }

            if (t[k].Norm == ",")
            {
                return t[k + 1].IsWord && t[k + 1].Norm is not ("and" or "or" or "but" or "not" or "never" or "no") ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A verb of speech in [first, k) whose subject, within the three words before it, is a document or a report ("the
    /// video advised", "the report claimed", "the article said"): what follows it is that report's.
    /// </summary>
    private static bool ReportSpeaksBefore(Paragraph p, int first, int k)
    {
        var t = p.Tokens;
        for (var v = first + 1; v < k; v++)
        {
            if (!t[v].IsWord || t[v].Cap || !SpeechLexicon.IsVerb(t[v].Norm) || !t[v].Norm.EndsWith("ed", StringComparison.Ordinal) && !t[v].Norm.EndsWith('s'))
            {
                continue;
            }

            for (var j = v - 1; j >= first && j >= v - 3; j--)
            {
                if (SpeechLexicon.DocumentNouns.Contains(t[j].Norm) || Lexicon.Current.ReportNouns.Contains(t[j].Norm) || t[j].Norm is "video" or "article" or "story" or "footage")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "during our talks on the budget, …", "in the meeting with the minister, …": a prepositional phrase of time or place
    /// opening the clause, closed by a comma within ten words; the token after the comma, or -1.
    /// </summary>
    private static int OpeningAdverbialEnd(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        // (a determiner, a possessive, a name or a number after the preposition: "in other words," is a link, no phrase of time or place)
        if (first + 2 >= end || t[first].Norm is not ("during" or "in" or "at" or "on" or "throughout" or "over" or "within") ||
            !(t[first + 1].Norm is "the" or "a" or "an" or "this" or "that" or "our" or "my" or "his" or "her" or "their" or "its" or "your" || t[first + 1].Cap ||
              char.IsDigit(t[first + 1].Norm[0])))
        {
            return -1;
        }

        for (var k = first + 2; k < end && k <= first + 10; k++)
        {
            if (t[k].Norm == ",")
            {
                return k + 1 < end && t[k + 1].Norm is not ("and" or "or" or "but") ? k + 1 : -1;
            }

            if (!t[k].IsWord && t[k].Norm != "'s")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Negation of the main predicate: the index of a "not"/"never"/"no" early in the clause and not inside a condition,
    /// or -1.
    /// </summary>
    private static int NegationAt(Paragraph p, int first, int end)
    {
        var t = p.Tokens;
        if (first < end && ConditionWords.Contains(t[first].Norm))
        {
            // "If you ask me whether we have one, we don't": the main clause after the condition carries the stance.
            for (var k = first + 2; k < end && k < first + 30; k++)
            {
                if (t[k].Norm == "," && !(k + 1 < end && t[k + 1].Norm is "and" or "or" or "but"))
                {
                    return NegationAt(p, k + 1, end);
                }
            }

            return -1;
        }

        var limit = first + 14;
        if (OpeningAdverbialEnd(p, first, end) is var opening and > 0)
        {
            limit += opening - first; // "during our talks on the GST, the phrase … was not used": the opening phrase uncounted
        }

        for (var k = first; k < end && k < limit; k++)
        {
            if (t[k].Norm == "," && k > first && k < first + 8 && AppositionEnd(p, k, end) is var closing and > 0)
            {
                // "those discussions, first reported by Reuters on Friday based on two sources who declined to be
                // identified, did not take place": the apposition after the subject is stepped over, its words uncounted.
                limit += closing - k;
                k = closing;
                continue;
            }

            // "the transcripts show – consistent with the show's repeated assurances – that the broadcast was not doctored": an
            // aside between dashes is stepped over too.
            if (t[k].Norm is "\u2013" or "\u2014" or "--" && k > first && DashAsideEnd(t, k, end) is var dashEnd and > 0)
            {
                limit += dashEnd - k;
                k = dashEnd;
                continue;
            }

            if (p.MentionAt[k] >= 0 && p.Mentions[p.MentionAt[k]] is { } named && named.First == k && named.End - k > 1)
            {
                limit += named.End - k - 1; // a name counts as one word: "H.E Nana Addo Dankwa Akufo-Addo has never been …"
            }

            var n = t[k].Norm;
            if ((ConditionWords.Contains(n) || (n == "so" && k + 1 < end && t[k + 1].Norm == "that") || n is "after" or "before" or "since") && k > first)
            {
                return -1; // "… so that Mexico is not harmed", "the patient died after his records could not be retrieved"
            }

            if (n == "nowhere" && k + 1 < end && t[k + 1].Norm == "near" && k > first)
            {
                return k; // "the president was nowhere near this bungle"
            }

            if (k > first && Words.ZeroGround(t, k, end))
            {
                return k; // "there is currently zero evidence that these claims are legitimate", as "no evidence"
            }

            if (n == "nothing" && k + 1 < end && t[k + 1].Norm is "wrong" or "illegal" or "improper" or "untoward" or "unlawful" && k > first)
            {
                return k; // "she had done nothing wrong": a wrongdoing someone alleged, refuted
            }

            if (n == "nothing" && k + 3 < end && t[k + 1].Norm == "to" && t[k + 2].Norm == "do" && t[k + 3].Norm == "with" && k > first &&
                !(k > first + 1 && t[k - 1].Norm == "have" && t[k - 2].Norm == "to"))
            {
                // ("told him to have nothing to do with it" is advice, not a disowned link)
                return k; // "the allegations have nothing to do with reality", "Moore had nothing to do with it": a link disowned
            }

            if (n == "without" && WithoutProof(t, k + 1, end))
            {
                return k; // "“without showing any proof whatsoever that I am the guilty party”": a charge made without ground
            }

            if (n == "nothing" && k > first && t[k - 1].Norm is "know" or "knew" or "knows" && k + 1 < end && t[k + 1].Norm is "of" or "about" &&
                ReportedThingAfter(t, k + 2, end))
            {
                return k; // "they know nothing of an alleged plot", "I know nothing about any planned coup": knowledge disowned
            }

            if (n is "nothing" or "nobody" or "no-one" && !NegativeSubject(t, first, k, end))
            {
                continue; // "nothing but a ploy", "have nothing to say", "let nobody be under any illusion"
            }

            if (Negations.Contains(n) || n.EndsWith("n't", StringComparison.Ordinal))
            {
                // "voted for “None Of The Above for President”": a capitalised negation inside a quoted title is part of the
                // title, not of the predicate.
                if (t[k].Cap && k > first && p.InQuote[k] && k + 1 < end && t[k + 1].IsWord && t[k + 1].Cap)
                {
                    continue;
                }

                // "we do not deny that the port was sold", "did not dispute the reports": a verb of denial negated, over a
                // that-clause or a report, concedes; nothing reported is refuted ("not denying anyone a bed" refuses nothing
                // and stays a negation).
                if (k + 2 < end && IsDenialVerb(p, k + 1) && (t[k + 2].Norm == "that" || Words.NamesAClaim(t[k + 2].Norm) ||
                    (t[k + 2].Norm is "the" or "these" or "those" or "any" && k + 3 < end && Words.NamesAClaim(t[k + 3].Norm))))
                {
                    continue;
                }

                // "Do not let the Senate bully you", "Don't believe the hype": a negated imperative opening the content is
                // an appeal, said; nothing reported is refuted.
                // ("Don't know who made it up" drops its "I": a verb of knowing or having is no command)
                var imperative = (k == first + 1 && n is "not" or "n't" && t[first].Norm == "do") || (k == first && n == "don't");
                if (imperative && k + 1 < end && t[k + 1].IsWord && !Words.BeForms.Contains(t[k + 1].Norm) &&
                    t[k + 1].Norm is not ("know" or "think" or "remember" or "recall" or "understand" or "see" or "have"))
                {
                    return -1;
                }

                // "second to none", "resolved in no time", "in no distant time": a compliment or a time phrase, no negated
                // predicate ("in no way" still negates).
                if ((n == "none" && k >= first + 2 && t[k - 1].Norm == "to" && t[k - 2].Norm == "second") ||
                    (n == "no" && k > first && t[k - 1].Norm == "in" && k + 1 < end && (t[k + 1].Norm == "time" || (k + 2 < end && t[k + 1].IsWord && t[k + 2].Norm == "time"))))
                {
                    continue;
                }

                // "was published not long before the cabinet was unveiled", "not long after", "not long ago": a time
                // phrase, no negated predicate.
                if (n == "not" && k + 2 < end && t[k + 1].Norm == "long" && t[k + 2].Norm is "before" or "after" or "ago")
                {
                    continue;
                }

                // "Dow's decision not to challenge …", "decided not to run": the negation belongs to an infinitive, not
                // to the main predicate ("is not to be trusted" still is).
                if (n == "not" && k + 1 < end && t[k + 1].Norm == "to" && k > first && !Words.BeForms.Contains(t[k - 1].Norm))
                {
                    continue;
                }

                // "the people that matter, not the puppets", "weeks, not months": a contrast, not a negated predicate.
                if (n is "not" or "never" && k > first && t[k - 1].Norm is "," or "but" or "and")
                {
                    continue;
                }

                // "the United States has pursued similar policies for 67 years and has not achieved its objectives": the
                // negation of a second predicate joined by "and" leaves the first, which the claim asserts, as said.
                if (n is "not" or "never" or "n't" && k > first + 3 && t[k - 2].Norm == "and" && t[k - 1].Norm is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "does" or "do" or "did" &&
                    FiniteBefore(t, first, k - 2))
                {
                    continue;
                }

                // "will not be distracted", "cannot shake", "there will be no more oil", "fees would not rise", "nothing
                // will change", "is not going to survive", "this may not be swine flu", "we didn't want to take a chance": a
                // refusal, a pledge, a forecast, a hedge or a wish is said, not a denial of something reported ("we would never …"
                // still denies); so is what ought to be ("there should be no impunity", "should never have approved it").
                // (a quotation mark may stand between the modal and the negation: "will “not go unanswered”")
                var before = k > first && t[k - 1].IsQuote && k - 1 > first ? k - 2 : k - 1;
                if (n == "cannot" || n is "won't" or "can't" or "shan't" or "wouldn't" or "shouldn't" or "mustn't" || (before >= first && t[before].Norm is "will" or "shall" or "can" or "wo" or "ca") ||
                    (before >= first && (n != "never" || t[before].Norm is "should" or "must") && t[before].Norm is "would" or "should" or "must" or "may" or "might") ||
                    (k + 2 < end && t[k + 1].Norm is "want" or "wanting" && t[k + 2].Norm == "to") || NotWantingOrBothered(t, k, end) ||
                    (n == "no" && k + 1 < end && t[k + 1].Norm is "more" or "amount") || (before > first && t[before].Norm == "be" && t[before - 1].Norm is "will" or "should" or "must") ||
                    CouldNotDo(t, k, first, end) || (k + 2 < end && t[k + 1].Norm == "going" && t[k + 2].Norm == "to") ||
                    (n is "nothing" or "nobody" or "no-one" && k + 1 < end && t[k + 1].Norm is "will" or "would" or "shall" or "can" or "could" or "wo" or "ca" or "should" or "must") ||
                    (n == "no" && k + 2 < end && t[k + 1].IsWord && t[k + 2].Norm is "will" or "would" or "shall" or "can" or "could" or "wo" or "ca" or "should" or "must"))
                {
                    return -1;
                }

                // "the talks were not easy", "the problem is not new": a judgement is said; "would never use it again": a
                // pledge not to repeat is said; nothing reported is refuted.
                if (NegatedAssessment(t, k, end) || NeverAgain(t, k, end) || NotExpectingOrPlaced(t, k, end))
                {
                    return -1;
                }

                // "Repsol had not invested enough in the country", "the state is not doing enough": a shortfall charged
                // is an accusation; "players didn't seem to be playing for each other": an impression. Both are said.
                if (NotEnough(t, k, end) || (k + 2 < end && t[k + 1].Norm is "seem" or "seemed" or "seems" or "appear" or "appeared" or "appears" && t[k + 2].Norm == "to"))
                {
                    return -1;
                }

                // "has not read the audit", "had not seen the report": what the speaker has not read or seen is said of the
                // speaker, not a refutation of something reported.
                if (NotKnowing(t, k, end))
                {
                    return -1;
                }

                // "They have no money", "he had no interest in working overseas", "the coach had no knowledge of …": what a
                // third person lacks is said of them, not a refutation ("we have no plans" still refutes; so does "he had no
                // links to the gang", a tie disowned like "had nothing to do with").
                // ("Mr Hager has no moral fibre or ethics": a person named as the subject is a third person too, unless what
                // they lack is a ground for a claim: "Mr Hager has no evidence" refutes.)
                if (n == "no" && k >= first + 2 && t[k - 1].Norm is "have" or "has" or "had" &&
                    (t[k - 2].Norm is "they" or "he" or "she" ||
                     (p.MentionAt[k - 2] >= 0 && p.Mentions[p.MentionAt[k - 2]].EntityId.StartsWith("person:", StringComparison.Ordinal) &&
                      !(k + 1 < end && t[k + 1].Norm is "evidence" or "proof" or "basis" or "grounds" or "ground" or "foundation" or "case" or "truth" or "facts"))) &&
                    !TieDisowned(t, k + 1, end))
                {
                    return -1;
                }

                // "saw no reason to resign", "hoped the port was not a haven": no refutation, a view or a wish is said.
                if ((n == "no" && k + 1 < end && t[k + 1].Norm is "reason" or "need") || WishBefore(t, first, k))
                {
                    return -1;
                }

                // "the video advised that Barilaro hadn't given a complete answer", "the report claimed the port had not been
                // sold": the negation is what a report said, passed on; the speaker refutes nothing.
                if (ReportSpeaksBefore(p, first, k))
                {
                    return -1;
                }

                // "no doubt", "no matter", "no longer has …" (a change asserted), "not only …": no negated claim.
                return (n == "no" && k + 1 < end && t[k + 1].Norm is "doubt" or "matter" or "longer") || (n == "not" && k + 1 < end && t[k + 1].Norm == "only") ? -1 : k;
            }
        }

        return -1;
    }
}
