namespace KnowledgeGraph.Extraction.Text;

/// <summary>A paired quotation: token indexes of the opening and closing marks.</summary>
internal readonly record struct QuoteSpan(int Open, int Close);
