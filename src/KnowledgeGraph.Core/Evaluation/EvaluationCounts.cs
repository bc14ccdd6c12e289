namespace KnowledgeGraph.Evaluation;

/// <summary>The tallies score.py keeps (its <c>tot</c> dictionary), for one file or summed over files.</summary>
public sealed record EvaluationCounts
{
    /// <summary>An empty tally.</summary>
    public static EvaluationCounts Zero { get; } = new();

    /// <summary>Extracted statements (<c>ext</c>).</summary>
    public int Extracted { get; init; }

    /// <summary>Extracted statements that match some gold claim (<c>ext_ok</c>).</summary>
    public int ExtractedCorrect { get; init; }

    /// <summary>Gold claims (<c>gold</c>).</summary>
    public int Gold { get; init; }

    /// <summary>Gold claims some statement matches (<c>gold_hit</c>).</summary>
    public int GoldHit { get; init; }

    /// <summary>Gold claims whose evidence some statement overlaps, whatever its speaker and stance (<c>gold_found</c>).</summary>
    public int GoldFound { get; init; }

    /// <summary>Gold denials (<c>den_gold</c>).</summary>
    public int DeniedGold { get; init; }

    /// <summary>Gold denials some statement matches (<c>den_hit</c>).</summary>
    public int DeniedHit { get; init; }

    /// <summary>Gold entities (<c>ent_gold</c>).</summary>
    public int EntitiesGold { get; init; }

    /// <summary>Gold entities an extracted entity of the same kind names (<c>ent_hit</c>).</summary>
    public int EntitiesHit { get; init; }

    /// <summary>Extracted entities, one per id (<c>ent_ext</c>).</summary>
    public int EntitiesExtracted { get; init; }

    /// <summary>Extracted entities that name some gold entity (<c>ent_ext_ok</c>).</summary>
    public int EntitiesExtractedCorrect { get; init; }

    /// <summary>Gold files (<c>files</c>).</summary>
    public int Files { get; init; }

    /// <summary>Gold files without an extracted document (<c>missing_files</c>).</summary>
    public int FilesMissing { get; init; }

    /// <summary>Matched gold claims that name an intermediary (<c>rep_gold</c>).</summary>
    public int ReporterGold { get; init; }

    /// <summary>Of those, claims a matching statement names every intermediary of (<c>rep_ok</c>).</summary>
    public int ReporterCorrect { get; init; }

    /// <summary>Gold files that name a publisher (<c>pub_gold</c>).</summary>
    public int PublisherGold { get; init; }

    /// <summary>Of those, files whose extracted publisher names it (<c>pub_ok</c>).</summary>
    public int PublisherCorrect { get; init; }

    /// <summary>Adds two tallies.</summary>
    public static EvaluationCounts operator +(EvaluationCounts a, EvaluationCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new()
        {
            Extracted = a.Extracted + b.Extracted,
            ExtractedCorrect = a.ExtractedCorrect + b.ExtractedCorrect,
            Gold = a.Gold + b.Gold,
            GoldHit = a.GoldHit + b.GoldHit,
            GoldFound = a.GoldFound + b.GoldFound,
            DeniedGold = a.DeniedGold + b.DeniedGold,
            DeniedHit = a.DeniedHit + b.DeniedHit,
            EntitiesGold = a.EntitiesGold + b.EntitiesGold,
            EntitiesHit = a.EntitiesHit + b.EntitiesHit,
            EntitiesExtracted = a.EntitiesExtracted + b.EntitiesExtracted,
            EntitiesExtractedCorrect = a.EntitiesExtractedCorrect + b.EntitiesExtractedCorrect,
            Files = a.Files + b.Files,
            FilesMissing = a.FilesMissing + b.FilesMissing,
            ReporterGold = a.ReporterGold + b.ReporterGold,
            ReporterCorrect = a.ReporterCorrect + b.ReporterCorrect,
            PublisherGold = a.PublisherGold + b.PublisherGold,
            PublisherCorrect = a.PublisherCorrect + b.PublisherCorrect,
        };
    }
}
