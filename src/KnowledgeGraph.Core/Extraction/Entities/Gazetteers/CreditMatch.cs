namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>A wire credit found in a line of text: the outlet and where the credit stands.</summary>
/// <param name="Outlet">The outlet credited.</param>
/// <param name="Start">Offset of the credit in the line (the bracket or dash included).</param>
/// <param name="Length">Length of the credit.</param>
public readonly record struct CreditMatch(Outlet Outlet, int Start, int Length);
