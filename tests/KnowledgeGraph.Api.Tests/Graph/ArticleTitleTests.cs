using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Graph;

/// <summary>An article is called the same everywhere: stated title, else its file name.</summary>
public sealed class ArticleTitleTests
{
    private const string UntitledId = "article:untitled-test";
    private const string UntitledFile = "untitled-note.txt";

    [Fact]
    public async Task An_article_without_a_stated_title_is_called_by_its_file_name_in_GraphQL_the_network_and_exports()
    {
        await using var factory = new ApiFactory();
        var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<IGraphStore>();
        var speaker = new ExtractedEntity("person:ana-untitled", EntityKind.Person, "Ana Untitled", []);
        await store.UpsertAsync(
        [
            new ExtractedDocument(
                new SourceInfo(UntitledId, UntitledFile),
                [speaker],
                [new ExtractedStatement(speaker.Id, Stance.Said, "claim:untitled", "it rains", "it rains", 0, 8, [], [])]),
        ], TestContext.Current.CancellationToken);

        var data = await new GraphQLClient(client).DataAsync(
            $$"""{ articles(first: 100) { nodes { id title } } network(center: "{{UntitledId}}", depth: 1) { nodes { id name } } }""");
        var export = JsonNode.Parse(await client.GetStringAsync($"/export/cytoscape?center={UntitledId}", TestContext.Current.CancellationToken))!;

        var article = data["articles"]!["nodes"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == UntitledId)!;
        Assert.Equal(UntitledFile, article["title"]!.GetValue<string>());
        var node = data["network"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == UntitledId)!;
        Assert.Equal(UntitledFile, node["name"]!.GetValue<string>());
        var exported = export["elements"]!["nodes"]!.AsArray().Select(n => n!["data"]!).Single(d => d["id"]!.GetValue<string>() == UntitledId);
        Assert.Equal(UntitledFile, exported["title"]!.GetValue<string>());
        Assert.Equal(UntitledFile, exported["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_sample_article_has_a_publisher_and_the_headline_its_text_states_else_its_file_name()
    {
        await using var factory = new ApiFactory();

        var data = await new GraphQLClient(factory.CreateClient()).DataAsync("{ articles(first: 100) { totalCount nodes { file title publisher } } }");

        var articles = data["articles"]!["nodes"]!.AsArray();
        Assert.Equal(5, articles.Count);
        Assert.All(articles, a =>
        {
            var file = a!["file"]!.GetValue<string>();
            var title = a["title"]!.GetValue<string>();
            var text = File.ReadAllText(Path.Combine(RepoPaths.Seeds, file));
            // A title is the page's own headline, never one written for it: else the article goes by its file name.
            Assert.True(title == file || text.Contains(title, StringComparison.Ordinal), $"{file}: the title \"{title}\" is not in the article's text");
            Assert.False(string.IsNullOrWhiteSpace(a["publisher"]?.GetValue<string>()), $"{file} has no publisher");
        });

        // Of the seeds, only 000 states no headline (its text starts with the first paragraph); the other four keep theirs.
        var byFileName = articles.Where(a => a!["title"]!.GetValue<string>() == a["file"]!.GetValue<string>()).Select(a => a!["file"]!.GetValue<string>());
        Assert.Equal(["000_99dcdd83d545967c.txt"], byFileName);
    }
}
