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

    public static Argument<string[]> Paths(string description) => new("paths")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };
}
