using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for <see cref="MembershipRecord"/>.</summary>
public sealed class MembershipType : ObjectGraphType<MembershipRecord>
{
    /// <summary>Declares the fields.</summary>
    public MembershipType()
    {
        Name = "Membership";
        Description = "A person's stated tie to an institution: MEMBER_OF or LEADS.";
        Field<NonNullGraphType<StringGraphType>>("relation").Description("MEMBER_OF or LEADS.").Resolve(c => c.Source.Relation);
        Field<StringGraphType>("role").Description("The role as the text states it; null when not stated.").Resolve(c => c.Source.Role);
        Field<EntityInterface>("person").Description("The person.").Resolve(c => c.Loaders().Entities.Load(c.Source.PersonId));
        Field<EntityInterface>("institution").Description("The institution.").Resolve(c => c.Loaders().Entities.Load(c.Source.InstitutionId));
    }
}
