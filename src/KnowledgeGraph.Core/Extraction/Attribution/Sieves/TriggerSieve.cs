namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>
/// One construction family that turns a trigger (a speech verb, "according to", a colon before a quotation, "a report
/// in X that") into a statement. The stage asks the sieves of <see cref="SieveOrder"/> in turn; the first that does not
/// pass decides, and its <see cref="Name"/> is recorded on the statement. Sieves read the article and the discourse
/// memory; they never change either.
/// </summary>
internal abstract class TriggerSieve(AttributionContext context)
{
    /// <summary>The rule name recorded on the statements this sieve produces (the <c>rule</c> of the facts contract).</summary>
    public abstract string Name { get; }

    protected AttributionContext Context { get; } = context;

    /// <summary>Decides trigger <paramref name="index"/> of the sentence, or passes.</summary>
    public abstract SieveOutcome Attribute(SentenceScope scope, int index);
}
