using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Tests.Graph;

/// <summary><c>Statement.extractedBy</c>: the extraction rule behind each statement, as the facts recorded it.</summary>
public sealed class ProvenanceTests
{
    private const string Timeline = "{ timeline(first: 100) { id extractedBy } }";

    [Fact]
    public async Task Statements_loaded_from_extracted_facts_name_the_rule_that_found_them()
    {
        await using var factory = new ApiFactory(settings: new Dictionary<string, string?> { ["LoadSampleWhenEmpty"] = "false" });
        var expected = await LoadExtractedSeedsAsync(factory.DatabasePath);
        var client = new GraphQLClient(factory.CreateClient());

        var statements = (await client.DataAsync(Timeline))["timeline"]!.AsArray();

        Assert.Equal(Math.Min(100, expected.Count), statements.Count);
        Assert.All(statements, s => Assert.Equal(expected[s!["id"]!.GetValue<string>()], s!["extractedBy"]!.GetValue<string>()));
        // Several sieves found the seeds' statements, and each statement names its own.
        Assert.True(statements.Select(s => s!["extractedBy"]!.GetValue<string>()).Distinct().Count() > 1, "Expected statements from more than one rule.");

        // A statement read by its id (as connections read them) names its rule too.
        var (id, rule) = expected.First();
        var node = await client.DataAsync("query($id: ID!) { node(id: $id) { ... on Statement { extractedBy } } }", new { id });
        Assert.Equal(rule, node["node"]!["extractedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Hand_reviewed_facts_have_no_rule()
    {
        await using var factory = new ApiFactory();
        var client = new GraphQLClient(factory.CreateClient());

        var statements = (await client.DataAsync(Timeline))["timeline"]!.AsArray();

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Null(s!["extractedBy"]));
    }

    /// <summary>
    /// Extracts the seed articles, writes and reads them back as a facts file (as <c>kg extract | kg load</c> would), loads
    /// them into the store file the app will open, and returns each statement's rule by its API id.
    /// </summary>
    private static async Task<Dictionary<string, string>> LoadExtractedSeedsAsync(string databasePath)
    {
        var extractor = ArticleExtractor.CreateDefault();
        var extracted = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => extractor.Extract(new ArticleInput(Path.GetFileName(f), File.ReadAllText(f))))
            .ToList();
        var facts = ContractJson.Deserialize(ContractJson.Serialize(new FactsFile(extracted)), "seeds.facts.json");
        Assert.All(facts.Documents.SelectMany(d => d.Statements), s => Assert.False(string.IsNullOrEmpty(s.Rule)));

        await using (var store = new SqliteGraphStore(databasePath))
        {
            await store.UpsertAsync(facts.Documents, TestContext.Current.CancellationToken);
        }

        return facts.Documents
            .SelectMany(d => d.Statements.Select(s => (Id: StatementIds.For(s.SpeakerId, s.Stance, s.ClaimId, d.Source.Id, s.Start), s.Rule)))
            .DistinctBy(x => x.Id)
            .ToDictionary(x => x.Id, x => x.Rule!, StringComparer.Ordinal);
    }
}
