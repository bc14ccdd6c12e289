using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL enum for <see cref="ClaimOrder"/>.</summary>
public sealed class ClaimOrderType : EnumerationGraphType<ClaimOrder>
{
    /// <summary>Declares the values.</summary>
    public ClaimOrderType()
    {
        Name = "ClaimOrder";
        Description = "Sort order of claim lists.";
        EnumDescriptions.Apply(this, new Dictionary<string, string>
        {
            ["CORROBORATION"] = "Most reporting articles first, then by text.",
            ["FIRST_REPORTED"] = "Earliest statement date first, then by text.",
            ["LAST_REPORTED"] = "Latest statement date first, then by text.",
            ["TEXT"] = "By claim text, A to Z.",
        });
    }
}
