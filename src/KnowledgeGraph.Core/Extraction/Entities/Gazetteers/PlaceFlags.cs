namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>Facts about a place entry that help decide whether a capitalised word in a text really is that place.</summary>
[Flags]
public enum PlaceFlags
{
    /// <summary>Nothing noted.</summary>
    None = 0,

    /// <summary>The city is a national capital (GeoNames PPLC).</summary>
    Capital = 1,

    /// <summary>The city is the seat of a first-order subdivision (GeoNames PPLA).</summary>
    AdminSeat = 2,

    /// <summary>The one-word name is also a lower-case English word in WordNet ("Reading", "Nice", "Of").</summary>
    CommonWord = 4,
}
