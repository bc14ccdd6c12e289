using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>An entity as the current upsert batch knows it: merged from the store and every document so far.</summary>
internal sealed class EntityState(string id, EntityKind kind, string name, string? role, string? country, bool stub)
{
    private readonly List<string> _aliases = [];

    public string Id { get; } = id;

    public EntityKind Kind { get; private set; } = kind;

    public string Name { get; private set; } = name;

    public string? Role { get; private set; } = role;

    public string? Country { get; private set; } = country;

    /// <summary>Created from a reference only; the first real declaration supplies kind and name.</summary>
    public bool Stub { get; private set; } = stub;

    public IReadOnlyList<string> Aliases => _aliases;

    /// <summary>Aliases as one text for the full-text index and snippets.</summary>
    public string AliasText => string.Join(", ", _aliases);

    /// <summary>Adds new aliases (ordinal, trimmed, never the name itself); true when any was new.</summary>
    public bool AddAliases(IEnumerable<string> aliases)
    {
        var changed = false;
        foreach (var raw in aliases)
        {
            var alias = raw?.Trim();
            if (!string.IsNullOrEmpty(alias) && alias != Name && !_aliases.Contains(alias, StringComparer.Ordinal))
            {
                _aliases.Add(alias);
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>Merges a declaration: aliases unioned (a different name becomes an alias), first non-null role and country kept.</summary>
    public bool Merge(ExtractedEntity entity)
    {
        var changed = false;
        var name = entity.Name.Trim();
        if (Stub)
        {
            Stub = false;
            Kind = entity.Kind;
            _aliases.Remove(name);
            if (Name != name)
            {
                Name = name;
            }

            changed = true;
        }

        changed |= AddAliases((entity.Aliases ?? []).Prepend(name));
        if (Role is null && entity.Role is not null)
        {
            Role = entity.Role;
            changed = true;
        }

        if (Country is null && entity.Country is not null)
        {
            Country = entity.Country;
            changed = true;
        }

        return changed;
    }
}
