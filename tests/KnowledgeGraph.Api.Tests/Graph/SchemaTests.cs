using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Graph;

public sealed class SchemaTests
{
    private static readonly string SchemaFile = Path.Combine(RepoPaths.ApiProject, "schema.graphql");

    [Fact]
    public void Served_schema_matches_the_checked_in_schema_graphql()
    {
        var printed = Print(SchemaServices.Create());
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaFile, printed);
        }

        Assert.True(File.Exists(SchemaFile), $"{SchemaFile} is missing: run the tests once with UPDATE_SCHEMA=1 to write it.");
        var checkedIn = File.ReadAllText(SchemaFile).ReplaceLineEndings("\n");
        if (checkedIn != printed)
        {
            Assert.Fail("The served schema differs from src/KnowledgeGraph.Api/schema.graphql. If the change is intended, "
                + "run `UPDATE_SCHEMA=1 dotnet test tests/KnowledgeGraph.Api.Tests` and review the diff.\n" + FirstDifference(checkedIn, printed));
        }
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var schema = SchemaServices.Create();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            Check(type.Name, type.Description);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check($"{type.Name}.{field.Name}", field.Description);
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Check($"{type.Name}.{field.Name}({argument.Name})", argument.Description);
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Check($"{type.Name}.{value.Name}", value.Description);
                }
            }
        }

        Assert.True(missing.Count == 0, "Missing descriptions: " + string.Join(", ", missing));

        void Check(string what, string? description)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                missing.Add(what);
            }
        }
    }

    private static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"First difference at line {i + 1}:\n  checked in: {e}\n  served:     {a}";
            }
        }

        return "";
    }
}
