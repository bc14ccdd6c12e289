namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>How the <see cref="ArticlePipeline"/> runs.</summary>
/// <param name="Workers">Extraction workers (default: one per core).</param>
/// <param name="SlotSize">Articles handed to a worker at once; the store lookup of <paramref name="Stored"/> is one query per slot.</param>
/// <param name="Window">At most this many articles between the reader and the consumer: the memory bound.</param>
/// <param name="Stored">When set, articles the store already holds are not extracted again.</param>
internal sealed record PipelineOptions(int Workers, int SlotSize = 1, int Window = 256, StoredArticles? Stored = null)
{
    /// <summary>The number of workers to use when none is given: every core.</summary>
    public static int DefaultWorkers => Environment.ProcessorCount;
}
