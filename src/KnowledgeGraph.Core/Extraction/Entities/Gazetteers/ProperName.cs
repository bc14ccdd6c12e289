namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>A WordNet proper name.</summary>
/// <param name="Name">The name as WordNet writes it ("Abraham Lincoln").</param>
/// <param name="Kinds">Every entity kind the name has.</param>
/// <param name="Class">Its first WordNet class ("President of the United States", "city").</param>
/// <param name="CommonWord">A one-word name that is also a lower-case English word ("Commerce").</param>
public sealed record ProperName(string Name, NameKinds Kinds, string Class, bool CommonWord);
