namespace KnowledgeGraph.Extraction.Entities;

/// <summary>An entity named at tokens [First, End) of a paragraph.</summary>
internal sealed record Mention(int First, int End, string EntityId);
