namespace KnowledgeGraph.Extraction.Attribution.Sieves;

/// <summary>A construction without a trigger of its own, asked once per sentence after the trigger sieves found nothing.</summary>
internal abstract class SentenceSieve(AttributionContext context)
{
    /// <summary>The rule name recorded on the statements this sieve produces.</summary>
    public abstract string Name { get; }

    protected AttributionContext Context { get; } = context;

    /// <summary>A statement for the sentence, or null.</summary>
    public abstract Finding? Attribute(SentenceScope scope);
}
