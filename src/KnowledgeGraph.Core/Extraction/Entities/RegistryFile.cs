namespace KnowledgeGraph.Extraction.Entities;

/// <summary>The registry file as written by people (YAML); expanded into <see cref="RegistryEntry"/> records.</summary>
internal sealed class RegistryFile
{
    public List<CountryRow> Countries { get; set; } = [];

    public List<EntityRow> People { get; set; } = [];

    public List<EntityRow> Institutions { get; set; } = [];

    public List<EntityRow> Places { get; set; } = [];

    /// <summary>A country: yields the place, its capital (a place that speaks for the government) and its government.</summary>
    internal sealed class CountryRow
    {
        public string Name { get; set; } = "";

        public List<string> Aliases { get; set; } = [];

        public List<string> Demonyms { get; set; } = [];

        public string? Capital { get; set; }

        public List<string> CapitalAliases { get; set; } = [];

        /// <summary>Extra names of the government (e.g. "the Kremlin").</summary>
        public List<string> GovernmentAliases { get; set; } = [];
    }

    /// <summary>A person, institution or other place.</summary>
    internal sealed class EntityRow
    {
        public string? Id { get; set; }

        public string Name { get; set; } = "";

        public List<string> Aliases { get; set; } = [];

        /// <summary>
        /// Names of the entity only in articles about its own country ("the Times" for The Times of London); elsewhere
        /// they name what the rest of the registry gives them ("the Times" of New York, "Foreign Office" of the article's country).
        /// </summary>
        public List<string> HomeAliases { get; set; } = [];

        public string? Role { get; set; }

        public string? Country { get; set; }

        public string? Type { get; set; }

        /// <summary>Person: institution name or id they lead ("government" = their country's government).</summary>
        public string? Leads { get; set; }

        /// <summary>Person: institution name or id they belong to.</summary>
        public string? MemberOf { get; set; }
    }
}
