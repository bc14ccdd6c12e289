using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Graph;

public sealed class FilterTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Fact]
    public async Task Entity_where_combines_or_and_not()
    {
        var data = await api.Client.DataAsync("""
            { entities(first: 50, where: { or: [{ nameContains: "castro" }, { nameContains: "cossio" }], not: { nameContains: "raul" } }) { totalCount nodes { id } } }
            """);
        JsonAssert.Equal("""
            { "entities": { "totalCount": 2, "nodes": [ { "id": "person:alejandro-castro-espin" }, { "id": "person:carlos-fernandez-de-cossio" } ] } }
            """, data);
    }

    [Fact]
    public async Task Entity_where_kind_and_and_narrow_to_one_kind()
    {
        var data = await api.Client.DataAsync("""
            { entities(first: 100, where: { and: [{ kind: INSTITUTION }, { nameContains: "cuba" }] }) { nodes { id kind } } }
            """);
        var nodes = data["entities"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal("INSTITUTION", n!["kind"]!.GetValue<string>()));
        Assert.Contains(nodes, n => n!["id"]!.GetValue<string>() == "institution:government-of-cuba");
    }

    [Fact]
    public async Task Claim_where_speaker_by_name_equals_speaker_by_id()
    {
        const string Query = "query($s: String) { claims(first: 100, orderBy: TEXT, where: { speaker: $s }) { totalCount nodes { id } } }";
        var byName = await api.Client.DataAsync(Query, new { s = "Donald Trump" });
        var byId = await api.Client.DataAsync(Query, new { s = "person:donald-trump" });
        Assert.True(byName["claims"]!["totalCount"]!.GetValue<int>() > 0);
        JsonAssert.Equal(byId.ToJsonString(), byName);
    }

    [Fact]
    public async Task Claim_where_and_with_not_removes_contested_claims()
    {
        var data = await api.Client.DataAsync("""
            { claims(first: 50, orderBy: TEXT, where: { and: [{ speaker: "Donald Trump" }, { not: { contested: true } }] }) { totalCount nodes { text contested } } }
            """);
        JsonAssert.Equal("""
            { "claims": { "totalCount": 3, "nodes": [
              { "text": "Cuba is a failed nation", "contested": false },
              { "text": "Cuba needs help for humanitarian reasons", "contested": false },
              { "text": "The United States and Cuba will reach an agreement", "contested": false } ] } }
            """, data);
    }

    [Fact]
    public async Task Claim_where_or_unites_two_speakers_and_stance_and_dates_hold_together()
    {
        var data = await api.Client.DataAsync("""
            { claims(first: 100, where: { or: [{ speaker: "CIA" }, { speaker: "Fernández de Cossío", stance: DENIED, from: "2026-02-05", to: "2026-02-05" }] }) { nodes { id } } }
            """);
        JsonAssert.Equal("""
            { "claims": { "nodes": [ { "id": "claim:a3ad7aee140c7bf5" }, { "id": "claim:ce75aba252099af2" } ] } }
            """, data);
    }

    [Fact]
    public async Task An_unknown_speaker_name_is_NOT_FOUND_naming_the_argument()
    {
        var response = await api.Client.PostAsync("{ claims(where: { speaker: \"Nobody Atall Xyz\" }) { totalCount } }");
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Contains("where.speaker", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_date_is_BAD_ARGUMENT_naming_the_value()
    {
        var response = await api.Client.PostAsync("{ claims(where: { from: \"Feb 1\" }) { totalCount } }");
        Assert.Equal(["BAD_ARGUMENT"], response.ErrorCodes);
        Assert.Contains("Feb 1", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_resolves_entities_claims_and_articles_by_global_id()
    {
        var data = await api.Client.DataAsync("""
            { a: node(id: "institution:minrex") { __typename id } b: node(id: "claim:ce75aba252099af2") { __typename id } c: node(id: "article:b7c34a9ea70589db") { __typename id } d: node(id: "person:nobody") { id } }
            """);
        JsonAssert.Equal("""
            { "a": { "__typename": "Institution", "id": "institution:minrex" }, "b": { "__typename": "Claim", "id": "claim:ce75aba252099af2" },
              "c": { "__typename": "Article", "id": "article:b7c34a9ea70589db" }, "d": null }
            """, data);
    }
}
