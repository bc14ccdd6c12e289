using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>The Relay <c>Node</c> interface: anything with a global id.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    /// <summary>Declares the id field.</summary>
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything with a global id: the store id as it is (person:…, institution:…, place:…, claim:…, article:…, statement:…). Fetch any of them with node(id:).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id, stable across loads (derived from kind and normalised name or text).");
    }
}
