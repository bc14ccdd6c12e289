namespace KnowledgeGraph.Extraction.Text;

/// <summary>A sentence as a token range [First, End) within its paragraph's token list.</summary>
internal readonly record struct Sentence(int First, int End);
