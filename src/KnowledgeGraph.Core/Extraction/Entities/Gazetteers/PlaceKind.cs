namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>What kind of place a gazetteer entry is.</summary>
public enum PlaceKind
{
    /// <summary>A country or territory with an ISO 3166-1 code.</summary>
    Country,

    /// <summary>A subdivision of a country (state, province, region…), ISO 3166-2.</summary>
    Subdivision,

    /// <summary>A populated place from GeoNames.</summary>
    City,
}
