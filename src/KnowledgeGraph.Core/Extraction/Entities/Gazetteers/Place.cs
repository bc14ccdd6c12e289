namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>A country, subdivision or city from the gazetteer.</summary>
/// <param name="Kind">Country, subdivision or city.</param>
/// <param name="Name">The canonical name (for countries the registry's name where it has the country: "Russia").</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the country ("US").</param>
/// <param name="SubdivisionCode">ISO 3166-2 code ("US-WI") of a subdivision, or of a city's first-order subdivision where known; else null.</param>
/// <param name="Population">GeoNames population of a city; 0 for countries and subdivisions.</param>
/// <param name="Flags">Capital, administrative seat, common English word.</param>
public sealed record Place(PlaceKind Kind, string Name, string CountryCode, string? SubdivisionCode, int Population, PlaceFlags Flags);
