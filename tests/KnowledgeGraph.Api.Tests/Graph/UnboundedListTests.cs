using GraphQLParser.AST;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Graph;

/// <summary>
/// Nothing in the API returns a list that grows with the data unpaged. This walks the checked-in SDL (kept equal to
/// the served schema by <see cref="SchemaTests"/>) and fails on any list field of an object or interface type that
/// has no bound: a <c>first</c> argument (capped by the resolvers, see <see cref="PageCapTests"/>), membership of a
/// connection (whose size is its parent's <c>first</c>), or scalars and enums. The few lists bounded by something
/// else are named here with what bounds them, so a new one cannot slip in unseen.
/// </summary>
public sealed class UnboundedListTests
{
    private static readonly Dictionary<string, string> BoundedOtherwise = new(StringComparer.Ordinal)
    {
        ["Network.nodes"] = "network(limit:) caps the nodes (at most 1000)",
        ["Network.edges"] = "edges run only between the nodes network(limit:) returned",
        ["Path.nodes"] = "path(maxHops:) is at most 6, so at most 7 nodes",
        ["Path.edges"] = "path(maxHops:) is at most 6 edges",
        ["NetworkNode.properties"] = "a fixed set of property keys per label",
        ["NetworkEdge.properties"] = "a fixed set of property keys per relationship type",
        ["Statement.reportedBy"] = "the intermediaries named in one statement's sentence",
        ["Stats.byStance"] = "two buckets, said and denied",
        ["IngestResult.statements"] = "the statements of the one article in the request (body size is capped)",
    };

    [Fact]
    public void Every_list_field_of_an_object_or_interface_type_is_bounded()
    {
        var document = GraphQLParser.Parser.Parse(File.ReadAllText(Path.Combine(RepoPaths.ApiProject, "schema.graphql")));
        var leafTypes = document.Definitions.OfType<GraphQLScalarTypeDefinition>().Select(t => t.Name.StringValue)
            .Concat(document.Definitions.OfType<GraphQLEnumTypeDefinition>().Select(t => t.Name.StringValue))
            .Concat(["String", "Int", "Float", "Boolean", "ID"])
            .ToHashSet(StringComparer.Ordinal);
        var unbounded = new List<string>();
        var seen = new List<string>();
        foreach (var (typeName, fields) in ObjectAndInterfaceFields(document))
        {
            foreach (var field in fields)
            {
                var name = $"{typeName}.{field.Name.StringValue}";
                var type = Unwrap(field.Type);
                var arguments = field.Arguments?.Items.Select(a => a.Name.StringValue).ToHashSet(StringComparer.Ordinal) ?? [];
                if (type is GraphQLNamedType named && named.Name.StringValue.EndsWith("Connection", StringComparison.Ordinal) && !arguments.Contains("first"))
                {
                    unbounded.Add($"{name} (a connection without first)");
                }

                if (type is not GraphQLListType list)
                {
                    continue;
                }

                seen.Add(name);
                var item = Unwrap(list.Type) as GraphQLNamedType;
                var bounded = (item is not null && leafTypes.Contains(item.Name.StringValue))
                    || arguments.Contains("first")
                    || typeName.EndsWith("Connection", StringComparison.Ordinal)
                    || BoundedOtherwise.ContainsKey(name);
                if (!bounded)
                {
                    unbounded.Add(name);
                }
            }
        }

        Assert.True(unbounded.Count == 0, "List fields without a bound (add first/after, make it a connection, or say what bounds it): " + string.Join(", ", unbounded));
        // The walk sees what it must: the named exceptions still exist, lists and connections are recognised.
        Assert.Empty(BoundedOtherwise.Keys.Except(seen));
        Assert.Contains("Query.search", seen);
        Assert.Contains("Entity.denied", ConnectionFields(document));
    }

    private static IEnumerable<(string Type, IEnumerable<GraphQLFieldDefinition> Fields)> ObjectAndInterfaceFields(GraphQLDocument document) =>
        document.Definitions.OfType<GraphQLObjectTypeDefinition>().Select(t => (t.Name.StringValue, (IEnumerable<GraphQLFieldDefinition>)(t.Fields?.Items ?? [])))
            .Concat(document.Definitions.OfType<GraphQLInterfaceTypeDefinition>().Select(t => (t.Name.StringValue, (IEnumerable<GraphQLFieldDefinition>)(t.Fields?.Items ?? []))));

    private static List<string> ConnectionFields(GraphQLDocument document) =>
        [.. ObjectAndInterfaceFields(document).SelectMany(t => t.Fields
            .Where(f => Unwrap(f.Type) is GraphQLNamedType n && n.Name.StringValue.EndsWith("Connection", StringComparison.Ordinal))
            .Select(f => $"{t.Type}.{f.Name.StringValue}"))];

    private static GraphQLType Unwrap(GraphQLType type) => type is GraphQLNonNullType nonNull ? nonNull.Type : type;
}
