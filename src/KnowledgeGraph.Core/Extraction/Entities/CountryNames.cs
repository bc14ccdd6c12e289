namespace KnowledgeGraph.Extraction.Entities;

/// <summary>How a country's name reads inside an institution's name ("Government of the United States").</summary>
internal static class CountryNames
{
    /// <summary>
    /// The country's name after "of", with "the" where English writes it: names of a union ("United …"), a republic
    /// named by its form ("Czech Republic", "Dominican Republic") and plural names ("Philippines", "Solomon Islands");
    /// "Belarus", "Cyprus" and "Honduras" end in "s" and take none.
    /// </summary>
    public static string AfterOf(string country)
    {
        var last = country.AsSpan(country.LastIndexOf(' ') + 1);
        var plural = last is "Islands" or "Netherlands" or "Philippines" or "Bahamas" or "Maldives" or "Seychelles" or "Comoros" or "Emirates" or "States";
        return country.StartsWith("United ", StringComparison.Ordinal) || country.StartsWith("the ", StringComparison.Ordinal) || last is "Republic" || plural ||
            country is "Gambia" or "Vatican"
            ? (country.StartsWith("the ", StringComparison.Ordinal) ? country : "the " + country)
            : country;
    }
}
