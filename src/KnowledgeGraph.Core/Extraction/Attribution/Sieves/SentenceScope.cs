using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>The sentence the sieves are reading, its triggers, and what earlier triggers of it yielded (read-only).</summary>
internal sealed class SentenceScope(Paragraph paragraph, Sentence sentence, IReadOnlyList<Trigger> triggers, IReadOnlyList<Finding> found)
{
    public Paragraph Paragraph { get; } = paragraph;

    public Sentence Sentence { get; } = sentence;

    public IReadOnlyList<Trigger> Triggers { get; } = triggers;

    /// <summary>The statements earlier triggers of this sentence yielded, in order.</summary>
    public IReadOnlyList<Finding> Found { get; } = found;

    /// <summary>The speaker of the previous statement in this sentence, or null.</summary>
    public string? PreviousSpeaker { get; set; }

    /// <summary>The main speaker of the sentence before, when this one may continue it (a paragraph's next sentence, or a one-sentence paragraph after a speaker's paragraph).</summary>
    public string? PreviousSentenceSpeaker { get; init; }

    /// <summary>"Okafor, according to the Daily Ledger, said: …": the outlet that relays the sentence's next statement.</summary>
    public string? PendingVia { get; set; }

    /// <summary>The token of the previous statement's trigger in this sentence, or -1.</summary>
    public int PreviousAt { get; set; } = -1;

    /// <summary>Where the content of trigger <paramref name="index"/> must stop: the next trigger (a report a verb denies and a verb embedded in the content excepted).</summary>
    public int NextAt(int index)
    {
        var t = Triggers[index];
        var inReport = false;
        for (var n = index + 1; n < Triggers.Count; n++)
        {
            // A weak verb inside this trigger's that-clause is content ("insisted that the union maintains …"), not a stop.
            // Nor is the verb of a report a denial rejects ("denied a report which claimed …"): its clause is what was denied,
            // with any speech verb inside it ("rejected the TV report that said the minister had remarked that …") up to a
            // coordinated verb of the denier's own ("…, and added").
            if (t.Denial && VerbFrame.ReportsVerb(Paragraph, Triggers[n].At))
            {
                inReport = true;
                continue;
            }

            var at = Triggers[n].At;
            inReport |= t.Denial && (ReportVerbBetween(t.At + 1, at) || FramedClauseBetween(t.At + 1, at));
            if (inReport && Triggers[n].Kind == TriggerKind.Verb && at > 0 && Paragraph.Tokens[at - 1].IsWord && Paragraph.Tokens[at - 1].Norm is not ("and" or "but" or "also" or "then"))
            {
                continue;
            }

            if (!(t.Kind == TriggerKind.Verb && Triggers[n].Kind == TriggerKind.Report) && !EmbeddedVerbSieve.IsEmbedded(Paragraph, Triggers, n))
            {
                return at; // "denied a Journal report that …": the report is what was denied
            }
        }

        return Sentence.End;
    }

    /// <summary>A report's own speech verb that is no trigger of its own ("the TV report that said …") in [from, to).</summary>
    public bool ReportVerbBetween(int from, int to)
    {
        var t = Paragraph.Tokens;
        for (var k = from; k < to; k++)
        {
            if (t[k].IsWord && SpeechLexicon.IsVerb(t[k].Norm) && VerbFrame.ReportsVerb(Paragraph, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A comma, semicolon or dash outside quotations in [from, to).</summary>
    public bool CommaBetween(int from, int to)
    {
        var t = Paragraph.Tokens;
        for (var k = from; k < to; k++)
        {
            if (!Paragraph.InQuote[k] && t[k].Norm is "," or ";" or "-" or "\u2013" or "\u2014")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "denied claims it reported …", "rejected allegations that the minister had said …": a framing noun right after the
    /// denial, then a clause whose subject (a pronoun or a name) stands right before the verb at <paramref name="to"/>; that
    /// verb is inside what was denied.
    /// </summary>
    public bool FramedClauseBetween(int from, int to)
    {
        var t = Paragraph.Tokens;
        for (var k = from; k < to && k < from + 4; k++)
        {
            if (!Words.FramingNouns.Contains(t[k].Norm))
            {
                continue;
            }

            var j = k + 1 < to && t[k + 1].Norm == "that" ? k + 2 : k + 1;
            if (j >= to)
            {
                return false;
            }

            var subjectEnd = Words.SubjectPronouns.Contains(t[j].Norm) ? j + 1
                : Paragraph.MentionAt[j] >= 0 && Paragraph.Mentions[Paragraph.MentionAt[j]].First == j ? Paragraph.Mentions[Paragraph.MentionAt[j]].End : -1;
            while (subjectEnd > 0 && subjectEnd < to && t[subjectEnd].Norm is "had" or "has" or "have" or "was" or "also" or "never")
            {
                subjectEnd++;
            }

            return subjectEnd == to;
        }

        return false;
    }
}
