using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// "Dismissing claims that the port was sold, Okafor said …", "Dispelling the impression that the vaccine was expired,
/// Baloch said …": a participle of denial that opens the sentence is the denial of the main clause's subject; what it
/// denies runs to the comma.
/// </summary>
internal sealed class FrontedParticipleSieve(AttributionContext context) : TriggerSieve(context)
{
    public override string Name => "fronted-participle";

    public override SieveOutcome Attribute(SentenceScope scope, int index)
    {
        var p = scope.Paragraph;
        var s = scope.Sentence;
        var v = scope.Triggers[index].At;
        if (!SpeechVerbs.FrontedDenial(p, s, v, scope.Triggers[index].Denial))
        {
            return SieveOutcome.Pass;
        }

        var comma = Spans.CommaAfter(p, s, v + 1);
        var mainVerb = index + 1 < scope.Triggers.Count ? scope.Triggers[index + 1].At : -1;
        if (mainVerb <= comma + 1 || Context.Subjects.FindSubject(p, comma + 1, mainVerb) is not { } subject || !DescriptionOnlyBetween(p, comma + 1, subject.First))
        {
            return SieveOutcome.Nothing; // no speaking subject right after the comma: "Dismissing claims of a rift, the report added …" is read elsewhere
        }

        return SieveOutcome.Found(new Finding(subject.Id, subject.First, subject.End, v + 1, comma, v, comma));
    }

    /// <summary>
    /// "…, Okafor said", "…, the Norvell Bank said", "…, the British airline EasyJet accused …": at most a few describing
    /// words between the comma and the subject's name (the words of <see cref="VerbFrame.DescriptionOnly"/>).
    /// </summary>
    private static bool DescriptionOnlyBetween(Paragraph p, int from, int name)
    {
        const int MaxDescription = 5;
        return name - from <= MaxDescription && VerbFrame.DescriptionOnly(p, from, name);
    }
}
