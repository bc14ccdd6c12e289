namespace KnowledgeGraph.Storage;

/// <summary>A <c>MEMBER_OF</c> or <c>LEADS</c> edge from a person to an institution.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Relation"><c>MEMBER_OF</c> or <c>LEADS</c>.</param>
/// <param name="InstitutionId">The institution.</param>
/// <param name="Role">Role as stated, or null.</param>
public sealed record MembershipRecord(string PersonId, string Relation, string InstitutionId, string? Role);
