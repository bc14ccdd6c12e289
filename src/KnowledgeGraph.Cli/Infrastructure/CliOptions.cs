using System.CommandLine;
using KnowledgeGraph.Composition;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Options and arguments shared by several commands, so they read the same everywhere.</summary>
internal static class CliOptions
{
    public static Option<string> Store() => new("--store")
    {
        Description = "Where the graph lives: a SQLite file path (default ./knowledge.db) or a Neo4j URL (http://host:7474, neo4j://host).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KG_STORE") ?? GraphStoreFactory.DefaultSpec,
    };

    public static Option<string?> Registry() => new("--registry")
    {
        Description = "An entity registry file (YAML or JSON) to use instead of the built-in one.",
    };

    public static Option<string?> Lexicon() => new("--lexicon")
    {
        Description = "A lexicon file (YAML, every list of the built-in src/KnowledgeGraph.Core/Data/lexicon.yaml) to use instead of the built-in word lists.",
    };

    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Article files (.txt, .html, .htm, .jsonl, .jsonl.gz), folders holding them (links to folders are not followed), " +
            "or - for standard input (JSON Lines, gzipped or not, or one article's text).",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<int> Workers() => Positive("--workers", "Extraction workers; the default is one per core.", PipelineOptions.DefaultWorkers);

    public static Option<bool> Timings() => new("--timings")
    {
        Description = "After the summary, print where the time went (extraction, store writes) and the peak memory.",
    };

    /// <summary>
    /// <c>--batch-size</c>: documents per store transaction. Unset, it is the store's (<see cref="BatchWriter.DefaultSize"/>):
    /// 2,000 for SQLite, where each batch's commit and count updates cost about the same whatever its size, and 500 for
    /// Neo4j, whose requests carry a batch's rows.
    /// </summary>
    public static Option<int?> BatchSize(string unit)
    {
        var option = new Option<int?>("--batch-size")
        {
            Description = $"{unit} per store transaction (default {BatchWriter.SqliteSize:N0} for SQLite, {BatchWriter.Neo4jSize} for Neo4j). A failing batch is rolled back whole.",
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is <= 0 and var value)
            {
                r.AddError($"--batch-size must be greater than zero, got {value}.");
            }
        });
        return option;
    }

    /// <summary>An integer option that must be greater than zero, with its default.</summary>
    public static Option<int> Positive(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<int>();
            if (value <= 0)
            {
                r.AddError($"{name} must be greater than zero, got {value}.");
            }
        });
        return option;
    }
}
