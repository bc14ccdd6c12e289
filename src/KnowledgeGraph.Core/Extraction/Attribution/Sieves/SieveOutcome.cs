namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>What a sieve decided about a trigger.</summary>
internal enum SieveVerdict
{
    /// <summary>Not this sieve's construction: the next sieve in the order is asked.</summary>
    Pass,

    /// <summary>This sieve's construction, but it yields no statement ("The statement insists that Cuba maintains …": "maintains" is content).</summary>
    Nothing,

    /// <summary>A statement.</summary>
    Found,

    /// <summary>Not a statement of its own: the source named here relayed the sentence's previous statement ("…, according to the Gazette").</summary>
    Relay,
}

/// <summary>A sieve's answer for one trigger.</summary>
internal readonly record struct SieveOutcome(SieveVerdict Verdict, Finding? Finding = null, string? RelayVia = null)
{
    public static SieveOutcome Pass => default;

    public static SieveOutcome Nothing => new(SieveVerdict.Nothing);

    /// <summary>A statement, or <see cref="Nothing"/> when the construction matched but no speaker or content was found.</summary>
    public static SieveOutcome Found(Finding? finding) => finding is null ? Nothing : new(SieveVerdict.Found, finding);

    public static SieveOutcome Relay(string viaId) => new(SieveVerdict.Relay, RelayVia: viaId);
}
