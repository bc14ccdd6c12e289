namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Who spoke and which tokens carry what they said, for one trigger.</summary>
/// <param name="SpeakerId">Resolved speaker entity id.</param>
/// <param name="SpeakerFirst">First token of the speaker's words in this sentence, or -1 (pronoun resolved elsewhere).</param>
/// <param name="SpeakerEnd">Token after the speaker's words, or -1.</param>
/// <param name="ContentFirst">First token of the reported content.</param>
/// <param name="ContentEnd">Token after the content.</param>
/// <param name="EvidenceFirst">First token of the evidence.</param>
/// <param name="EvidenceEnd">Token after the evidence.</param>
/// <param name="Denies">The frame around the content denies it ("said there was no truth to reports that …").</param>
internal sealed record Finding(string SpeakerId, int SpeakerFirst, int SpeakerEnd, int ContentFirst, int ContentEnd, int EvidenceFirst, int EvidenceEnd, bool Denies = false)
{
    /// <summary>The sieve that produced the finding.</summary>
    public string Rule { get; init; } = "";

    /// <summary>The trigger the finding answers (its lemma and denial flag decide the stance).</summary>
    public Trigger Trigger { get; init; }

    /// <summary>One of several speakers of the same words ("Britain, France and Germany said …").</summary>
    public bool Joint { get; init; }

    /// <summary>
    /// Whose "it", "its" and "we" the content's words stand for, when not the speaker's: a claim named as someone's inside
    /// another's denial ("Pakistan denied Indian accusations that its troops …") reads as the denial reads it, so both
    /// statements share one claim.
    /// </summary>
    public string? ReadAs { get; init; }

    /// <summary>
    /// The first part of a quotation split by its attribution (“The terminal,” she said, “will open in May.”): tokens
    /// [PrefixFirst, PrefixEnd) read before the content; -1 when the content is whole.
    /// </summary>
    public int PrefixFirst { get; init; } = -1;

    /// <summary>The end of <see cref="PrefixFirst"/>'s range.</summary>
    public int PrefixEnd { get; init; } = -1;

    /// <summary>The prefix is a subject the content describes ("Cuba, which he called a “failing nation”": Cuba is …).</summary>
    public bool PrefixIsSubject { get; init; }

    /// <summary>
    /// A reverse attribution that takes over the statements earlier triggers of its sentence made inside its content ("The
    /// minister did not say any such word, the spokesperson added": the spokesperson's words, not the minister's denial).
    /// </summary>
    public bool Supersedes { get; init; }

    /// <summary>
    /// The paragraph the content tokens belong to when it is not the statement's own ("Norvell Group says Okafor sold the
    /// port." ¶ "Okafor denied it."); null when the content is in the statement's paragraph.
    /// </summary>
    public Text.Paragraph? ContentParagraph { get; init; }

    /// <summary>Outlets or people this statement was relayed through, found by the sentence's other triggers.</summary>
    public List<string> Via { get; init; } = [];
}
