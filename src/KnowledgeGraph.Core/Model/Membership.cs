namespace KnowledgeGraph.Model;

/// <summary>A stated tie from a person to an institution: <c>MEMBER_OF</c> or <c>LEADS</c>.</summary>
/// <param name="Relation">Either <see cref="MemberOf"/> or <see cref="Leads"/>.</param>
/// <param name="InstitutionId">The institution's entity id.</param>
/// <param name="Role">The role as the text states it, e.g. "Deputy Foreign Minister".</param>
public sealed record Membership(string Relation, string InstitutionId, string? Role = null)
{
    /// <summary>The person belongs to the institution.</summary>
    public const string MemberOf = "MEMBER_OF";

    /// <summary>The person heads or controls the institution.</summary>
    public const string Leads = "LEADS";
}
