using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>Gives every value of an enum type its description.</summary>
internal static class EnumDescriptions
{
    public static void Apply(EnumerationGraphType type, IReadOnlyDictionary<string, string> descriptions)
    {
        foreach (var value in type.Values)
        {
            value.Description = descriptions.TryGetValue(value.Name, out var text)
                ? text
                : throw new InvalidOperationException($"Enum value {type.Name}.{value.Name} has no description.");
        }
    }
}
