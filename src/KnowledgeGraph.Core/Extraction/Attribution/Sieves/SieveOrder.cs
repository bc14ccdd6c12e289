namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// The attribution sieves in the order they are asked, in one place. For each trigger of a sentence the trigger sieves
/// are asked in turn; the first that does not pass decides (a statement, nothing, or a relay of the previous statement).
/// The sentence sieves run when no trigger of the sentence yielded a statement; <see cref="PossessiveClaimSieve"/> runs
/// after both, for claims named as someone's ("the mayor's claim that …") whatever else the sentence says. Two paragraph rules run around them:
/// <see cref="WholeParagraph.TranscriptAnswer"/> (before, for "A:" lines of a Q/A transcript) and
/// <see cref="WholeParagraph.OpenQuotation"/> (after, for a quotation continued into the next paragraph).
/// </summary>
internal static class SieveOrder
{
    /// <summary>The trigger sieves, most specific first.</summary>
    public static TriggerSieve[] TriggerSieves(AttributionContext context) =>
    [
        new EmbeddedVerbSieve(context),     // "The statement insists that Cuba maintains …": content, not a statement
        new AccordingRelaySieve(context),   // "X insisted …, according to the Gazette": the Gazette relayed it
        new AccordingSieve(context),        // "According to X, …" / "…, per X"
        new ColonQuoteSieve(context),       // "The statement reads: “…”"
        new OutletReportSieve(context),     // "a report in the Miami Herald that …"
        new QuotedAsSayingSieve(context),   // "X was quoted by the Gazette as saying …", "“…,” the Gazette quoted X as saying"
        new FrontedParticipleSieve(context), // "Dismissing claims that …, Okafor said …"
        new QuoteThenVerbSieve(context),    // "“…,” Trump remarked."
        new PassiveAgentSieve(context),     // "it was announced by the Treasury Department that …"
        new PassiveDenialSieve(context),    // "The allegations were dismissed by X.", "… - claims denied by X."
        new ObjectRelativeSieve(context),   // "…, which Okafor denied": the relative points back to what is denied
        new RelativeClauseSieve(context),   // "Trump, who confirmed that …"
        new ClauseThenVerbSieve(context),   // "Cuba has exchanged messages with Washington, the minister told EFE."
        new CoordinatedVerbSieve(context),  // "X said … and added …", "…, adding that …"
        new VerbSubjectSieve(context),      // "X said (that) …"
    ];

    /// <summary>The sentence sieves, asked when the trigger sieves found nothing.</summary>
    public static SentenceSieve[] SentenceSieves(AttributionContext context) =>
    [
        new QuoteThenNameSieve(context),     // "“…,” Presidential Spokesperson Luis Santos in a statement."
        new QuoteContinuationSieve(context), // "“…,” she said. “And more.”"
    ];
}
