using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Types;

namespace KnowledgeGraph.Api.Graph.Inputs;

/// <summary>GraphQL input for <see cref="ClaimWhere"/>.</summary>
public sealed class ClaimWhereInputType : InputObjectGraphType<ClaimWhere>
{
    /// <summary>Declares the fields.</summary>
    public ClaimWhereInputType()
    {
        Name = "ClaimWhere";
        Description = "Conditions on claims. Set fields are ANDed; combine nested conditions with and, or, not. Speaker, stance, date and publisher conditions hold when one statement of the claim meets them all.";
        Field<StringGraphType>("textContains").Description("Claim text or any evidence contains this (case- and accent-insensitive).");
        Field<StringGraphType>("speaker").Description("A statement has this speaker: an entity id or a name (resolved like entity(name:)).");
        Field<StanceType>("stance").Description("A statement has this stance.");
        Field<StringGraphType>("about").Description("The claim is about this entity: an id or a name.");
        Field<StringGraphType>("reportedBy").Description("The claim is reported by this article id, or by this entity (id or name) as intermediary.");
        Field<StringGraphType>("publisher").Description("A reporting article has this publisher (exact name, case-insensitive).");
        Field<IdGraphType>("article").Description("A statement of the claim is in this article id.");
        Field<StringGraphType>("from").Description("A statement is dated on or after this ISO date (yyyy-MM-dd).");
        Field<StringGraphType>("to").Description("A statement is dated on or before this ISO date (yyyy-MM-dd).");
        Field<BooleanGraphType>("contested").Description("True: only claims both said and denied; false: only uncontested ones.");
        Field<ListGraphType<NonNullGraphType<ClaimWhereInputType>>>("and").Description("Every one of these must match.");
        Field<ListGraphType<NonNullGraphType<ClaimWhereInputType>>>("or").Description("At least one of these must match.");
        Field<ClaimWhereInputType>("not").Description("This must not match.");
    }
}
