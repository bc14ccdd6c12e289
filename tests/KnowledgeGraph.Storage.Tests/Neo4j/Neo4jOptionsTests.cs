using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

// Reads NEO4J_* variables: kept out of parallel runs with other tests that might set them.
[Collection(nameof(Neo4jOptionsTests))]
public sealed class Neo4jOptionsTests
{
    [Theory]
    [InlineData("neo4j://graph.example:7687", "http://graph.example:7474/")]
    [InlineData("bolt://localhost", "http://localhost:7474/")]
    [InlineData("neo4j+s://abc.databases.neo4j.io", "https://abc.databases.neo4j.io/")]
    [InlineData("neo4j+ssc://1f2e3d4c.databases.neo4j.io", "https://1f2e3d4c.databases.neo4j.io/")]
    [InlineData("neo4j+s://graph.example.org", "https://graph.example.org:7473/")]
    [InlineData("http://neo4j:7474", "http://neo4j:7474/")]
    [InlineData("https://db.example:8443", "https://db.example:8443/")]
    public void Store_specs_map_to_the_query_api_address(string spec, string expected)
    {
        Assert.Equal(expected, Neo4jOptions.FromUri(spec).Uri.ToString());
    }

    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = new Neo4jOptions();

        Assert.Equal(("neo4j", "neo4j", TimeSpan.FromSeconds(30), 3), (options.User, options.Database, options.Timeout, options.MaxRetries));
        options.Validate();
    }

    [Fact]
    public void Credentials_in_the_uri_win_over_the_defaults()
    {
        var options = Neo4jOptions.FromUri("neo4j://reader:p%40ss@localhost:7687");

        Assert.Equal(("reader", "p@ss"), (options.User, options.Password));
        Assert.Equal("http://localhost:7474/", options.Uri.ToString());
    }

    [Theory]
    [InlineData("ftp://host", "ftp")]
    [InlineData("not a uri", "not a uri")]
    public void Unknown_schemes_are_refused_naming_the_value(string spec, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => Neo4jOptions.FromUri(spec));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_names_the_bad_value()
    {
        Assert.Contains("-3", Assert.Throws<ArgumentException>(() => new Neo4jOptions { MaxRetries = -3 }.Validate()).Message, StringComparison.Ordinal);
        Assert.Contains("00:00:00", Assert.Throws<ArgumentException>(() => new Neo4jOptions { Timeout = TimeSpan.Zero }.Validate()).Message, StringComparison.Ordinal);
        Assert.Contains("'my db'", Assert.Throws<ArgumentException>(() => new Neo4jOptions { Database = "my db" }.Validate()).Message, StringComparison.Ordinal);
        Assert.Contains("00:00:05", Assert.Throws<ArgumentException>(() => new Neo4jOptions { MaintenanceTimeout = TimeSpan.FromSeconds(5) }.Validate()).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Neo4jGraphStore(new Neo4jOptions { Uri = new Uri("file:///tmp/x") }));
    }
}
