using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Graph;

/// <summary>The investigators' questions, asked of the sample through HTTP and compared with the expected answers.</summary>
public sealed class InvestigatorQuestionTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Fact]
    public async Task What_Fernandez_de_Cossio_denied_comes_with_the_outlets_that_reported_it()
    {
        var data = await api.Client.DataAsync("""
            { entity(name: "Fernández de Cossío") { id denied { totalCount nodes { claim { id text } date article { title } reportedBy { id } } } } }
            """);
        JsonAssert.Equal("""
            { "entity": { "id": "person:carlos-fernandez-de-cossio", "denied": { "totalCount": 6, "nodes": [
              { "claim": { "id": "claim:a3ad7aee140c7bf5", "text": "Cuba and the United States are negotiating" }, "date": "2026-02-02", "article": { "title": "Cuba denied the claim of negotiations with the USA." }, "reportedBy": [ { "id": "institution:ap" } ] },
              { "claim": { "id": "claim:ce75aba252099af2", "text": "Cuba is a threat to the security of the United States" }, "date": "2026-02-02", "article": { "title": "Cuba denied the claim of negotiations with the USA." }, "reportedBy": [ { "id": "institution:ap" } ] },
              { "claim": { "id": "claim:a3ad7aee140c7bf5", "text": "Cuba and the United States are negotiating" }, "date": "2026-02-02", "article": { "title": "Cuba denied the claim of negotiations with the USA." }, "reportedBy": [ { "id": "institution:ap" } ] },
              { "claim": { "id": "claim:a3ad7aee140c7bf5", "text": "Cuba and the United States are negotiating" }, "date": "2026-02-02", "article": { "title": "Cuba denied the claim of negotiations with the USA." }, "reportedBy": [ { "id": "institution:ap" } ] },
              { "claim": { "id": "claim:ce75aba252099af2", "text": "Cuba is a threat to the security of the United States" }, "date": "2026-02-05", "article": { "title": "Cuban Regime Confirms High-Level Contacts with the United States" }, "reportedBy": [ { "id": "institution:cnn" } ] },
              { "claim": { "id": "claim:a3ad7aee140c7bf5", "text": "Cuba and the United States are negotiating" }, "date": "2026-02-05", "article": { "title": "Cuban Regime Confirms High-Level Contacts with the United States" }, "reportedBy": [ { "id": "institution:cnn" } ] }
            ] } } }
            """, data);
    }

    [Fact]
    public async Task Claims_both_said_and_denied_list_who_said_and_who_denied()
    {
        var data = await api.Client.DataAsync("{ contestedClaims { totalCount nodes { text saidBy { nodes { id } } deniedBy { totalCount nodes { id } } } } }");
        JsonAssert.Equal("""
            { "contestedClaims": { "totalCount": 2, "nodes": [
              { "text": "Cuba and the United States are negotiating",
                "saidBy": { "nodes": [ { "id": "person:carlos-cabrera" }, { "id": "person:donald-trump" } ] },
                "deniedBy": { "totalCount": 1, "nodes": [ { "id": "person:carlos-fernandez-de-cossio" } ] } },
              { "text": "Cuba is a threat to the security of the United States",
                "saidBy": { "nodes": [ { "id": "institution:white-house" }, { "id": "person:donald-trump" } ] },
                "deniedBy": { "totalCount": 3, "nodes": [ { "id": "institution:government-of-cuba" }, { "id": "institution:minrex" }, { "id": "person:carlos-fernandez-de-cossio" } ] } }
            ] } }
            """, data);
    }

    [Fact]
    public async Task Gaesa_shows_who_controls_it_and_the_articles_and_speakers_around_it()
    {
        var data = await api.Client.DataAsync("""
            { entity(name: "GAESA") { id kind memberships { relation person { id } } mentionedIn { totalCount nodes { id } } } }
            """);
        JsonAssert.Equal("""
            { "entity": { "id": "institution:gaesa", "kind": "INSTITUTION",
              "memberships": [ { "relation": "LEADS", "person": { "id": "person:raul-castro" } } ],
              "mentionedIn": { "totalCount": 1, "nodes": [ { "id": "article:dc27b22996225b7e" } ] } } }
            """, data);

        var speakers = await api.Client.DataAsync("""
            { entity(name: "GAESA") { mentionedIn { nodes { statements(first: 100) { nodes { speaker { id } } } } } } }
            """);
        var ids = speakers["entity"]!["mentionedIn"]!["nodes"]![0]!["statements"]!["nodes"]!.AsArray().Select(s => s!["speaker"]!["id"]!.GetValue<string>()).Distinct().Order();
        Assert.Equal(["institution:government-of-cuba", "institution:minrex", "person:donald-trump"], ids);
    }

    [Fact]
    public async Task Castro_Espin_reaches_the_CIA_through_the_claim_about_both()
    {
        var data = await api.Client.DataAsync("""
            { path(from: "Alejandro Castro Espín", to: "CIA") { length nodes { id label } edges { type source target } } }
            """);
        JsonAssert.Equal("""
            { "path": { "length": 2,
              "nodes": [ { "id": "person:alejandro-castro-espin", "label": "Person" }, { "id": "claim:918529f0721aaf59", "label": "Claim" }, { "id": "institution:cia", "label": "Institution" } ],
              "edges": [ { "type": "ABOUT", "source": "claim:918529f0721aaf59", "target": "person:alejandro-castro-espin" },
                         { "type": "ABOUT", "source": "claim:918529f0721aaf59", "target": "institution:cia" } ] } }
            """, data);
    }

    [Fact]
    public async Task Cuban_officials_between_1_and_5_February_are_Cuban_speakers_within_the_dates()
    {
        var data = await api.Client.DataAsync("""
            { timeline(speakerCountry: "Cuba", from: "2026-02-01", to: "2026-02-05", first: 100) { date stance speaker { id country } } }
            """);
        var statements = data["timeline"]!.AsArray().Select(s => s!).ToList();
        Assert.Equal(26, statements.Count);
        Assert.All(statements, s =>
        {
            Assert.Equal("Cuba", s["speaker"]!["country"]!.GetValue<string>());
            Assert.InRange(s["date"]!.GetValue<string>(), "2026-02-01", "2026-02-05");
        });
        Assert.Equal(
            ["institution:government-of-cuba", "institution:ministry-of-justice-of-cuba", "institution:minrex", "person:carlos-fernandez-de-cossio", "person:miguel-diaz-canel"],
            statements.Select(s => s["speaker"]!["id"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(statements.Select(s => s["date"]!.GetValue<string>()).Order(StringComparer.Ordinal), statements.Select(s => s["date"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Every_GraphiQL_example_returns_data_without_errors()
    {
        var examples = GraphiQLExamples.Load();
        Assert.Equal(5, examples.Count);
        foreach (var (name, query) in examples)
        {
            var data = await api.Client.DataAsync(query);
            Assert.True(CountLeaves(data) > 5, $"Example {name} returned almost nothing: {data.ToJsonString()}");
        }
    }

    private static int CountLeaves(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => CountLeaves(p.Value)),
        JsonArray a => a.Sum(CountLeaves),
        null => 0,
        _ => 1,
    };
}
