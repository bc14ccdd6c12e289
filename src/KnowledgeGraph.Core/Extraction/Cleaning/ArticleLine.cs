namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>A trimmed line of the original text (offsets index the text as read) and its role.</summary>
internal sealed record ArticleLine(int Start, int End, LineRole Role)
{
    public int Length => End - Start;
}
