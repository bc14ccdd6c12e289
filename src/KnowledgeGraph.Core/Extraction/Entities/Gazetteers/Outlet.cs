namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>A news outlet or agency from outlets.yaml.</summary>
/// <param name="Id">The entity id, "institution:" + the slug (the registry's id where the registry knows the outlet).</param>
/// <param name="Name">The canonical name ("Associated Press").</param>
/// <param name="Aliases">Other names a text uses ("AP", "The Associated Press").</param>
/// <param name="Domains">Web hosts it publishes on ("apnews.com"); subdomains match too.</param>
/// <param name="Credits">The names it signs wire copy with ("AP").</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of its home country, or null.</param>
/// <param name="Type">Agency, newspaper, broadcaster…</param>
public sealed record Outlet(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Domains,
    IReadOnlyList<string> Credits, string? CountryCode, OutletType Type);
