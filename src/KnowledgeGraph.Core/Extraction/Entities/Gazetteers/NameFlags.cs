namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>What the name lists say about one word.</summary>
[Flags]
public enum NameFlags
{
    /// <summary>Not in the lists.</summary>
    None = 0,

    /// <summary>A given (first) name.</summary>
    Given = 1,

    /// <summary>One of the 1,000 commonest US surnames (1990 census).</summary>
    Surname = 2,

    /// <summary>Given to men.</summary>
    Male = 4,

    /// <summary>Given to women.</summary>
    Female = 8,

    /// <summary>Also a lower-case English word in WordNet ("Will", "Rose", "Brown"): a weaker sign of a name.</summary>
    CommonWord = 16,
}
