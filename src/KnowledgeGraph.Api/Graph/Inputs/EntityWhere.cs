using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.Graph.Inputs;

/// <summary>The <c>EntityWhere</c> input as parsed: conditions on entities, combined with and/or/not.</summary>
public sealed class EntityWhere
{
    /// <summary>Name or alias contains this.</summary>
    public string? NameContains { get; set; }
    /// <summary>One kind to keep.</summary>
    public EntityKind? Kind { get; set; }
    /// <summary>Kinds to keep.</summary>
    public List<EntityKind>? Kinds { get; set; }
    /// <summary>All must match.</summary>
    public List<EntityWhere>? And { get; set; }
    /// <summary>At least one must match.</summary>
    public List<EntityWhere>? Or { get; set; }
    /// <summary>Must not match.</summary>
    public EntityWhere? Not { get; set; }
}
