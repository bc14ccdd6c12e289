using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Telling a speech verb from the same word used as a noun, a passive or a topic ("commented on").</summary>
internal static class SpeechVerbs
{
    private static WordSet TopicPrepositions => Lexicon.Current.TopicPrepositions;

    public static bool IsSpeechVerb(Paragraph p, Sentence s, int i, out string lemma, out bool denial, out bool participle)
    {
        participle = false;
        var t = p.Tokens;
        if (!SpeechLexicon.TryVerb(t[i].Norm, out lemma, out denial) &&
            !(i > s.First && t[i - 1].Norm == "to" && !p.InQuote[i] && SpeechLexicon.TryInfinitive(t[i].Norm, out lemma, out denial)))
        {
            return false;
        }

        var prev = i > s.First ? t[i - 1].Norm : "";
        var prev2 = i - 1 > s.First ? t[i - 2].Norm : "";
        var next = i + 1 < s.End ? t[i + 1].Norm : "";
        var next2 = i + 2 < s.End ? t[i + 2].Norm : "";

        // "Harbour dispute goes on", "a dispute over land", "the dispute is": the base form of a denial verb followed by a
        // verb of its own or by a preposition of what is disputed is the noun.
        if (denial && t[i].Norm == lemma && !p.InQuote[i] && (next is "over" or "between" or "goes" or "continues" or "escalates" or "deepens" or "drags" or
                "rages" or "erupts" or "intensifies" or "simmers" or "looms" or "grows" or "ends" || Words.BeForms.Contains(next) || next is "has" or "had"))
        {
            return false;
        }

        // "a statement issued by a criminal on alleged security situation", "the reported attack": a participle after a
        // preposition or a determiner, before a noun, is an adjective of that noun.
        if (t[i].Norm is "alleged" or "reported" or "claimed" or "rumoured" or "rumored" or "purported" && !p.InQuote[i] &&
            (Lexicon.Current.Prepositions.Contains(prev) || prev is "the" or "a" or "an" or "this" or "these" or "its" or "their" or "his" or "her") &&
            i + 1 < s.End && t[i + 1].IsWord && !t[i + 1].Cap && next is not ("by" or "that" or "to" or "in" or "on" or "as" or "and" or "or"))
        {
            return false;
        }

        // "the Atlantic Council, an American think tank, …": the first half of a compound noun, no verb.
        if (t[i].Norm == "think" && next is "tank" or "tanks" or "tank's")
        {
            return false;
        }

        // "Onouoha added to City's injury problems", "adding to the confusion": adding to something is no saying
        // ("added to reporters that …" still is).
        if (lemma == "add" && next == "to" && next2 is not ("reporters" or "journalists" or "that" or "this") &&
            !(i + 2 < s.End && p.MentionAt[i + 2] >= 0 && p.Mentions[p.MentionAt[i + 2]].End is var listener && !(listener < s.End && t[listener].Norm == "'s")))
        {
            return false; // ("added to City's injury problems": a name that owns the thing added to is no listener)
        }

        // "News Corp, another company (that is) said to have shown interest", "is said to be considering": a reputation the
        // writer reports, nothing the subject said.
        if (lemma == "say" && t[i].Norm == "said" && next == "to" && next2 is "have" or "be" or "own" or "hold" or "favour" or "favor" or "prefer")
        {
            return false;
        }

        // "Covid-19 claimed the life of a 71-year-old man", "the storm claimed 12 lives": a death, not a claim.
        if (lemma == "claim" && (next is "lives" || (next is "the" or "his" or "her" or "their" or "two" or "three" or "many" && next2 is "life" or "lives") ||
            (next.Length > 0 && char.IsDigit(next[0]) && next2 is "lives")))
        {
            return false;
        }

        // "recalling its ambassador from Washington", "recalled 40,000 cars": calling back people or goods is no saying.
        if (lemma == "recall" && (next is "ambassador" or "ambassadors" or "envoy" or "envoys" or "troops" or "diplomats" ||
            (next is "its" or "their" or "the" or "his" or "her" or "all" && next2 is "ambassador" or "ambassadors" or "envoy" or "envoys" or "troops" or "diplomats" or
                "products" or "vehicles" or "cars" or "staff") || (next.Length > 0 && char.IsDigit(next[0]))))
        {
            return false;
        }

        // "Bogota has responded by halting arms purchases": a response made by an act, not in words.
        if (lemma is "respond" or "react" && next == "by" && next2.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        // "termed as “baseless” reports that …", "false claims that …": after a verdict the word is the report noun.
        if (t[i].Norm is "reports" or "claims" && i > s.First &&
            (Words.FalsehoodWords.Contains(prev) || (t[i - 1].IsQuote && i - 2 >= s.First && p.InQuote[i - 2] && Words.FalsehoodAt(t, i - 2, i))))
        {
            return false;
        }

        // "dismissed “with contempt” claims by a media house that …", "reports of a deal": a speech verb is never followed by
        // its agent or by "of"; the word is the report noun. So after a quantifier or a kind of report: "all reports about
        // it are false", "multiple news reports".
        // ("Fairfax Media reports the prime minister …", "Sky News reports …": the last word of an outlet's name is no modifier.)
        if (t[i].Norm is "reports" or "claims" && (next is "by" or "of" || prev is "all" or "many" or "multiple" or "several" or "numerous" or "various" or "other" ||
            (prev is "news" or "media" && !(p.MentionAt[i - 1] >= 0 && p.Mentions[p.MentionAt[i - 1]].First < i - 1))))
        {
            return false;
        }

        // "would not confirm or deny the story", "neither confirmed nor denied": declining to answer asserts nothing.
        if ((prev is "or" or "nor" && prev2.StartsWith("confirm", StringComparison.Ordinal) && lemma == "deny") ||
            (next is "or" or "nor" && next2.StartsWith("den", StringComparison.Ordinal) && t[i].Norm.StartsWith("confirm", StringComparison.Ordinal)))
        {
            return false;
        }
        var prev3 = i - 2 > s.First ? t[i - 3].Norm : "";
        // "what it described as …", "which he called …": the object moved away, so no content follows; but "…, which she
        // denies." ends there and points back to what she denies (the object-relative sieve reads it).
        var relative = prev2 is "what" || (prev2 is "which" && !Words.Prepositions.Contains(prev3) && !(denial && next is "." or "," or ";" or "\u2014" or "\u2013" or "") &&
            lemma is not ("call" or "describe" or "characterize" or "label" or "brand" or "term"));
        // "The Post was the first to report that …", "the first outlet to reveal that …": the subject's own report.
        var purpose = prev is "to" && (PurposeInfinitive(p, s, i, denial) || FirstToSay(p, s, i) || PoliteSpeechAct(p, s, i));
        // "official" is also a noun: "a port official told …" (a past form after it is a verb; "official claims" is not).
        // So is "long" after has/have/had: "has long insisted" (not "a long statement").
        // A possessive that ends a name is no determiner, nor "is": "Christie's said", "McDonald's denied" (the name holds its "'s").
        var nameHoldsPossessive = prev == "'s" && p.MentionAt[i - 1] >= 0;
        // "The Enquirer and RadarOnline are both claiming …", "… both denied": "both" after a verb's auxiliary or a name floats
        // off the subject; it determines no noun.
        var floatingBoth = prev == "both" && i - 2 >= s.First && (Words.BeForms.Contains(prev2) || prev2 is "have" or "had" || p.MentionAt[i - 2] >= 0);
        var determiner = Words.Determiners.Contains(prev) && !floatingBoth && !(prev == "official" && !t[i].Norm.EndsWith('s')) && !nameHoldsPossessive &&
            !(prev == "long" && prev2 is "has" or "have" or "had") &&
            !(prev is "earlier" or "first" && i - 2 >= s.First && t[i - 2].IsWord && (t[i - 2].Cap || Words.SubjectPronouns.Contains(prev2) || prev2 is "had" or "has" or "have" or "also" or "then")); // "Peskov earlier rejected …", "Reuters first reported …", "The newspaper had earlier reported …", "had also earlier rejected"
        if (determiner || (prev is "to" && !purpose) || prev is "what" || relative || (t[i].Cap && i == s.First && !Spans.TagSentence(p, s, i) && !FrontedDenial(p, s, i, denial)) ||
            (prev is "on" or "of" or "about" or "over" or "against" or "in" or "with" or "from" or "by" && t[i].Norm.EndsWith('s')))
        {
            return false; // "the claims", "what it described", "continues to attribute", a sentence-opening "Speaking"
        }

        // "said the firm would announce layoffs", "if asked, he will deny the claim": a speech act still to come (or only
        // supposed) is no statement; inside another speaker's words it is part of the content.
        if (AfterModal(t, s.First, i))
        {
            return false;
        }

        // "the WHO purportedly stated …", "he allegedly said …": the writer does not vouch that the words were said; whoever
        // reports them is the source, and the speaker has not been shown to have said it.
        if (prev is "allegedly" or "purportedly" or "supposedly")
        {
            return false;
        }

        // "… - claims denied by Northgate Bank": a denial reduced to a participle after the claims it rejects.
        if (denial && Words.FramingNouns.Contains(prev) && t[i].Norm.EndsWith("ed", StringComparison.Ordinal) && PassiveDenialAgent(p, s, i) is not null)
        {
            return true;
        }

        // "rejected union claims over …", "denied the media reports": a plural noun in the object of a denial, not a verb.
        if (t[i].Norm.EndsWith('s') && ObjectOfDenial(p, s, i))
        {
            return false;
        }

        // "the national emergency declared against Havana": a verb right after an ordinary noun is a participle, not speech.
        // "fuelled speculation by saying …", "while insisting …": a gerund after these is the subject's own speech.
        // "was quoted as saying …": the quoted person's speech.
        var gerundOfManner = ((prev is "by" or "while" or "when" or "after" or "before" || InMannerOfSpeaking(prev, prev2)) && t[i].Norm.EndsWith("ing", StringComparison.Ordinal)) ||
            (prev is "as" && QuotedAs(p, s, i));
        if (i > s.First && t[i - 1].IsWord && !t[i - 1].Cap && !CanPrecedeVerb(prev) && !purpose && !gerundOfManner &&
            !(t[i].Norm.EndsWith("ing", StringComparison.Ordinal) && AfterIssuedDocument(p, s, i)) && !AfterLocativeOfSpeaker(p, s, i) &&
            !(prev is "couple" or "pair" or "duo" && prev2 == "the") && // "The couple claims …": two people named before
            !(prev is "plc" or "ltd" or "inc" or "llc" && i - 2 >= s.First && t[i - 2].Cap)) // "Acacia Mining plc refuted …": the legal form closes the name
        {
            return false;
        }

        // "has pleaded not guilty to seven charges": a plea of not guilty denies the charges; "pleaded for calm", "pleaded
        // guilty" put nothing in dispute.
        if (lemma == "plead" && !(next == "not" && next2 == "guilty"))
        {
            return false;
        }

        // "Government notes the article published by …", "noted the report": taking note of a document states nothing.
        if (lemma == "note" && next is "the" or "a" or "an" or "this" or "that" && i + 2 < s.End &&
            (Words.NamesAClaim(t[i + 2].Norm) || SpeechLexicon.DocumentNouns.Contains(t[i + 2].Norm) || t[i + 2].Norm is "article" or "articles"))
        {
            return false;
        }

        if (lemma == "point" && next != "out")
        {
            return false;
        }

        // "She submitted that they belong to the poor strata of society": counsel's argument before a court is speech;
        // "submitted a report", "submitted his resignation" hand something in.
        if (lemma == "submit" && next != "that")
        {
            return false;
        }

        // "Trump obviously told the truth", "accused him of telling lies": telling the truth or lies is conduct, no statement.
        if (lemma == "tell" && ((next == "the" && next2 == "truth") || next is "lies" or "untruths" || (next == "a" && next2 == "lie")))
        {
            return false;
        }

        // "he told Sheinbaum to stop supplying oil", "told them to leave": an instruction to a person, no statement (a verb
        // of saying around it keeps the whole telling as its content).
        if (lemma == "tell" && Instructed(p, s, i + 1))
        {
            return false;
        }

        // "The report does not say how many …", "the ministry did not specify …": a saying denied by the writer states nothing.
        // "didn't say", "cannot confirm" carry the negation in one word; "not"/"never" count after an auxiliary or at the start.
        if (!p.InQuote[i] && (prev is "cannot" || prev.EndsWith("n't", StringComparison.Ordinal) ||
            (prev is "not" or "never" && prev2 is "does" or "do" or "did" or "has" or "have" or "had" or "could" or "would" or "will" or "can" or "is" or "was" or "were" or "are" or "")))
        {
            return false;
        }

        // "blamed the opposition for propagating fake news that …": blaming is speech only when what is blamed is a
        // falsehood with its clause ("blamed the rain for the delay" asserts nothing a text could deny).
        // "blamed Serbia for the violence", "blamed the drop on currency swings", "blamed on Saturday Iran for the attacks": an
        // accusation of its own, what is blamed and what it is blamed for or on in one clause (not "was blamed for", "to blame",
        // nor "the blame").
        if (lemma == "blame" && !FalsehoodClauseAhead(p, s, i + 1) && !BlamedForOrOn(p, s, i, prev))
        {
            return false;
        }

        // "Alirio Melendez, accused last year of misconduct, says …": a passive participle set off after a name is what the
        // name is accused of, no speech of its own.
        if (lemma is "accuse" or "charge" && prev == "," && t[i].Norm.EndsWith("ed", StringComparison.Ordinal) && OfOrByWithin(t, i + 1, s.End, 4))
        {
            return false;
        }

        // "accused Reuters of publishing misleading and fake news": accusing an outlet or a source of spreading falsehood
        // rejects what it published.
        // "criticized the news media for putting out unfounded reports": a verb of disapproval "for" spreading falsehood too.
        if ((lemma == "accuse" || Lexicon.Current.DisapprovalVerbs.Contains(lemma)) && AccusedOfFalsehood(p, s, i + 1, lemma != "accuse"))
        {
            denial = true;
        }

        // "called the reports 'false'", "branded it 'a media campaign'", "termed as baseless reports that …": speech only
        // with a verdict; a false one denies.
        if (lemma is "call" or "brand" or "label" or "term")
        {
            if (next is "for" or "on" or "off" or "up" or "back" or "in" or "out" or "him" or "her" or "me" || CallVerdict(p, s, i + 1) is not { } verdict)
            {
                return false;
            }

            denial = verdict;
        }

        // "declares baby food WhatsApp message a hoax", "declared the reports false": a declaration whose object it calls
        // false, as "called", denies; any other declaration stays a statement.
        if (lemma == "declare" && next is not ("that" or "war") && CallVerdict(p, s, i + 1) == true)
        {
            denial = true;
        }

        // "criticized the notion that …", "slammed the report as fake news": disapproval of a claim rejects it; "slammed
        // the door" is no statement at all.
        if (Lexicon.Current.DisapprovalVerbs.Contains(lemma))
        {
            if (ClaimObject(p, s, i + 1) || WhatItCalledFalse(p, s, i + 1))
            {
                denial = true;
            }
            else if (Lexicon.Current.ClaimObjectVerbs.Contains(lemma) && !denial && !ForDoingWithin(t, i + 1, s.End) && !(QuoteClosesBefore(p, s, i) && ObjectlessAfter(t, i + 1, s.End)))
            {
                return false; // ("slammed the paper for publishing false reports …" was found a denial above; "slammed the
                              // opposition for causing a ruckus" accuses, which is said; "“…,” she scoffed." reports the quotation)
            }
        }

        // "Dow later dismissed her during jury selection", "rejected him for the post": a person turned away, no claim.
        if (denial && next is "him" or "her" or "me" or "us" && !Spans.ThatOrQuoteWithin(p, s, i + 2, 4) && !AsWithin(p, s, i + 2, 3))
        {
            return false;
        }

        // "teased that the album …", "gushed: “…”" report words; "teases fans with a new song" does not.
        if (lemma is "tease" or "gush" && !Spans.ThatOrQuoteWithin(p, s, i + 1, 3) && !QuoteClosesBefore(p, s, i) && next is not ":")
        {
            return false;
        }

        // "posted on Facebook that …" states something, and so does "“…,” X posted on its account"; "posted a loss", "was
        // posted to Lagos" do not.
        if (lemma == "post" && !Spans.ThatOrQuoteWithin(p, s, i + 1, 8) && !(QuoteClosesBefore(p, s, i) && next is "on" or "in" or "." or ","))
        {
            return false;
        }

        // "tweeted a picture of herself", "posted a video": sharing a picture is no statement.
        if (lemma is "tweet" or "post" or "share" && MediaObject(p, s, i + 1))
        {
            return false;
        }

        // "has informed Chelsea and the player of an adverse finding", "informed the court that …": telling someone, with
        // what was told; "informed sources said" and "informed decisions" are no speech.
        if (lemma == "inform" && (next is "sources" or "source" or "people" or "officials" or "decision" or "decisions" or "choice" or "choices" or "opinion" ||
            !(Spans.ThatOrQuoteWithin(p, s, i + 1, 8) || OfWithin(t, i + 1, s.End, 8))))
        {
            return false;
        }

        // "the correspondent who wrote the piece", "wrote a book about the war": authoring a work is no statement; what the
        // work says is read where a "that" or a quotation follows ("wrote in the piece that …").
        if (lemma == "write" && WrittenWorkObject(p, s, i + 1) && !Spans.ThatOrQuoteWithin(p, s, i + 1, 6))
        {
            return false;
        }

        // "went on a hiring binge, adding workers in its retail division": "add" states something only with a clause.
        if (lemma == "add" && i + 1 < s.End && t[i + 1].IsWord && !t[i + 1].Cap && !Words.Prepositions.Contains(next) && next != "that" &&
            !Spans.ThatOrQuoteWithin(p, s, i + 1, 12) && !FiniteVerbWithin(p, s, i + 1, 10))
        {
            return false;
        }

        // "would not say whether …", "did not say when …": a refusal to speak, not a statement.
        if (prev is "not" or "never" or "n't" && next is "whether" or "if" or "when" or "how" or "what" or "who" or "why" or "where" or "which")
        {
            return false;
        }

        // "pushed back on claims that …", "played down reports that …", "brushed aside suggestions that …", "shot down
        // rumours that …", "hit back at claims that …": a phrasal verb of rejection, read only with its particle and a
        // framed that-clause (so "played down the field", "shot down a drone" say nothing).
        // "poured cold water on reports that …" likewise, with its whole idiom.
        // "ruled out the possibility of any collateral damage", "ruled out any political angle": denies what it names, with
        // no that-clause needed; "was ruled out of the match" (an injury) and "rules" as a noun say nothing.
        // "ruled out any summary dismissal of the coach", "ruling out political and economic reforms": ruling out an act
        // is a red line, said, not a denial.
        if (lemma == "rule")
        {
            if (next != "out" || next2 is "of" or "for" or "." or "," or "" || p.InQuote[i] ||
                prev is "been" or "be" or "being" or "is" or "was" or "were" or "are" or "the" or "not" or "never" or "n't")
            {
                return false;
            }

            denial = !RuledOutAct(p, s, i + 2);
            return true;
        }

        // "has distanced itself from the allegations", "UWI dissociates itself from newspaper report": disowning a claim, a
        // report or an act imputed to the speaker denies it; only with the reflexive and "from" ("distanced the runners").
        if (lemma is "distance" or "dissociate")
        {
            return next is "itself" or "themselves" or "himself" or "herself" or "ourselves" or "myself" && next2 == "from" && !p.InQuote[i];
        }

        // "lashed out at claims that …", "has lashed at reports claiming …", "is lashing out against the rumours": an attack on a
        // report or a claim named right after.
        if (lemma == "lash")
        {
            var at = next == "out" ? i + 2 : i + 1;
            var noun = at + 1 < s.End && t[at].Norm is "at" or "against" ? (t[at + 1].Norm is "the" or "these" or "those" or "such" or "media" or "press" or "recent" && at + 2 < s.End ? at + 2 : at + 1) : -1;
            return noun > 0 && Words.FramingNouns.Contains(t[noun].Norm) && !p.InQuote[i];
        }

        if (lemma is "laugh" or "shrug" && QuoteClosesBefore(p, s, i) && ObjectlessAfter(t, i + 1, s.End))
        {
            denial = false; // "“…,” she laughed.": a manner of saying the quotation, no laughing off
            return true;
        }

        if (NeedsParticle(lemma))
        {
            // ("set the record straight on reports that …": the idiom, then what it corrects)
            var particle = lemma == "pour" ? next == "cold" && i + 3 < s.End && t[i + 2].Norm == "water" && t[i + 3].Norm == "on"
                : lemma == "set" ? next == "the" && i + 4 < s.End && t[i + 2].Norm == "record" && t[i + 3].Norm == "straight" &&
                    t[i + 4].Norm is "on" or "about" or "over" or "regarding"
                : DenialParticle(lemma, next);
            // "hit back at claims of abuse", "hit out over ‘false’ reports", "pushed back on the allegations": the claim named
            // after the preposition of the attack is what is denied, as the object of "played down" is.
            var objectAt = lemma is "pour" or "set" ? i + 4 : i + 2;
            if (lemma is "hit" or "push" or "set" && objectAt < s.End && t[objectAt].Norm is "at" or "on" or "over" or "against" or "about" or "regarding")
            {
                objectAt++;
            }

            if (!particle || !(FramedThatWithin(p, s, lemma is "pour" or "set" ? i + 4 : i + 2, 10) || FramingNounObject(p, s, objectAt)))
            {
                return false;
            }
        }

        // "he had never said that …", "did not say …": the speaker rejects words put in his mouth.
        if (prev is "not" or "never" or "n't" && lemma is "say" or "tell" or "state" or "promise" or "claim" or "suggest")
        {
            denial = true;
        }
        else if (prev is "not" or "never" or "n't")
        {
            return false; // "has never commented publicly", "did not deny": no statement was made
        }

        // "You are commenting using your account": the reader addressed by the page (a comment form), never a speaker;
        // "(Adds detail on the report, quotes)": a wire update's note on what changed, no statement.
        if (prev2 == "you" || prev == "you" || (prev == "(" && t[i].Cap))
        {
            return false;
        }

        var ing = t[i].Norm.EndsWith("ing", StringComparison.Ordinal);
        if ((Words.BeForms.Contains(prev) && !nameHoldsPossessive) || (prev is "been" or "be") ||
            (Words.BeForms.Contains(prev2) && (prev.EndsWith("ly", StringComparison.Ordinal) || prev is "also" or "still" or "often" or "long" or "never" or "once" or "even" or "both" or "now")))
        {
            // "The claims were described by the minister as “ridiculous”": a passive verdict of falsehood by a named agent
            // is that agent's denial of the subject.
            if (!ing && lemma is "describe" or "characterize" or "call" or "brand" or "label" or "term" && PassiveVerdictAs(p, s, i) is var verdictAs and > 0 &&
                Words.VerdictIn(t, verdictAs + 1, s.End, 6))
            {
                denial = true;
            }

            if (!ing && PassiveAgent(p, s, i) is null && !(denial && (PassiveDenialAgent(p, s, i) is not null || PassiveDenialByReference(p, s, i) >= 0)))
            {
                return false; // passive: "was described", "is accused"
            }
        }
        else if (ing)
        {
            if (AbsoluteSubject(p, s, i) is not null)
            {
                return true; // "despite adviser Karl Venter claiming …": the name before the gerund is its own subject
            }

            var commaInQuote = i - 2 >= s.First && t[i - 1].IsQuote && t[i - 2].Norm == ","; // "… as “baseless,” calling them …"
            var adverbAfterComma = prev.EndsWith("ly", StringComparison.Ordinal) && prev2 == ","; // "…, completely denying the report"
            if (prev is not ("," or "also" or "while" or "and" or "by" or "before" or "after" or "when" or "then" or "again" or "repeatedly" or "publicly") && !InMannerOfSpeaking(prev, prev2) &&
                !adverbAfterComma && !commaInQuote && !(prev is "as" && QuotedAs(p, s, i)) && !AfterIssuedDocument(p, s, i) && !FrontedDenial(p, s, i, denial))
            {
                return false;
            }

            participle = prev is not "as"; // "quoted as saying" stands for the quoted person's own verb
        }

        // "claimed to have a trove of emails", "claims to be the rightful owner": the infinitive is what is claimed.
        if (lemma == "claim" && next == "to" && i + 2 < s.End && t[i + 2].IsWord && !t[i + 2].Cap && !p.InQuote[i] && !Words.Determiners.Contains(next2) &&
            !Words.Prepositions.Contains(next2) && !Words.SubjectPronouns.Contains(next2) && next2 is not ("him" or "her" or "them" or "us" or "me" or "it"))
        {
            return true;
        }

        // "commented on the tensions", "responded to pressure": a topic, not a claim; unless a "that" or a quotation follows soon.
        // "“…,” the Port Authority posted on its Twitter account": a channel, not a topic.
        var onChannel = lemma is "post" or "tweet" or "write" && next is "on" or "in" && ChannelWithin(p, s, i + 1);
        // ("He claimed in 2018 he was …", "alleged on Tuesday she had …": a time, no topic)
        var dated = next is "in" or "on" && i + 2 < s.End && t[i + 2].IsWord && IsDateWord(t[i + 2]) && t[i + 2].Norm != ".";
        // ("“…,” Aeroméxico retorted in a statement dated June 19": a quotation closing just before the verb is what was
        // said; "in a statement" after it is the channel)
        if (!denial && !onChannel && !dated && TopicPrepositions.Contains(next) && lemma is not ("tell" or "say" or "state" or "add" or "write" or "report" or "declare" or "insist" or "announce") &&
            !(next is "in" or "on" or "at" or "during" && QuoteClosesBefore(p, s, i)))
        {
            if (!Spans.ThatOrQuoteWithin(p, s, i + 1, 12) && !Spans.CommaThatWithin(p, s, i + 1, 45))
            {
                return false;
            }
        }

        // "Us Weekly reported on the couple", "the BBC reported on the sale in detail": a topic too; "reported on Monday
        // that …" keeps its date, and a "that" or a quotation soon after still makes it speech.
        if (!denial && lemma == "report" && next == "on" && i + 2 < s.End && !IsDateWord(t[i + 2]) &&
            !Spans.ThatOrQuoteWithin(p, s, i + 1, 12) && !Spans.CommaThatWithin(p, s, i + 1, 45))
        {
            return false;
        }

        // "Anthony reported Commodore Bainimarama to the police", "reported the theft to authorities": a complaint
        // filed against someone, not words reported.
        if (!denial && lemma == "report" && ReportedToAuthorities(p, s, i))
        {
            return false;
        }

        return true;
    }

    /// <summary>An object of at most five words, no "that" or quotation in it, then "to (the) police" or "to (the) authorities".</summary>
    private static bool ReportedToAuthorities(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        for (var k = i + 2; k + 1 < s.End && k <= i + 6; k++)
        {
            if (t[k - 1].Norm == "that" || t[k - 1].IsQuote || p.InQuote[k - 1] || !t[k - 1].IsWord)
            {
                return false;
            }

            if (t[k].Norm == "to")
            {
                var at = t[k + 1].Norm == "the" && k + 2 < s.End ? k + 2 : k + 1;
                return t[at].Norm is "police" or "authorities" or "cops";
            }
        }

        return false;
    }

    /// <summary>
    /// "(accused X) of publishing misleading and fake news", "of spreading lies": "of", a verb of spreading, then a verdict
    /// of falsehood; "of fabricating its story", "of making up quotes": a verb of inventing; "of acting under a false
    /// pretext": any gerund with a verdict of falsehood right after it.
    /// </summary>
    private static bool ReportNounWithin(List<Token> t, int from, int end, int window)
    {
        for (var k = from; k < end && k < from + window; k++)
        {
            if (Words.NamesAPublishedWork(t[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AccusedOfFalsehood(Paragraph p, Sentence s, int from, bool disapproval = false)
    {
        var t = p.Tokens;
        for (var k = from; k + 1 < s.End && k < from + 6; k++)
        {
            if (!(t[k].Norm == "of" || (disapproval && t[k].Norm == "for")) || p.InQuote[k])
            {
                continue;
            }

            var gerund = t[k + 1].Norm;
            if (gerund is "a" or "an" && k + 2 < s.End && Words.VerdictIn(t, k + 2, s.End, 4))
            {
                return !disapproval; // "accused Pyongyang of a “blatant lie” in claiming …": the claim is called a lie
            }

            if (gerund is "fabricating" or "inventing" or "concocting" or "misquoting" ||
                (gerund == "making" && k + 2 < s.End && t[k + 2].Norm == "up"))
            {
                return true;
            }

            // "accused the newspaper of lying" rejects what it published; "accused six witnesses of lying", "accused Mr
            // Newman of lying to him" is an accusation, said (unless the lie's claim follows: "of lying in claiming …").
            if (gerund == "lying")
            {
                return PublisherBetween(p, from, k) || Words.InClaimingAt(t, k + 2, s.End);
            }

            // "of faking the video", "of doctoring the quotes" reject a report; "of falsifying information, deleting emails
            // and intimidation" is misconduct the speaker alleges, a statement of its own.
            if (gerund is "faking" or "falsifying" or "doctoring")
            {
                return ReportNounWithin(t, k + 2, s.End, 3);
            }

            if (Words.AfterSpreading(t, k + 1, s.End) is var spread and > 0)
            {
                return Words.VerdictIn(t, spread, s.End, 5); // "of spreading lies", "for putting out unfounded reports"
            }

            var after = k + 2 < s.End && Words.Prepositions.Contains(t[k + 2].Norm) ? k + 3 : k + 2; // "of acting under a false pretext"
            return gerund.EndsWith("ing", StringComparison.Ordinal) && Words.VerdictIn(t, after, s.End, 5);
        }

        return false;
    }

    /// <summary>"(told) Sheinbaum to stop", "(told) them to leave": a pronoun or a capitalised name, then "to" and a verb.</summary>
    internal static bool Instructed(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        var k = from;
        if (k < s.End && t[k].Norm is "him" or "her" or "them" or "us" or "me" or "you")
        {
            k++;
        }
        else
        {
            while (k < s.End && k < from + 4 && t[k].IsWord && t[k].Cap && !p.InQuote[k])
            {
                k++;
            }
        }

        return k > from && k + 1 < s.End && t[k].Norm == "to" && t[k + 1].IsWord && !t[k + 1].Cap && !p.InQuote[k + 1] &&
            t[k + 1].Norm is not ("the" or "a" or "an" or "this" or "that" or "his" or "her" or "their" or "its");
    }

    /// <summary>
    /// After "ruled out": past a determiner and up to three modifiers, a noun of the lexicon's <c>actObjects</c> ("any
    /// summary dismissal", "political and economic reforms") before any "that", comma or noun naming a claim.
    /// </summary>
    private static bool RuledOutAct(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        for (var k = from; k < s.End && k < from + 6; k++)
        {
            var n = t[k].Norm;
            if (!t[k].IsWord || p.InQuote[k] || n is "that" or "of" or "for" || Words.FramingNouns.Contains(n) || Words.NamesAClaim(n))
            {
                return false;
            }

            if (Lexicon.Current.ActObjects.Contains(n))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Verbs that deny only with their particle ("pushed back", "played down", "brushed aside", "laughed off") or, for
    /// "pour" and "set", the idioms "poured cold water on" and "set the record straight on".
    /// </summary>
    internal static bool NeedsParticle(string lemma) => lemma is "push" or "play" or "brush" or "shoot" or "hit" or "pour" or "set" or "hose" or "laugh" or "shrug" or
        "smack" or "slap" or "swat" or "wave" or "fend";

    /// <summary>
    /// The particle that makes a verb of pushing or playing a denial: "pushed back", "played down", "shot down", "hosed down"
    /// (the allegation), "brushed aside", "brushed off", "laughed off" (rumours), "shrugged off", "fended off" (accusations), "smacked down" and
    /// "slapped down" (claims), "swatted away", "waved off".
    /// </summary>
    internal static bool DenialParticle(string lemma, string particle) => lemma switch
    {
        "push" => particle == "back",
        "hit" => particle is "back" or "out", // "hit back at claims", "hit out at the report"
        "play" or "shoot" or "hose" or "smack" or "slap" => particle == "down",
        "brush" or "swat" or "wave" => particle is "aside" or "off" or "away",
        "laugh" or "shrug" or "fend" => particle == "off",
        _ => false,
    };

    /// <summary>"(accused) the newspaper", "(accused) the Daily Ledger": an outlet's noun or a known outlet's name in [from, to).</summary>
    private static bool PublisherBetween(Paragraph p, int from, int to)
    {
        var t = p.Tokens;
        for (var k = from; k < to; k++)
        {
            if (Lexicon.Current.OutletNouns.Contains(t[k].Norm) || Words.NamesAPublishedWork(t[k].Norm) ||
                (t[k].Cap && Entities.Gazetteers.Gazetteer.Default.Outlets.Match(t, k, to) is { IsEmpty: false }))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "issued a statement saying …", "released a press release on Feb. 20 rejecting …": a gerund right after a document
    /// the subject put out (past a date) carries that document's content, so it is the subject's own speech.
    /// </summary>
    private static bool AfterIssuedDocument(Paragraph p, Sentence s, int i) => IssuedDocumentBefore(p, s, i) >= 0;

    /// <summary>The document noun an issuing gerund at <paramref name="i"/> belongs to ("issued a statement … saying"), or -1.</summary>
    public static int IssuedDocumentBefore(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        var k = i - 1;
        while (k > s.First && i - k <= 5 && !p.InQuote[k] && IsDateWord(t[k]))
        {
            k--;
        }

        if (k > s.First && !p.InQuote[k] && !SpeechLexicon.DocumentNouns.Contains(t[k].Norm))
        {
            // "issued a statement through its president after the allegations surfaced saying …": the issuing verb's
            // adverbials may stand between the document and the gerund, within one clause (no comma, quotation or stop).
            var j = k;
            while (j > s.First && i - j <= 12 && !p.InQuote[j] && t[j].Norm is not ("," or ";" or ":" or ".") && !t[j].IsQuote &&
                   !SpeechLexicon.DocumentNouns.Contains(t[j].Norm))
            {
                j--;
            }

            // ("issued a curt statement on Tuesday morning denying …": one describing word may stand before the document)
            if (j > s.First && SpeechLexicon.DocumentNouns.Contains(t[j].Norm) && j - 2 > s.First &&
                (Lexicon.Current.IssuedWords.Contains(t[j - 2].Norm) || (j - 3 > s.First && t[j - 1].IsWord && !t[j - 1].Cap && Lexicon.Current.IssuedWords.Contains(t[j - 3].Norm))))
            {
                k = j;
            }
        }

        if (k <= s.First || p.InQuote[k] || !SpeechLexicon.DocumentNouns.Contains(t[k].Norm))
        {
            return -1;
        }

        // The document is an object with its own determiner, "a (press) statement", not the subject of the sentence.
        var d = k - 1;
        while (d > s.First && k - d <= 2 && t[d].IsWord && !t[d].Cap && t[d].Norm is not ("a" or "an" or "its" or "his" or "her" or "their" or "another" or "the"))
        {
            d--; // "a press release", "a joint statement", "a formal statement", "an official press statement"
        }

        // …and the object of issuing it: "issued a statement denying …", "in a statement saying …"; not "dismissed a
        // report claiming …", whose report is someone else's.
        // A headline drops the article: "Norvell FC issues statement denying …", "… release official statement denying …".
        if (p.IsHeading && (IssuingVerb(t[k - 1].Norm) || (k - 2 > s.First && t[k - 1].IsWord && IssuingVerb(t[k - 2].Norm))))
        {
            return k;
        }

        return d > s.First && t[d].Norm is "a" or "an" or "its" or "his" or "her" or "their" or "another" && (IssuingVerb(t[d - 1].Norm) || t[d - 1].Norm == "in")
            ? k : -1;
    }

    /// <summary>Nothing but the sentence's end, or a comma, after the verb at <paramref name="from"/> - 1: "she scoffed.", "she scoffed, adding …".</summary>
    private static bool ObjectlessAfter(List<Token> t, int from, int end) => from >= end || t[from].Norm is "." or "," or "!" or ";";

    /// <summary>A quotation closing within a few words before the verb: "“…,” the Port Authority posted".</summary>
    private static bool QuoteClosesBefore(Paragraph p, Sentence s, int i) =>
        Spans.LastQuoteBefore(p, i) is { } q && q.Close > s.First && q.Close >= i - 6;

    private static bool ChannelWithin(Paragraph p, Sentence s, int from)
    {
        for (var k = from; k < s.End && k < from + 5; k++)
        {
            if (p.Tokens[k].Norm is "account" or "page" or "handle" or "twitter" or "facebook" or "instagram" or "website" or "x" or "feed" or "blog" or "channel")
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IssuingVerb(string norm) =>
        Lexicon.Current.IssuedWords.Contains(norm) || norm is "issue" or "issues" or "release" or "releases" or "publish" or "publishes";

    /// <summary>A word of a date or time: "on", "Feb", ".", "20", "Monday", "late", "last", "week".</summary>
    internal static bool IsDateWord(Token token) =>
        char.IsDigit(token.Norm[0]) || token.Norm is "." or "on" or "late" or "early" or "last" or "this" or "earlier" or "week" or "month" or
            "today" or "yesterday" || Sieves.VerbFrame.Weekday(token.Norm) || (token.Cap && Months.Contains(token.Norm.TrimEnd('.')));

    /// <summary>A month's name or abbreviation, folded ("may", "june", "sept").</summary>
    internal static bool IsMonth(string norm) => Months.Contains(norm);

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
    [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]);

    /// <summary>
    /// "despite adviser Karl Venter claiming …", "with Minister Ana Ruiz insisting …": after a preposition of
    /// circumstance, a name directly before a speech gerund is the gerund's own subject (an absolute construction).
    /// </summary>
    public static Mention? AbsoluteSubject(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        if (i - 1 <= s.First || p.MentionAt[i - 1] < 0 || !t[i].Norm.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        var name = p.Mentions[p.MentionAt[i - 1]];
        if (name.End != i)
        {
            return null;
        }

        // Titles and roles before the name ("ex-No 10 adviser", "former minister"): a few words, no clause boundary.
        for (var k = name.First - 1; k >= s.First && k >= name.First - 5; k--)
        {
            if (t[k].Norm is "despite" or "with" or "amid")
            {
                return name;
            }

            if (p.InQuote[k] || t[k].Norm is "," or ";" or ":" || SpeechLexicon.IsVerb(t[k].Norm))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Token i stands, after at most two modifiers (or "the" and a name of two words), right after a verb of denial or disapproval.</summary>
    private static bool ObjectOfDenial(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        // "rejected the Harbour Union claims that …": a name of two words and its article may stand between.
        for (var k = i - 1; k >= s.First && k >= i - 4; k--)
        {
            if (!t[k].IsWord || p.InQuote[k] || t[k].Norm is "that" or "which" or "who" || (k == i - 4 && !(t[k + 1].Norm == "the" && p.MentionAt[k + 2] >= 0)))
            {
                return false;
            }

            if (SpeechLexicon.TryVerb(t[k].Norm, out var lemma, out var denial))
            {
                return (k < i - 1 && (denial || Lexicon.Current.DisapprovalVerbs.Contains(lemma))) || (k == i - 1 && denial && t[i].Norm is "reports" or "claims");
            }
        }

        return false;
    }

    private static readonly string[] PurposeVerbs = ["took", "take", "takes", "taken", "went", "go", "goes", "gone", "used", "uses", "turned", "turns", "appeared", "appears", "came", "comes", "come", "stepped", "steps",
        "moved", "moves", "rushed", "rushes", "hastened", "hastens", "quick", "swift", "forced", "issued"];

    /// <summary>"(was) the first to report that …", "the first outlet to reveal that …": an infinitive of speech after "the first".</summary>
    private static bool FirstToSay(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        var k = i - 2;
        if (k > s.First && t[k].IsWord && !t[k].Cap && t[k].Norm != "first" && t[k - 1].Norm == "first")
        {
            k--; // "the first outlet to …"
        }

        return k > s.First && t[k].Norm == "first" && t[k - 1].Norm == "the" && Spans.ThatOrQuoteWithin(p, s, i + 1, 3);
    }

    /// <summary>
    /// "The Ministry wishes to inform the public that …", "We would like to clarify that …", "Apple wants to make it clear
    /// that …": a speech act put politely,
    /// with its that-clause or quotation right after the verb (or its listener), is made by saying so.
    /// </summary>
    private static bool PoliteSpeechAct(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        return i - 2 > s.First && t[i - 2].Norm is "like" or "wish" or "wishes" or "wished" or "want" or "wants" && !p.InQuote[i] && Spans.ThatOrQuoteWithin(p, s, i + 1, 4) &&
            !(t[i - 3].Norm is "not" or "n't" or "never");
    }

    /// <summary>
    /// "took to X to say that …", "went on television to deny the reports", "used a speech to state that …", "moved swiftly
    /// to dismiss a report", "was quick to deny", "issued a statement to refute": a speech verb in the infinitive of
    /// purpose after a verb of going, using or hurrying is what the subject did; "plans to say", "declined to deny" are not
    /// (no such verb before the "to").
    /// </summary>
    private static bool PurposeInfinitive(Paragraph p, Sentence s, int i, bool denial)
    {
        var t = p.Tokens;
        // ("went on to explain in a long statement that …", "took to Instagram to say on Monday that …": the manner's phrase
        // after the verb may hold the "that" back)
        if (!denial && !Spans.ThatOrQuoteWithin(p, s, i + 1, i + 1 < s.End && t[i + 1].Norm is "in" or "on" or "via" or "through" ? 6 : 3))
        {
            return false;
        }

        for (var k = i - 2; k >= s.First && k >= i - 9; k--)
        {
            var n = t[k].Norm;
            if (Array.IndexOf(PurposeVerbs, n) >= 0)
            {
                return k > s.First && !Words.Determiners.Contains(t[k - 1].Norm) && t[k - 1].Norm != "to";
            }

            if (n is "," or ";" or "that" or "which" or "who" || (t[k].IsWord && SpeechLexicon.IsVerb(n)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"it was announced by the Treasury Department that …": the agent of a passive speech verb followed by a that-clause.</summary>
    public static Mention? PassiveAgent(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        if (v + 2 >= s.End || t[v + 1].Norm != "by")
        {
            return null;
        }

        var j = t[v + 2].Norm is "the" or "a" or "an" ? v + 3 : v + 2;
        var described = j;
        while (j < s.End && j < described + 6 && p.MentionAt[j] < 0 && t[j].IsWord && !SpeechLexicon.IsVerb(t[j].Norm) && t[j].Norm != "that" &&
               (!t[j].Cap || KnowledgeGraph.Extraction.Entities.Gazetteers.Gazetteer.Default.CountryOfDemonym(t[j].Norm) is not null))
        {
            // "told by general manager Pantaleo Corvino that …", "claimed by a journalist from Argentine broadcaster TyC
            // Sports that …": the agent's description before the name
            j++;
        }

        if (j >= s.End || p.MentionAt[j] < 0 || !Spans.ThatOrQuoteWithin(p, s, p.Mentions[p.MentionAt[j]].End, 8))
        {
            return null;
        }

        return p.Mentions[p.MentionAt[j]];
    }

    /// <summary>
    /// "The allegations were dismissed by police chief Tomas Weber.", "… - claims denied by Northgate Bank.": the agent of
    /// a passive denial whose subject, not what follows, is what was denied (nothing but the sentence's end, a comma or
    /// "and" may follow the agent). Up to two adverbs may stand between the verb and "by"; up to three words of
    /// description between "by" and the name.
    /// </summary>
    public static Mention? PassiveDenialAgent(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var k = AfterAdverbs(t, s, v);

        if (k + 1 >= s.End || t[k].Norm != "by")
        {
            return null;
        }

        var j = k + 1;
        while (j < s.End && j < k + 5 && p.MentionAt[j] < 0 && t[j].IsWord && (!t[j].Cap || Entities.NameWords.IsTitle(t[j])))
        {
            j++; // "by police chief Tomas Weber", "by the bank's chairman", "by Col. Ray Dunmore"
        }

        if (j >= s.End || p.MentionAt[j] < 0)
        {
            return null;
        }

        var m = p.Mentions[p.MentionAt[j]];
        return m.End >= s.End || AgentEnds(t[m.End].Norm) ? m : null;
    }

    /// <summary>
    /// The "as" after the agent of a passive verb of describing ("were described by Minister X as …", "… by the minister
    /// as …"), or -1.
    /// </summary>
    private static int PassiveVerdictAs(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        if (PassiveDenialAgent(p, s, v) is { } judge)
        {
            return judge.End < s.End && t[judge.End].Norm == "as" ? judge.End : -1;
        }

        var by = PassiveDenialByReference(p, s, v);
        for (var k = by + 3; by >= 0 && k < s.End && k <= by + 5; k++)
        {
            if (t[k].Norm == "as")
            {
                return k;
            }

            if (!t[k].IsWord || p.MentionAt[k] >= 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The token after a passive verb's adverbs ("was categorically rebuffed by", "was also dismissed by").</summary>
    private static int AfterAdverbs(List<Token> t, Sentence s, int v)
    {
        var k = v + 1;
        while (k < s.End && k < v + 3 && t[k].IsWord && (t[k].Norm.EndsWith("ly", StringComparison.Ordinal) || t[k].Norm is "today" or "yesterday" or "again" or "also"))
        {
            k++;
        }

        return k;
    }

    /// <summary>What may follow the agent of a passive denial: the clause's end, or an adjunct ("… by the club in a statement").</summary>
    private static bool AgentEnds(string next) =>
        next is "." or "," or "and" or ";" or "!" or "in" or "on" or "at" or "via" or "through" or "during" or "after" or "with" or "earlier" or "today" or "as";

    /// <summary>
    /// "… have been categorically rebuffed by the club in a statement": the "by" of a passive denial whose agent is a
    /// description ("the club", "the company", "the ministry"), or -1. The caller resolves the description.
    /// </summary>
    public static int PassiveDenialByReference(Paragraph p, Sentence s, int v)
    {
        var t = p.Tokens;
        var k = AfterAdverbs(t, s, v);

        if (k + 2 >= s.End || t[k].Norm != "by" || t[k + 1].Norm != "the")
        {
            return -1;
        }

        // "by the minister", "by the coalition spokesman": the noun first or after one more word
        for (var j = k + 2; j < s.End && j <= k + 3 && t[j].IsWord && (j == k + 2 || !t[j - 1].Cap); j++)
        {
            var n = t[j].Norm;
            if (SpeechLexicon.IsInstitutionNoun(n) || SpeechLexicon.IsCompanyNoun(n) || SpeechLexicon.PersonNouns.Contains(n))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"on claims by Republican lawmakers that …": a framing noun ("claims", "reports") and then a that-clause.</summary>
    public static bool FramedThatWithin(Paragraph p, Sentence s, int from, int window)
    {
        var framed = false;
        for (var k = from; k < s.End && k < from + window; k++)
        {
            var n = p.Tokens[k].Norm;
            // "claims that she faked …", and "claims she faked …" with the that left out before a subject pronoun;
            // "reports suggesting he …", "rumours claiming …": a participle that frames the report's content
            if (framed && (n == "that" || (Words.SubjectPronouns.Contains(n) && n != "you" && Words.FramingNouns.Contains(p.Tokens[k - 1].Norm)) ||
                (n is "suggesting" or "claiming" or "alleging" or "saying" or "stating" && Words.FramingNouns.Contains(p.Tokens[k - 1].Norm))))
            {
                return true;
            }

            framed |= Words.FramingNouns.Contains(n);
        }

        return false;
    }

    private static bool AsWithin(Paragraph p, Sentence s, int from, int window)
    {
        for (var k = from; k < s.End && k < from + window; k++)
        {
            if (p.Tokens[k].Norm == "as")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"of" within <paramref name="window"/> tokens, before any stop: "informed Chelsea and the player of …".</summary>
    private static bool OfWithin(List<Token> t, int from, int end, int window)
    {
        for (var k = from; k < end && k < from + window; k++)
        {
            if (t[k].Norm == "of")
            {
                return true;
            }

            if (t[k].Norm is "." or ";" or ":")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"of" or "by" within <paramref name="window"/> plain words: "accused last year of", "accused by the union of".</summary>
    private static bool OfOrByWithin(List<Token> t, int from, int end, int window)
    {
        for (var k = from; k < end && k < from + window; k++)
        {
            if (t[k].Norm is "of" or "by")
            {
                return true;
            }

            // Only time words and adverbs between ("accused last year of", "charged earlier by"), no object ("accused the
            // department of …" is active).
            if (!t[k].IsWord || t[k].Cap || !(t[k].Norm.EndsWith("ly", StringComparison.Ordinal) || IsDateWord(t[k]) || t[k].Norm is "year" or "in"))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly string[] WrittenWorks = ["piece", "article", "story", "column", "book", "essay", "editorial", "op-ed", "novel", "memoir", "biography", "script", "screenplay", "song", "songs", "lyrics", "poem", "blog", "obituary", "review", "books", "articles", "stories"];

    /// <summary>"the piece", "a book", "two novels": the object of the verb is a written work (a determiner or a number before it).</summary>
    private static bool WrittenWorkObject(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        var k = from;
        if (k < s.End && (Words.Determiners.Contains(t[k].Norm) || t[k].Norm is "his" or "her" or "their" or "its" or "two" or "three" or "several" or "many"))
        {
            k++;
        }

        if (k < s.End && t[k].IsWord && !t[k].Cap && Array.IndexOf(WrittenWorks, t[k].Norm) < 0 && k + 1 < s.End)
        {
            k++; // "a new book", "the original piece"
        }

        return k > from && k < s.End && Array.IndexOf(WrittenWorks, t[k].Norm) >= 0;
    }

    private static readonly string[] MediaNouns = ["picture", "pictures", "photo", "photos", "photograph", "image", "images", "video", "videos", "clip", "selfie", "snap", "link", "meme", "gif"];

    /// <summary>"a picture of herself", "a video", "two photos": the object of the verb is a picture, a clip or a link.</summary>
    private static bool MediaObject(Paragraph p, Sentence s, int from)
    {
        for (var k = from; k < s.End && k < from + 4; k++)
        {
            if (Array.IndexOf(MediaNouns, p.Tokens[k].Norm) >= 0)
            {
                return true;
            }

            if (!p.Tokens[k].IsWord || p.Tokens[k].Norm is "that" or "of")
            {
                return false;
            }
        }

        return false;
    }

    private static readonly string[] FiniteMarkers = ["is", "are", "was", "were", "would", "will", "had", "has", "have", "could", "can", "should", "may", "might", "must", "did", "does", "do", "'s", "n't", "not"];

    /// <summary>An auxiliary, a form of "be" or a negation: the mark of a finite verb ("is", "would", "had", "n't").</summary>
    internal static bool IsFiniteMarker(string norm) => Array.IndexOf(FiniteMarkers, norm) >= 0;

    /// <summary>A finite verb (an auxiliary or a form of "be") soon after: "adding the port would open", not "adding workers".</summary>
    internal static bool FiniteVerbWithin(Paragraph p, Sentence s, int from, int window)
    {
        for (var k = from; k < s.End && k < from + window; k++)
        {
            var n = p.Tokens[k].Norm;
            if (n is "." or ";" || (n == "," && k > from + 1))
            {
                return false;
            }

            if (Array.IndexOf(FiniteMarkers, n) >= 0 || (p.Tokens[k].IsWord && n.Length > 3 && n.EndsWith("ed", StringComparison.Ordinal) && k > from))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The verb's object is a claim: a framing noun ("the notion", "reports", "the allegations") within a few words, past
    /// determiners and modifiers, or the object is called false ("… it as fake news").
    /// </summary>
    private static bool ClaimObject(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        if (from < s.End && t[from].Norm is "at" or "on" or "with")
        {
            from++; // "scoffed at the idea", "blasted on the reports", "disagreed with the senator's recollection"
        }

        for (var k = from; k < s.End && k < from + 5; k++)
        {
            var n = t[k].Norm;
            if (Words.FramingNouns.Contains(n) || n is "story" or "stories" or "article" or "articles")
            {
                return true; // "slammed the claims", "slammed stories about the wedding"
            }

            if (n == "as")
            {
                return Words.VerdictIn(t, k + 1, s.End);
            }

            if (n == "'s")
            {
                continue; // "the mayor's account"
            }

            if (!t[k].IsWord || n is "that" or "which" or "who" || p.MentionAt[k] >= 0 && !(k + 1 < s.End && t[k + 1].Norm == "'s"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "condemned what it called “fictitious reporting”", "denounced what he described as lies": the object is what the
    /// speaker names false, "what", its subject (a pronoun or a name of up to three words), a verb of naming, then a
    /// falsehood word within a few words.
    /// </summary>
    private static bool WhatItCalledFalse(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        if (from + 3 >= s.End || t[from].Norm != "what")
        {
            return false;
        }

        var k = from + 1;
        if (t[k].Norm is "it" or "he" or "she" or "they" or "we")
        {
            k++;
        }
        else
        {
            while (k < s.End && k < from + 4 && t[k].IsWord && t[k].Cap)
            {
                k++;
            }
        }

        if (k == from + 1 || k >= s.End || t[k].Norm is not ("called" or "calls" or "termed" or "terms" or "described" or "describes" or "labelled" or
                "labeled" or "branded" or "dubbed"))
        {
            return false;
        }

        k++;
        for (var end = Math.Min(s.End, k + 5); k < end; k++)
        {
            if (Words.FalsehoodAt(t, k, s.End))
            {
                return true;
            }

            if (t[k].IsWord && t[k].Norm is not ("as" or "a" or "an" or "the" or "pure" or "utter" or "complete" or "total" or "blatant" or "outright" or "deliberate"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "called the allegations false and baseless": a falsehood word (unquoted) within a few words after the object of
    /// "called", with no verb or clause break before it; its index, or -1.
    /// </summary>
    public static int UnquotedFalsehood(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        for (var k = from + 1; k < s.End && k < from + 7; k++)
        {
            if (t[k].Norm == "'" && k + 1 < s.End && t[k + 1].IsWord && t[k - 1].IsWord)
            {
                continue; // "labeled those reports as 'totally misleading …'": a single mark no pair was read for
            }

            if (p.InQuote[k] || !t[k].IsWord || t[k].Norm is "that" or "which" or "who" || (k > from + 1 && SpeechLexicon.IsVerb(t[k].Norm)))
            {
                return -1;
            }

            if (Words.FalsehoodAt(t, k, s.End))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The verdict after "called", "branded": null when none; true when it calls something false.</summary>
    private static bool? CallVerdict(Paragraph p, Sentence s, int from)
    {
        var found = QuotedVerdict(p, s, from) ?? (UnquotedFalsehood(p, s, from) >= 0 || FramedObjectCalledFalse(p, s, from) ? true : null);
        found = found == true || !ClauseFinalFalsehood(p, s, from) ? found : true;
        return found ?? (ClaimCalledSomething(p, s, from) ? false : null);
    }

    /// <summary>
    /// "called the complaint politically motivated", "termed the allegations as a serious act of character assassination",
    /// "called the decision a betrayal": a claim, a complaint, remarks or a decision as the object, then an unquoted verdict
    /// (not a preposition: "called the report into question"). A verdict, said; ("called the police", "called a meeting"
    /// name no claim).
    /// </summary>
    private static bool ClaimCalledSomething(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        var k = from;
        if (k >= s.End || t[k].Norm is not ("the" or "these" or "those" or "this" or "his" or "her" or "its" or "their" or "our" or "my"))
        {
            return false;
        }

        for (k++; k < s.End && k < from + 6 && t[k].IsWord && !p.InQuote[k]; k++)
        {
            if (Words.NamesAClaim(t[k].Norm) || t[k].Norm is "complaint" or "complaints" or "remarks" or "comments" or "decision" or "move" or "lawsuit" or "attempt")
            {
                var verdict = k + 1 < s.End && t[k + 1].Norm == "as" ? k + 2 : k + 1;
                return verdict < s.End && t[verdict].IsWord && !p.InQuote[verdict] && !Words.Prepositions.Contains(t[verdict].Norm) &&
                    t[verdict].Norm is not ("that" or "which" or "who" or "and" or "but" or "were" or "was" or "is" or "are" or "had" or "has") &&
                    !SpeechLexicon.IsVerb(t[verdict].Norm) && !t[verdict].Cap;
            }

            if (SpeechLexicon.IsVerb(t[k].Norm) || Words.Prepositions.Contains(t[k].Norm) || t[k].Norm is "that" or "which" or "and")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "called Navalny's new investigation about the palace built near Gelendzhik “well-fabricated story” and nonsense": a
    /// long object, then the verdict closing the clause. A falsehood word among the last words of the clause opened by
    /// "called", which runs to the sentence's end or to a comma, a "that", a "to", a "for" or a speech verb outside quotation.
    /// </summary>
    private static bool ClauseFinalFalsehood(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        var end = from;
        while (end < s.End && end < from + 40 &&
               (p.InQuote[end] || t[end].IsQuote || t[end].Norm is "'s" or "'" || // ("termed the report as 'false, …'": a single quotation mark no pair was read for)
                (t[end].IsWord && t[end].Norm is not ("that" or "which" or "who" or "to" or "for" or "because" or "after") && !(end > from && SpeechLexicon.IsVerb(t[end].Norm)))))
        {
            end++;
        }

        if (end >= from + 40 || (end < s.End && t[end].Norm is not ("." or "," or ";" or "!" or "?")))
        {
            return false; // ("called a meeting to discuss misinformation": the clause goes on; a verdict closes it)
        }

        for (var k = Math.Max(from + 2, end - 6); k < end; k++)
        {
            if (Words.FalsehoodAt(t, k, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "blamed X for Y", "blames Y on X": an active past or present form at <paramref name="i"/> (not after "be", "to" or a
    /// determiner), then within the clause, outside quotations, "for" or "on" after at least one word of the object.
    /// </summary>
    private static bool BlamedForOrOn(Paragraph p, Sentence s, int i, string prev)
    {
        var t = p.Tokens;
        if (t[i].Norm is not ("blamed" or "blames" or "blaming") || Words.BeForms.Contains(prev) || prev is "to" or "the" or "been" or "get" or "got")
        {
            return false;
        }

        for (var k = i + 1; k < s.End && k < i + 14; k++)
        {
            if (p.InQuote[k] || t[k].Norm is "," or ";" or ":" or "." or "that")
            {
                return false;
            }

            if (t[k].Norm is "for" or "on" && k > i + 1 && !(t[k].Norm == "on" && k + 1 < s.End && Sieves.VerbFrame.Weekday(t[k + 1].Norm)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A falsehood word ("fake news", "lies", "false claims") followed by "that" within the next dozen words.</summary>
    private static bool FalsehoodClauseAhead(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        for (var k = from; k + 1 < s.End && k < from + 12; k++)
        {
            if (Words.FalsehoodAt(t, k, s.End))
            {
                for (var j = k + 1; j < s.End && j <= k + 3 && t[j].IsWord; j++)
                {
                    if (t[j].Norm == "that")
                    {
                        return true; // ("“fake news” that …" is not read: the clause's denial is not found past the mark)
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "branded reports saying an agreement had been reached to shut the factory as “misleading”": a report's noun as the
    /// object, its content running on, and the verdict after the "as" that closes it.
    /// </summary>
    private static bool FramedObjectCalledFalse(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        var k = from < s.End && Words.Determiners.Contains(t[from].Norm) ? from + 1 : from;
        if (k >= s.End || !Words.NamesAClaim(t[k].Norm))
        {
            return false;
        }

        for (var j = k + 1; j + 1 < s.End && j < k + 40; j++)
        {
            if (t[j].Norm is ";" or ":" || p.InQuote[j])
            {
                return false;
            }

            if (t[j].Norm == "as" && (t[j + 1].IsQuote ? j + 2 : j + 1) is var v && v < s.End && Words.FalsehoodAt(t, v, s.End))
            {
                return true; // (an "as" of the content, "as early as May", is passed over)
            }
        }

        return false;
    }

    /// <summary>"(slammed) the opposition for causing …": "for" and a gerund within the first words after the verb, no clause between.</summary>
    private static bool ForDoingWithin(List<Token> t, int from, int end)
    {
        for (var k = from; k + 1 < end && k < from + 8; k++)
        {
            if (t[k].Norm == "for")
            {
                return t[k + 1].Norm.EndsWith("ing", StringComparison.Ordinal) && t[k + 1].Norm.Length > 5;
            }

            if (!t[k].IsWord || t[k].Norm is "that" or "which" or "who")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A quotation opening within a few words after "called": null when none; true when it calls something false.</summary>
    private static bool? QuotedVerdict(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        for (var k = from; k < s.End && k < from + 10; k++)
        {
            if (t[k].IsQuote && k + 1 < s.End && p.InQuote[k + 1])
            {
                for (var j = k + 1; j < s.End && j < k + 12 && p.InQuote[j]; j++)
                {
                    // ("called the report “plain wrong”": "wrong" of a report, a claim or a story is false; of an act it is not)
                    if (Words.FalsehoodAt(t, j, s.End) || (t[j].Norm == "wrong" && Words.ClaimNounIn(t, from, k)))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (t[k].Norm is "." or ";" or ":")
            {
                return null;
            }
        }

        return null;
    }

    private static WordSet BeforeVerb => Lexicon.Current.WordsBeforeVerb;

    /// <summary>"would announce", "will not deny", "could possibly confirm": a modal of the future or of possibility before the verb.</summary>
    private static bool AfterModal(List<Token> t, int first, int i)
    {
        var k = i - 1;
        while (k >= first && (t[k].Norm is "not" or "never" or "n't" or "also" or "then" || Words.LyAdverb(t[k].Norm)))
        {
            k--;
        }

        // "Theresa May said", "May denied": a capitalised modal before a form no modal takes (not the lemma) is a name.
        return k >= first && Words.IsFutureModal(t[k].Norm) &&
            !(t[k].Cap && SpeechLexicon.TryVerb(t[i].Norm, out var lemma, out _) && lemma != t[i].Norm);
    }

    /// <summary>
    /// "has gone public in denying …", "was right in saying …", "was firm in rejecting …": "in" after a word of how or
    /// whether one spoke makes the gerund the subject's speech ("was interested in saying hello" is no statement).
    /// </summary>
    private static bool InMannerOfSpeaking(string prev, string prev2) =>
        prev == "in" && prev2 is "public" or "right" or "wrong" or "correct" or "firm" or "clear" or "emphatic" or "categorical" or "unequivocal" or
            "consistent" or "unanimous" or "joined" or "vocal" or "adamant" or "blunt" or "frank" or "forthright" or "united";

    /// <summary>
    /// "Shoots Down Engagement Rumors", "played down the reports": a report's noun as the object right after the particle,
    /// past a determiner and up to three modifiers, a possessive ("Ms Bishop's accusations") or an opening quotation mark.
    /// </summary>
    private static bool FramingNounObject(Paragraph p, Sentence s, int from)
    {
        var t = p.Tokens;
        var quoted = false;
        for (var k = from; k < s.End && k < from + 6; k++)
        {
            // ("Australia's ‘false claims’", "Ms Bishop's accusations": a possessive and a verdict's quotation on the way)
            if (t[k].Norm == "'s" || (t[k].IsQuote && k + 1 < s.End && t[k + 1].IsWord))
            {
                quoted |= t[k].IsQuote;
                continue;
            }

            if (!t[k].IsWord || (p.InQuote[k] && !quoted))
            {
                return false;
            }

            // ("played down the allegation": one claim too; not "the possibility", "the idea", "the account")
            if (Words.FramingNouns.Contains(t[k].Norm) && (t[k].Norm.EndsWith('s') ||
                t[k].Norm is "claim" or "accusation" or "allegation" or "suggestion" or "report" or "rumour" or "rumor" or "speculation" or "assertion" or "insinuation"))
            {
                return true;
            }

            if (SpeechLexicon.IsVerb(t[k].Norm) || Words.Prepositions.Contains(t[k].Norm))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The present or past of a speech verb a report does its saying with ("alleges", "claimed", "says") at
    /// <paramref name="k"/>, with a clause after it, not a preposition ("that attributed to it a report" is no saying).
    /// </summary>
    public static bool RelativeSpeechVerb(List<Token> t, int k, int end) =>
        k + 1 < end && t[k].IsWord && !t[k].Cap && SpeechLexicon.TryVerb(t[k].Norm, out var lemma, out var denial) && !denial && t[k].Norm != lemma &&
        !t[k].Norm.EndsWith("ing", StringComparison.Ordinal) && !Words.Prepositions.Contains(t[k + 1].Norm);

    /// <summary>
    /// "Law enforcement report that …", "Residents claim that …": a base form the verb lists leave out as mostly a noun
    /// ("the report that", "a claim that") is the verb when a subject that is no determiner's noun stands before it and a
    /// that-clause follows with its own subject ("a police report that was filed", "the claim that said" are nouns).
    /// </summary>
    public static bool IsNounlikeBaseVerb(Paragraph p, Sentence s, int i, out string lemma, out bool denial)
    {
        var t = p.Tokens;
        if (InfinitiveOfDenial(p, s, i, out lemma, out denial))
        {
            return true;
        }

        // Asked of every word no verb list knows: the cheap "that" test comes before the dictionary.
        if (i == s.First || i + 2 >= s.End || t[i + 1].Norm != "that" || p.InQuote[i] || !Lexicon.Current.NounlikeBaseForms.TryGetValue(t[i].Norm, out var v))
        {
            (lemma, denial) = ("", false);
            return false;
        }

        (lemma, denial) = v;
        var prev = t[i - 1];
        var before = i - 1 > s.First ? t[i - 2].Norm : "";
        // "the mayor's election claim that …" is a noun; "Roe's representatives claim that …" a plural subject's verb.
        var pluralSpeakers = prev.Norm.EndsWith('s') && IsSpeakerNoun(prev.Norm[..^1]);
        // "The Foreign Ministry wishes to state that …", "would like to stress that …": after a polite "to" the base form is the verb.
        var polite = prev.Norm == "to" && before is "wish" or "wishes" or "wished" or "like";
        var subject = polite || (prev.IsWord && !Words.Determiners.Contains(prev.Norm) && (before == "'s" ? pluralSpeakers : !Words.Determiners.Contains(before)) &&
            (prev.Cap || p.MentionAt[i - 1] >= 0 || (prev.Norm.EndsWith('s') && IsSpeakerNoun(prev.Norm[..^1])) || IsSpeakerNoun(prev.Norm) ||
             (prev.Norm == "enforcement" && before == "law")));
        var next = t[i + 2].Norm;
        return subject && !Words.BeForms.Contains(next) && !SpeechLexicon.IsVerb(next) && next is not ("has" or "have" or "had") && !Words.IsFutureModal(next);
    }

    /// <summary>
    /// "took to Twitter to rubbish claims that …", "moved quickly to scotch the rumours": the bare form of a verb of denial
    /// that is also a noun, after an infinitive's "to" and before a claim's noun (or one determiner and the noun), is the verb.
    /// </summary>
    private static bool InfinitiveOfDenial(Paragraph p, Sentence s, int i, out string lemma, out bool denial)
    {
        var t = p.Tokens;
        (lemma, denial) = ("", false);
        if (i == s.First || i + 1 >= s.End || t[i - 1].Norm != "to" || p.InQuote[i] || !Lexicon.Current.NounlikeBaseForms.TryGetValue(t[i].Norm, out var v) || !v.Denial)
        {
            return false;
        }

        var k = Words.Determiners.Contains(t[i + 1].Norm) && i + 2 < s.End ? i + 2 : i + 1;
        if (!Words.NamesAClaim(t[k].Norm))
        {
            return false;
        }

        (lemma, denial) = v;
        return true;
    }

    /// <summary>"RAWALPINDI:" opening a paragraph: one or two words in capitals naming a place, then the colon at <paramref name="colon"/>.</summary>
    private static bool ColonDateline(List<Token> t, int colon) =>
        colon is 1 or 2 && t[colon].Norm == ":" && t[0].IsWord && t[0].AllCaps && t[colon - 1].IsWord && t[colon - 1].AllCaps &&
        Entities.Gazetteers.Gazetteer.Default.MatchPlace(t, 0, colon).Length > 0;

    /// <summary>
    /// "Dismissing claims that the port was sold, Okafor said …", "Dispelling the impression that …, Baloch said": a sentence
    /// that opens with a participle of denial and its claim or clause, then a comma.
    /// </summary>
    internal static bool FrontedDenial(Paragraph p, Sentence s, int i, bool denial)
    {
        var t = p.Tokens;
        // ("RAWALPINDI: Rejecting a report …": a place in capitals and a colon open the story as a dateline does)
        if (!denial || !(i == s.First || (s.First == 0 && (Entities.EntityDiscovery.DatelineDashAt(t, i - 1) || ColonDateline(t, i - 1)))) ||
            !t[i].Norm.EndsWith("ing", StringComparison.Ordinal) ||
            i + 2 >= s.End)
        {
            return false;
        }

        var k = i + 1;
        while (k < s.End && k < i + 4 && t[k].IsWord && !Words.NamesAPublishedWork(t[k].Norm) && t[k].Norm != "that")
        {
            k++; // "the", "fresh media", "any", "the Facebook"
        }

        // "Denying the claims would be a mistake, she said": the gerund is the subject of its own verb, not a fronted clause.
        if (k + 1 < s.End && (Words.BeForms.Contains(t[k + 1].Norm) || t[k + 1].Norm is "would" or "will" or "could" or "can" or "may" or "might" or "should" or "has" or "had"))
        {
            return false;
        }

        // ("Dismissing the post as false, …", "Rejecting the Facebook video, …": a published work denied too; "Denying any
        // favour to the trust, …", "Denying any wrongdoing, …": "any" and what is denied ever to have been)
        return ((k < s.End && (Words.NamesAPublishedWork(t[k].Norm) || t[k].Norm == "that")) || (t[i + 1].Norm == "any" && t[i + 2].IsWord && !t[i + 2].Cap)) &&
            Spans.CommaAfter(p, s, Math.Min(k, i + 2)) > 0;
    }

    /// <summary>
    /// "quoted as saying", and "quoted X as denying / claiming / insisting": a speech gerund after "as" whose sentence has
    /// "quoted" or "quotes" a few words before.
    /// </summary>
    internal static bool QuotedAs(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        if (t[i].Norm == "saying")
        {
            return true;
        }

        if (!t[i].Norm.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        for (var k = i - 2; k >= s.First && k >= i - 12; k--)
        {
            if (t[k].Norm is "quoted" or "quotes" or "quoting" && !p.InQuote[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The health ministry in the Hamas-controlled Gaza strip said …", "Officials in the northern city said …": a finite
    /// form after a place phrase ("in"/"at" and up to six words) that follows a name or a speaker's noun; the noun that
    /// closes the phrase is no subject of its own.
    /// </summary>
    private static bool AfterLocativeOfSpeaker(Paragraph p, Sentence s, int i)
    {
        var t = p.Tokens;
        if (t[i].Norm.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        for (var k = i - 1; k > s.First && k >= i - 7; k--)
        {
            if (t[k].Norm is "in" or "at")
            {
                var head = k - 1;
                return p.MentionAt[head] >= 0 ? p.Mentions[p.MentionAt[head]].End == k : t[head].IsWord && IsSpeakerNoun(t[head].Norm) || (t[head].Norm.EndsWith('s') && IsSpeakerNoun(t[head].Norm[..^1]));
            }

            if (p.InQuote[k] || (!t[k].IsWord && t[k].Norm != "-") || SpeechLexicon.IsVerb(t[k].Norm) || Words.BeForms.Contains(t[k].Norm))
            {
                return false;
            }
        }

        return false;
    }

    private static bool CanPrecedeVerb(string prev) =>
        BeforeVerb.Contains(prev) || prev.EndsWith("ly", StringComparison.Ordinal) || Words.BeForms.Contains(prev) ||
        Lexicon.Current.OutletNouns.Contains(prev) || prev is "radio" or "tv" or "television" || // "Al Aqsa radio said", "the newspaper reported"
        IsSpeakerNoun(prev) || (prev.EndsWith('s') && IsSpeakerNoun(prev[..^1])) || char.IsDigit(prev[0]) ||
        (prev.EndsWith("ies", StringComparison.Ordinal) && SpeechLexicon.IsInstitutionNoun(string.Concat(prev.AsSpan(0, prev.Length - 3), "y"))) || // "Both companies denied"
        prev is "men" or "women" || // "Both men denied …"
        Lexicon.Current.ProxyNouns.Contains(prev); // "Lohan's people said", "her camp said": those who speak for someone

    private static bool IsSpeakerNoun(string w) =>
        SpeechLexicon.PersonNouns.Contains(w) || SpeechLexicon.DocumentNouns.Contains(w) || SpeechLexicon.IsInstitutionNoun(w) ||
        (w.Length > 3 && w.StartsWith("ex-", StringComparison.Ordinal) && SpeechLexicon.PersonNouns.Contains(w[3..])); // "the ex-mayor said"
}
