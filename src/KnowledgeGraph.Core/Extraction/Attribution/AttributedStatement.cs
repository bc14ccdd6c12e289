using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>A finding the attribution stage kept, with its sentence, its intermediaries and the entities it is about: the input of the claim stage.</summary>
internal sealed record AttributedStatement(Paragraph Paragraph, Sentence Sentence, Finding Finding, List<string> ReportedBy, List<string> About);
