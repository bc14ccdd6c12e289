using GraphQL.Types;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL enum for <see cref="Stance"/>.</summary>
public sealed class StanceType : EnumerationGraphType<Stance>
{
    /// <summary>Declares the values.</summary>
    public StanceType()
    {
        Name = "Stance";
        Description = "Whether a speaker asserted or denied a claim.";
        EnumDescriptions.Apply(this, new Dictionary<string, string>
        {
            ["SAID"] = "The speaker asserted the claim.",
            ["DENIED"] = "The speaker denied or rejected the claim.",
        });
    }
}
