using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Protocol;

/// <summary>Reads against <see cref="FakeQueryApiServer"/>: what goes over the wire, and how typed answers are read.</summary>
public sealed class QueryApiReadTests : IAsyncLifetime
{
    private readonly FakeQueryApiServer _server = FakeQueryApiServer.Start();
    private Neo4jGraphStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _store = new Neo4jGraphStore(new Neo4jOptions { Uri = _server.Uri, User = "analyst", Password = "s3cret", Database = "news" });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_read_posts_the_cypher_file_statement_with_parameters_and_basic_auth()
    {
        _server.Handler = _ => FakeResponse.Rows(["id", "kind", "name", "aliases", "role", "country"],
            [["person:ana-lopez", "Person", "Ana López", new[] { "López", "A. López" }, "Foreign Minister", null]]);

        var entities = await _store.GetEntitiesAsync(["person:ana-lopez", "person:ana-lopez"], Ct);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/news/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("analyst:s3cret")), request.Authorization);
        Assert.Contains("application/vnd.neo4j.query", request.Accept, StringComparison.Ordinal);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(CypherScripts.Get("entities", "entities-by-ids").Text, request.Statement);
        Assert.Equal("""["person:ana-lopez"]""", request.Parameters["ids"]!.ToJsonString());
        var lopez = Assert.Single(entities);
        Assert.Equal(new EntityRecord("person:ana-lopez", EntityKind.Person, "Ana López", lopez.Aliases, "Foreign Minister", null), lopez);
        Assert.Equal(["López", "A. López"], lopez.Aliases);
    }

    [Fact]
    public async Task Typed_integers_arrive_as_numbers_in_the_counts()
    {
        _server.Handler = _ => FakeResponse.Rows(["articles", "entities", "claims", "statements", "people", "institutions", "places"],
            [[4, 12, 4, 6, 4, 5, 3]]);

        var counts = await _store.GetCountsAsync(Ct);

        Assert.Equal(new GraphCounts(4, 12, 4, 6, 4, 5, 3), counts);
        Assert.Equal(CypherScripts.Get("counts", "counts").Text, Assert.Single(_server.Requests).Statement);
    }

    [Fact]
    public async Task Claim_filters_travel_as_parameters_never_inside_the_statement()
    {
        _server.Handler = request => request.Statement == CypherScripts.Get("claims", "page-claims").Text
            ? FakeResponse.Rows(["total", "items"], [[0, Array.Empty<object>()]])
            : FakeResponse.Rows([], []);
        var hostile = "Ñ' }) DETACH DELETE n //";

        var page = await _store.QueryClaimsAsync(new ClaimFilter { Stance = Stance.Denied, Publisher = "Evening Courier", From = "2026-01-01" }, ClaimOrder.LastReported, new PageRequest(5, 10), Ct);
        var none = await _store.QueryClaimsAsync(new ClaimFilter { TextContains = hostile }, ClaimOrder.Text, new PageRequest(0, 10), Ct);

        // Without an entry point the filter pages every claim; its values travel as parameters.
        var request = _server.Requests[0];
        Assert.Equal(CypherScripts.Get("claims", "page-claims").Text, request.Statement);
        Assert.Equal("DENIED", request.Parameters["stance"]!.GetValue<string>());
        Assert.Equal("evening courier", request.Parameters["publisher"]!.GetValue<string>());
        Assert.Equal("2026-01-01", request.Parameters["from"]!.GetValue<string>());
        Assert.Equal("LastReported", request.Parameters["order"]!.GetValue<string>());
        Assert.Equal((5, 10), (request.Parameters["offset"]!.GetValue<int>(), request.Parameters["limit"]!.GetValue<int>()));
        Assert.False(request.Parameters.ContainsKey("ids"));
        Assert.Equal(0, page.TotalCount);
        // Text is an entry point: the text indexes give the candidates, sent as the matching key; none, so no page.
        var text = Assert.Single(_server.Requests.Skip(1));
        Assert.Equal(CypherScripts.Get("claims", "claim-ids-by-text").Text, text.Statement);
        Assert.DoesNotContain(hostile, text.Statement!, StringComparison.Ordinal);
        Assert.Equal("n detach delete n", text.Parameters["text"]!.GetValue<string>());
        Assert.Equal(0, none.TotalCount);
    }

    [Theory]
    [InlineData("claim-ids-in-article", "articleId")]
    [InlineData("claim-ids-by-speaker", "speakerId")]
    [InlineData("claim-ids-about", "aboutId")]
    [InlineData("claim-ids-reported-by", "reportedById")]
    public async Task A_claim_filter_with_an_entry_point_seeks_its_candidates_then_pages_only_those(string entry, string parameter)
    {
        _server.Handler = request => request.Statement == CypherScripts.Get("claims", entry).Text
            ? FakeResponse.Rows(["id"], [["claim:1"], ["claim:2"]])
            : ClaimPage("claim:2");
        var filter = parameter switch
        {
            "articleId" => new ClaimFilter { ArticleId = "article:a", SpeakerId = "person:b", TextContains = "x" },
            "speakerId" => new ClaimFilter { SpeakerId = "person:b", AboutId = "place:c", TextContains = "x" },
            "aboutId" => new ClaimFilter { AboutId = "place:c", ReportedById = "article:r", TextContains = "x" },
            _ => new ClaimFilter { ReportedById = "article:r", TextContains = "x" },
        };

        var page = await _store.QueryClaimsAsync(filter, ClaimOrder.Corroboration, PageRequest.First(10), Ct);

        Assert.Equal([CypherScripts.Get("claims", entry).Text, CypherScripts.Get("claims", "page-claims-among").Text], _server.Requests.Select(r => r.Statement));
        Assert.NotNull(_server.Requests[0].Parameters[parameter]);
        var paging = _server.Requests[1];
        Assert.Equal(["claim:1", "claim:2"], paging.Parameters["ids"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("x", paging.Parameters["text"]!.GetValue<string>());
        Assert.Equal(["claim:2"], page.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task A_boolean_claim_filter_runs_each_leaf_and_pages_the_combined_ids()
    {
        var entry = CypherScripts.Get("claims", "claim-ids-by-speaker").Text;
        _server.Handler = request => request.Statement == entry
            ? request.Parameters["speakerId"]!.GetValue<string>() == "person:a" ? FakeResponse.Rows(["id"], [["claim:1"], ["claim:2"]]) : FakeResponse.Rows(["id"], [["claim:2"], ["claim:3"]])
            : ClaimPage([.. request.Parameters["ids"]!.AsArray().Select(n => n!.GetValue<string>())]);

        var filter = new ClaimFilter { And = [new ClaimFilter { SpeakerId = "person:a" }, new ClaimFilter { SpeakerId = "person:b" }] };
        var page = await _store.QueryClaimsAsync(filter, ClaimOrder.Text, PageRequest.First(10), Ct);

        // Each leaf is only its speaker: the seek is its answer. The root has no fields of its own, so it is never
        // listed (that would be every claim). One page at the end.
        Assert.Equal(3, _server.Requests.Count);
        Assert.DoesNotContain(_server.Requests, r => r.Statement == CypherScripts.Get("claims", "page-claims").Text);

        var last = _server.Requests[^1];
        Assert.Equal(CypherScripts.Get("claims", "page-claims-among").Text, last.Statement);
        Assert.Equal(["claim:2"], last.Parameters["ids"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Null(last.Parameters["speakerId"]);
        Assert.Equal(["claim:2"], page.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Statement_pages_are_read_from_typed_maps()
    {
        var row = new Dictionary<string, object?>
        {
            ["id"] = "statement:1", ["speakerId"] = "person:a", ["stance"] = "DENIED", ["claimId"] = "claim:1", ["articleId"] = "article:1",
            ["evidence"] = "flatly rejected", ["start"] = 10, ["end"] = 25, ["date"] = "2026-01-12", ["reportedBy"] = new[] { "person:j" },
        };
        _server.Handler = _ => FakeResponse.Rows(["total", "items"], [[7, new[] { row }]]);

        var page = await _store.QueryStatementsAsync(new StatementFilter { SpeakerIds = ["person:a"] }, PageRequest.First(1), Ct);

        Assert.Equal(7, page.TotalCount);
        Assert.Equal(new StatementRecord("statement:1", "person:a", Stance.Denied, "claim:1", "article:1", "flatly rejected", 10, 25, "2026-01-12", page.Items[0].ReportedBy), page.Items[0]);
        Assert.Equal(["person:j"], page.Items[0].ReportedBy);
        Assert.Equal("""["person:a"]""", Assert.Single(_server.Requests).Parameters["speakerIds"]!.ToJsonString());
    }

    [Fact]
    public async Task A_search_sends_the_folded_words_to_each_full_text_index_and_falls_back_to_any_word()
    {
        var hitsFor = new Dictionary<string, string>
        {
            [CypherScripts.Get("search", "search-claims").Text] = "claim:x",
            [CypherScripts.Get("search", "search-entities").Text] = "person:x",
            [CypherScripts.Get("search", "search-statements").Text] = "statement:x",
        };
        _server.Handler = request => request.Parameters["query"]!.GetValue<string>().Contains(" AND ", StringComparison.Ordinal)
            ? FakeResponse.Rows(["id", "title", "text", "aliases", "score"], [])
            : FakeResponse.Rows(["id", "title", "text", "aliases", "score"],
                [[hitsFor[request.Statement!], "Cuba and the U.S. are negotiating", "Cuba and the U.S. are negotiating", Array.Empty<string>(), 1.5]]);

        var hits = await _store.SearchAsync("Díaz-Canel is not negotiation", 5, Ct);

        var queries = _server.Requests.Select(r => (r.Statement, Query: r.Parameters["query"]!.GetValue<string>())).ToList();
        Assert.Equal(6, queries.Count);
        Assert.Equal(hitsFor.Keys.Order(StringComparer.Ordinal), queries.Take(3).Select(q => q.Statement!).Order(StringComparer.Ordinal));
        Assert.All(queries.Take(3), q => Assert.Equal("diaz AND canel AND (negotiation OR negotiation*)", q.Query));
        Assert.All(queries.Skip(3), q => Assert.Equal("diaz OR canel OR (negotiation OR negotiation*)", q.Query));
        Assert.All(_server.Requests, r => Assert.Equal(5, r.Parameters["limit"]!.GetValue<int>()));
        Assert.Equal(["Claim", "Entity", "Statement"], hits.Select(h => h.Kind));
        Assert.All(hits, h => Assert.Equal("Cuba and the U.S. are [negotiating]", h.Snippet));
    }

    [Fact]
    public async Task A_search_of_stop_words_only_sends_nothing()
    {
        Assert.Empty(await _store.SearchAsync("is not the", 5, Ct));
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("page-statements-by-articles", true, true, true, true)]
    [InlineData("page-statements-by-claims", false, true, true, true)]
    [InlineData("page-statements-by-speakers", false, false, true, true)]
    [InlineData("page-statements-by-dates", false, false, false, true)]
    [InlineData("page-statements", false, false, false, false)]
    public async Task Statements_start_from_the_narrowest_entry_point_and_break_down_the_same_way(string statement, bool articles, bool claims, bool speakers, bool dates)
    {
        _server.Handler = _ => FakeResponse.Rows(["total", "items"], [[0, Array.Empty<object>()]]);
        var filter = new StatementFilter
        {
            ArticleIds = articles ? ["article:1", "article:1"] : null,
            ClaimIds = claims ? ["claim:1"] : null,
            SpeakerIds = speakers ? ["person:1"] : null,
            To = dates ? "2026-02-01" : null,
            Stance = Stance.Said,
        };

        await _store.QueryStatementsAsync(filter, new PageRequest(20, 10), Ct);
        _server.Handler = _ => FakeResponse.Rows(["stance", "speakerId", "speakerName", "publisher", "day", "n"], []);
        await _store.GetBreakdownAsync(filter, Ct);

        Assert.Equal(CypherScripts.Get("statements", statement).Text, _server.Requests[0].Statement);
        Assert.Equal(CypherScripts.Get("counts", statement.Replace("page-statements", "statement-breakdown", StringComparison.Ordinal)).Text, _server.Requests[1].Statement);
        Assert.Equal((20, 10), (_server.Requests[0].Parameters["offset"]!.GetValue<int>(), _server.Requests[0].Parameters["limit"]!.GetValue<int>()));
        if (articles)
        {
            Assert.Equal(["article:1"], _server.Requests[0].Parameters["articleIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        }
    }

    [Theory]
    [InlineData("page-articles-mentioning", "person:1", "2026-01-01")]
    [InlineData("page-articles-by-dates", null, "2026-01-01")]
    [InlineData("page-articles", null, null)]
    public async Task Articles_start_from_the_mentioned_entity_or_the_date_range(string statement, string? mentions, string? from)
    {
        _server.Handler = _ => FakeResponse.Rows(["total", "items"], [[0, Array.Empty<object>()]]);

        await _store.QueryArticlesAsync(new ArticleFilter { MentionsId = mentions, From = from, Publisher = "Granma" }, PageRequest.First(5), Ct);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(CypherScripts.Get("articles", statement).Text, request.Statement);
        Assert.Equal("granma", request.Parameters["publisher"]!.GetValue<string>());
    }

    [Fact]
    public async Task Find_entity_tries_exact_matches_before_substrings()
    {
        var exact = CypherScripts.Get("entities", "find-entity-exact").Text;
        _server.Handler = request => request.Statement == exact
            ? FakeResponse.Rows(["id", "kind", "name", "aliases", "role", "country"], [])
            : FakeResponse.Rows(["id", "kind", "name", "aliases", "role", "country"], [["person:ana-lopez", "Person", "Ana López", Array.Empty<string>(), null, null]]);

        var found = await _store.FindEntityAsync("  López ", Ct);

        Assert.Equal("person:ana-lopez", found?.Id);
        Assert.Equal([exact, CypherScripts.Get("entities", "find-entity-containing").Text], _server.Requests.Select(r => r.Statement));
        Assert.Equal(("López", "lopez"), (_server.Requests[0].Parameters["id"]!.GetValue<string>(), _server.Requests[0].Parameters["text"]!.GetValue<string>()));
    }

    private static FakeResponse ClaimPage(params string[] ids) => FakeResponse.Rows(["total", "items"],
        [[ids.Length, ids.Select(id => (object)new Dictionary<string, object?>
        {
            ["id"] = id, ["text"] = id, ["said"] = 1, ["denied"] = 0, ["corroboration"] = 1, ["first"] = null,
        }).ToArray()]]);
}
