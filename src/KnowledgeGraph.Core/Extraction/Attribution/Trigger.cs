namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>Where a statement is introduced: a speech verb, "according to", or a colon before a quotation.</summary>
internal enum TriggerKind
{
    Verb,
    Participle,
    According,
    ColonQuote,

    /// <summary>"a report in the Miami Herald that …": the outlet said what follows "that".</summary>
    Report,
}

/// <summary>A statement's introducer at token <paramref name="At"/> of a paragraph.</summary>
internal readonly record struct Trigger(TriggerKind Kind, int At, string Lemma, bool Denial, bool FromParticiple = false);
