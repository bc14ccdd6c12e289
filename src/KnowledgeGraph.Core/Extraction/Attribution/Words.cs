using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Small closed word classes used by attribution (folded forms).</summary>
internal static class Words
{
    public static WordSet Determiners => Lexicon.Current.Determiners;

    public static WordSet Prepositions => Lexicon.Current.Prepositions;

    public static WordSet BeForms => Lexicon.Current.BeForms;

    public static WordSet SubjectPronouns => Lexicon.Current.SubjectPronouns;

    public static WordSet ClauseBreaks => Lexicon.Current.ClauseBreaks;

    /// <summary>Modals of the future or of possibility: "would", "will" ("'ll", the "wo" of "won't"), "could", "might", "may", "shall", "should".</summary>
    public static bool IsFutureModal(string norm) => norm is "would" or "will" or "wo" or "'ll" or "ll" or "could" or "might" or "may" or "shall" or "should";

    /// <summary>Predicates that call the subject false ("… are not true", "is gossip").</summary>
    public static WordSet FalsehoodWords => Lexicon.Current.FalsehoodWords;

    /// <summary>Nouns that frame a denied proposition ("denied the claim that …", "rejects the characterization of being …").</summary>
    public static WordSet FramingNouns => Lexicon.Current.FramingNouns;

    /// <summary>A noun that names a claim or a report of one ("the allegations", "the story"): what a denial can reject.</summary>
    public static bool NamesAClaim(string norm) => Lexicon.Current.FramingNouns.Contains(norm) || Lexicon.Current.ReportNouns.Contains(norm);

    /// <summary>
    /// A noun of something published that can be false or faked: a claim or report, a document, news, a post, a picture, a
    /// recording, a quotation ("a false viral post alleging …", "accused the paper of doctoring the video").
    /// </summary>
    public static bool NamesAPublishedWork(string norm) => NamesAClaim(norm) || SpeechLexicon.DocumentNouns.Contains(norm) ||
        norm is "news" or "post" or "posts" or "video" or "videos" or "audio" or "picture" or "pictures" or "photo" or "photos" or "image" or
            "images" or "quote" or "quotes";

    /// <summary>"vehemently", "categorically": a word of four letters or more ending in "-ly", read as an adverb.</summary>
    public static bool LyAdverb(string norm) => norm.Length > 3 && norm.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>
    /// "however", "meanwhile", "too": a connective that may stand set off by commas between a subject and its verb
    /// ("Bersatu, however, has refuted …").
    /// </summary>
    public static bool SetOffConnective(string norm) =>
        norm is "however" or "meanwhile" or "though" or "too" or "instead" or "likewise" or "nevertheless" or "nonetheless" or "separately" or "also";

