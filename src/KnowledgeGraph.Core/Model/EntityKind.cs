namespace KnowledgeGraph.Model;

/// <summary>The kinds of entity the graph holds. Serialised as <c>Person</c>, <c>Institution</c>, <c>Place</c>.</summary>
public enum EntityKind
{
    /// <summary>A named human being.</summary>
    Person,

    /// <summary>A government, ministry, agency, company, outlet or other organisation.</summary>
    Institution,

    /// <summary>A country, city or other location.</summary>
    Place,
}
