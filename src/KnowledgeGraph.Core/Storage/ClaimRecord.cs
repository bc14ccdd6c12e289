namespace KnowledgeGraph.Storage;

/// <summary>A claim node with its summary counts.</summary>
/// <param name="Id">Stable id from the normalised text.</param>
/// <param name="Text">The claim, stated positively.</param>
/// <param name="SaidCount">Number of SAID statements.</param>
/// <param name="DeniedCount">Number of DENIED statements.</param>
/// <param name="Corroboration">Number of distinct articles reporting the claim.</param>
/// <param name="FirstReported">Earliest statement date (ISO), or null.</param>
public sealed record ClaimRecord(
    string Id,
    string Text,
    int SaidCount,
    int DeniedCount,
    int Corroboration,
    string? FirstReported)
{
    /// <summary>True when someone said the claim and someone denied it.</summary>
    public bool Contested => SaidCount > 0 && DeniedCount > 0;
}
