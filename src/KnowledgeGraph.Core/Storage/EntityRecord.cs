using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>An entity node as stored.</summary>
/// <param name="Id">Stable id, e.g. <c>person:marco-rubio</c>.</param>
/// <param name="Kind">Person, institution or place.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Other names, merged across articles.</param>
/// <param name="Role">Title or role; null when unknown.</param>
/// <param name="Country">Country; null when unknown.</param>
public sealed record EntityRecord(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Role,
    string? Country);
