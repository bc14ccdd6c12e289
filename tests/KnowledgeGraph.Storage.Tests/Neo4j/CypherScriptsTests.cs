using System.Text.RegularExpressions;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

public sealed partial class CypherScriptsTests
{
    [Fact]
    public void Every_cypher_file_in_the_repository_is_embedded_and_parsed()
    {
        var dir = Path.Combine(RepositoryRoot(), "cypher");
        var files = Directory.GetFiles(dir, "*.cypher").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

        var embedded = CypherScripts.Statements.Values.Select(s => s.File).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(files, embedded);
    }

    [Fact]
    public void Every_statement_declares_exactly_the_parameters_it_uses()
    {
        Assert.All(CypherScripts.Statements.Values, s =>
        {
            var used = Parameter().Matches(Regex.Replace(s.Text, "'(?:[^'\\\\]|\\\\.)*'", "''")).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(s.Parameters.Order(StringComparer.Ordinal), used);
        });
    }

    [Fact]
    public void The_parser_splits_named_statements_and_drops_comments()
    {
        var parsed = CypherScripts.Parse("x.cypher", """
            // header
            // name: first
            // params: $a, $b
            MATCH (n {id: $a}) // trailing comments stay, Cypher ignores them
            RETURN n, $b AS b;

            // name: second
            // params: none
            RETURN 1 AS one;
            """);

        Assert.Equal(["first", "second"], parsed.Select(s => s.Name));
        Assert.Equal(["a", "b"], parsed[0].Parameters);
        Assert.Equal("RETURN 1 AS one", parsed[1].Text);
        Assert.DoesNotContain("header", parsed[0].Text, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => CypherScripts.Parse("y.cypher", "// name: open\n// params: none\nRETURN 1"));
    }

    [Fact]
    public void Every_ready_query_lists_each_parameter_with_a_type_and_an_example_of_that_type()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot(), "cypher"), "*.cypher")
            .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)))
            .Where(f => ReadyQueryHeaders.IsReadyQueryFile(f.Text))
            .ToList();

        Assert.True(files.Count >= 8, $"only {files.Count} ready query files found");
        Assert.Empty(files.SelectMany(f => ReadyQueryHeaders.Problems(f.Name, f.Text)));
    }

    [Fact]
    public void A_ready_query_header_with_a_missing_or_mistyped_example_is_reported()
    {
        const string Text = """
            // Question.
            // Parameters:
            //   $speaker  STRING   who
            //   $limit    INTEGER  rows
            //   $from     DATE?    first day
            //   $stale    STRING   nobody uses this
            // Neo4j Browser:
            //   :param speaker => Marco Rubio
            //   :param from => null

            // name: q
            // params: $speaker, $limit, $from, $to
            MATCH (n {id: $speaker}) WHERE n.date >= toString($from) AND n.date <= $to RETURN n LIMIT $limit;
            """;

        var problems = ReadyQueryHeaders.Problems("bad.cypher", Text);

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("example of $speaker (Marco Rubio) is not a STRING", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("$limit has no ':param limit", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("$to is used but not listed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("names $stale", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}
