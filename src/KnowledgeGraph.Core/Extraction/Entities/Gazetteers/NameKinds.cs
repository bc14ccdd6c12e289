namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>The entity kinds a proper name can have in WordNet; a name may have several ("Washington").</summary>
[Flags]
public enum NameKinds
{
    /// <summary>Not a WordNet proper name of a person, organisation or place.</summary>
    None = 0,

    /// <summary>An instance of person ("Abraham Lincoln").</summary>
    Person = 1,

    /// <summary>An organisation ("Federal Bureau of Investigation", "Red Cross").</summary>
    Institution = 2,

    /// <summary>An instance of a location, body of water or geological formation ("Mississippi").</summary>
    Place = 4,
}
