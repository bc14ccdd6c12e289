using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Types;

namespace KnowledgeGraph.Api.Graph.Inputs;

/// <summary>GraphQL input for <see cref="EntityWhere"/>.</summary>
public sealed class EntityWhereInputType : InputObjectGraphType<EntityWhere>
{
    /// <summary>Declares the fields.</summary>
    public EntityWhereInputType()
    {
        Name = "EntityWhere";
        Description = "Conditions on entities. Set fields are ANDed; combine nested conditions with and, or, not.";
        Field<StringGraphType>("nameContains").Description("Name or any alias contains this (case- and accent-insensitive).");
        Field<EntityKindType>("kind").Description("Only this kind.");
        Field<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds").Description("Only these kinds.");
        Field<ListGraphType<NonNullGraphType<EntityWhereInputType>>>("and").Description("Every one of these must match.");
        Field<ListGraphType<NonNullGraphType<EntityWhereInputType>>>("or").Description("At least one of these must match.");
        Field<EntityWhereInputType>("not").Description("This must not match.");
    }
}