    /// <summary>A noun naming a claim or a report ("the report", "these allegations", "a story") in [from, to).</summary>
    public static bool ClaimNounIn(List<Token> t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (NamesAClaim(t[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verdict of falsehood at token j: a falsehood word ("baseless"), or "far from the truth", "removed from reality".
    /// </summary>
    public static bool FalsehoodAt(List<Token> t, int j, int end) => FalsehoodEnd(t, j, end) > j;

    /// <summary>A verdict of falsehood anywhere in [from, end) ("got the false information from", "its story was not fabricated").</summary>
    public static bool FalsehoodIn(List<Token> t, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (FalsehoodAt(t, k, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"zero evidence", "zero proof", "zero truth": "zero" at <paramref name="k"/> before a ground, which it negates as "no" does.</summary>
    public static bool ZeroGround(List<Token> t, int k, int end) =>
        t[k].Norm == "zero" && k + 1 < end && t[k + 1].Norm is "evidence" or "proof" or "truth" or "basis" or "indication";

    /// <summary>
    /// "two plants were lying idle", "what lies ahead", "the fault lies with the operator": "lie" as a verb of place or
    /// position, a word of the lexicon's <c>lieOfPlace</c> list right after it, says nothing about truth.
    /// </summary>
    public static bool LieOfPlace(List<Token> t, int j, int end) =>
        t[j].Norm is "lie" or "lies" or "lying" && j + 1 < end && Lexicon.Current.LieOfPlace.Contains(t[j + 1].Norm);

    /// <summary>
    /// The end of the verdict of falsehood that opens at token j ("false", "without any basis", "not true", "void of any
    /// truth", "out of thin air", "making stuff up"), or j.
    /// </summary>
    public static int FalsehoodEnd(List<Token> t, int j, int end)
    {
        if ((FalsehoodWords.Contains(t[j].Norm) && !LieOfPlace(t, j, end)) || HyphenatedFalsehood(t[j].Norm))
        {
            return j + 1;
        }

        // "slammed the investigation as mere allegations", "nothing but mere speculation": "mere" makes a claim's noun a verdict.
        if (t[j].Norm == "mere" && j + 1 < end && t[j + 1].Norm is "allegation" or "allegations" or "accusation" or "accusations" or "claims" or
                "rumour" or "rumours" or "rumor" or "rumors" or "insinuation" or "insinuations" or "assertions" or "conjecture" or "hearsay")
        {
            return j + 2;
        }

        // "called the reports “simply not true”", "labelled them not accurate" (but "not correct to say …" judges an act)
        if (t[j].Norm == "not" && j + 1 < end && t[j + 1].Norm is "true" or "correct" or "accurate" or "factual" && !(j + 2 < end && t[j + 2].Norm == "to"))
        {
            return j + 2;
        }

        // "the allegation was ‘made up’" (but "made up of" is what something consists of)
        if (t[j].Norm == "made" && j + 1 < end && t[j + 1].Norm == "up" && !(j + 2 < end && t[j + 2].Norm == "of"))
        {
            return j + 2;
        }

        // "without merit", "without foundation", "without any basis" ("no basis to reports that …" is a no-truth frame)
        if (t[j].Norm == "without" && j + 1 < end)
        {
            var noun = j + 2 < end && t[j + 1].Norm == "any" ? j + 2 : j + 1;
            return t[noun].Norm is "merit" or "foundation" or "basis" ? noun + 1 : j;
        }

        // "completely void of any truth", "devoid of truth", "bereft of any substance"
        if (t[j].Norm is "void" or "devoid" or "bereft" && j + 2 < end && t[j + 1].Norm == "of")
        {
            var noun = j + 3 < end && t[j + 2].Norm is "any" or "all" ? j + 3 : j + 2;
            return t[noun].Norm is "truth" or "merit" or "foundation" or "basis" or "substance" or "facts" ? noun + 1 : j;
        }

        // "making stuff up", "they made the whole thing up", "makes things up" (but "make it up to the fans" is amends)
        if (t[j].Norm is "make" or "makes" or "making" or "made")
        {
            var up = j + 1;
            while (up < end && up < j + 4 && (InventedThing(t[up].Norm) || t[up].Norm is "thing" or "it" or "this" or "that" or "the" or "whole" or "all" or "story" or "..." or "\u2026"))
            {
                up++;
            }

            if (up > j + 1 && up < end && t[up].Norm == "up" && !(up + 1 < end && t[up + 1].Norm is "to" or "for" or "of" or "with"))
            {
                return up + 1;
            }

            // "they are just making up stuff", "made up stories": the particle first, then what was invented
            if (j + 2 < end && t[j + 1].Norm == "up" && (InventedThing(t[j + 2].Norm) || t[j + 2].Norm is "allegations" or "claims"))
            {
                return j + 3;
            }
        }

        // "pulled out of thin air", "figures plucked out of thin air": invented from nothing
        if (t[j].Norm == "out" && j + 3 < end && t[j + 1].Norm == "of" && t[j + 2].Norm == "thin" && t[j + 3].Norm == "air")
        {
            return j + 4;
        }

        // "those remarks are wide of the mark", "the report was off the mark"
        if (t[j].Norm == "wide" && j + 3 < end && t[j + 1].Norm == "of" && t[j + 2].Norm == "the" && t[j + 3].Norm == "mark")
        {
            return j + 4;
        }

        if (t[j].Norm == "off" && j + 2 < end && t[j + 1].Norm == "the" && t[j + 2].Norm == "mark")
        {
            return j + 3;
        }

        // "completely inconsistent with the facts", "contrary to the facts"
        if (t[j].Norm is "inconsistent" or "contrary" && j + 3 < end && t[j + 1].Norm is "with" or "to" && t[j + 2].Norm == "the" &&
            t[j + 3].Norm is "facts" or "truth" or "reality")
        {
            return j + 4;
        }

        // "far from the truth", "so far removed from reality", "nothing could be further from the truth"
        var k = j;
        if (t[k].Norm == "far" && k + 1 < end && t[k + 1].Norm == "removed")
        {
            k++;
        }

        if (t[k].Norm is not ("far" or "further" or "farther" or "removed") || k + 2 >= end || t[k + 1].Norm != "from")
        {
            return j;
        }

        var at = t[k + 2].Norm == "the" && k + 3 < end ? k + 3 : k + 2;
        return t[at].Norm is "truth" or "reality" or "facts" ? at + 1 : j;
    }

    /// <summary>What one "makes up" when one invents: "stuff", "things", "stories", "lies", "facts", "figures", "numbers", "quotes", "everything".</summary>
    private static bool InventedThing(string norm) =>
        norm is "stuff" or "things" or "stories" or "lies" or "facts" or "figures" or "numbers" or "quotes" or "everything";

    /// <summary>
    /// "a “well-fabricated story”", "a cleverly-concocted tale": a compound whose last part is a falsehood word and whose
    /// first part does not negate it ("non-fake", "anti-fake-news" name no falsehood).
    /// </summary>
    private static bool HyphenatedFalsehood(string norm)
    {
        var dash = norm.LastIndexOf('-');
        return dash > 0 && dash + 1 < norm.Length && FalsehoodWords.Contains(norm.AsSpan(dash + 1)) &&
            !norm.StartsWith("non-", StringComparison.Ordinal) && !norm.StartsWith("anti-", StringComparison.Ordinal) &&
            !norm.StartsWith("counter-", StringComparison.Ordinal);
    }

    /// <summary>"in claiming", "in saying", "in insisting" at token k: the claim a lie was told in follows.</summary>
    public static bool InClaimingAt(List<Token> t, int k, int end) =>
        k + 1 < end && t[k].Norm == "in" && t[k + 1].Norm is "claiming" or "saying" or "insisting" or "asserting" or "stating";

    /// <summary>
    /// The token after a verb of spreading at <paramref name="k"/> ("publishing", "spreading", "putting out"), or -1.
    /// </summary>
    public static int AfterSpreading(List<Token> t, int k, int end) =>
        k < end && SpreadingGerund(t[k].Norm) ? k + 1 : k + 1 < end && t[k].Norm == "putting" && t[k + 1].Norm == "out" ? k + 2 : -1;

    /// <summary>"publishing", "spreading", "peddling" …: what one is accused "of" when one puts falsehood about.</summary>
    public static bool SpreadingGerund(string norm) =>
        norm is "publishing" or "spreading" or "peddling" or "circulating" or "running" or "fabricating" or "printing" or "broadcasting" or
            "disseminating" or "propagating" or "airing";

    /// <summary>
    /// A verdict of falsehood in the predicate that starts at token from: "completely concocted and baseless",
    /// "a complete fabrication", "far from the truth"; the search stops where the predicate does (a clause word, a
    /// preposition other than the "from" of "far from", a sentence end).
    /// </summary>

    public static bool VerdictIn(List<Token> t, int from, int end, int window = 10)
    {
        for (var j = from; j < end && j < from + window; j++)
        {
            var n = t[j].Norm;
            var afterOf = j + 1;
            while (n == "of" && afterOf + 1 < end && Lexicon.Current.VerdictIntensifiers.Contains(t[afterOf].Norm) && !FalsehoodWords.Contains(t[afterOf].Norm))
            {
                afterOf++; // "a load of bloody rubbish", "a pack of outright lies"
            }

            if (FalsehoodAt(t, j, end) || (n == "of" && afterOf < end && FalsehoodAt(t, afterOf, end)))
            {
                return true; // "false", "an orchestration of falsehood", "a pack of lies"
            }

            if (n == "of" && j > from && t[j - 1].Norm is "some" or "one" or "among" or "part")
            {
                continue; // "some of the wildest allegations I have ever heard", "one of the biggest lies", "part of a smear campaign"
            }

            if (n is "with" or "of" && j > from && t[j - 1].Norm is "replete" or "full" or "riddled" or "laden" or "loaded" or "littered" or "rife" or "peppered" or "filled" or "packed")
            {
                continue; // "is replete with outright falsehoods", "a story loaded with inaccuracies", "full of lies", "filled with errors"
            }

            if (n is "that" or "because" or "but" or "which" or "who" or "." or ";" or "!" or "?" || (Prepositions.Contains(n) && n != "from"))
            {
                return false;
            }
        }

        return false;
    }
}
