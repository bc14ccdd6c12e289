using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Search_finds_entities_by_alias_without_accents()
    {
        await using var store = await LoadedStoreAsync();

        var hits = await store.SearchAsync("lopez", 10, Ct);

        var entity = Assert.Single(hits, h => h.Kind == "Entity");
        Assert.Equal(Some.Lopez, entity.Id);
        Assert.Equal("Ana López", entity.Title);
        Assert.Contains("[", entity.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("negotiating")]
    [InlineData("negotiation")]
    [InlineData("negotiate freedon")]
    public async Task Search_matches_words_by_their_stem_and_by_prefix(string text)
    {
        await using var store = await LoadedStoreAsync();

        var hits = await store.SearchAsync(text, 10, Ct);

        // The evidence says "negotiations" and "Freedonia".
        var hit = Assert.Single(hits, h => h.Kind == "Statement");
        Assert.Contains("negotiations", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(Some.TalksText, hit.Title);
    }

    [Fact]
    public async Task Search_ranks_hits_best_first_and_marks_the_match_in_snippets()
    {
        await using var store = await LoadedStoreAsync();

        var hits = await store.SearchAsync("northern border", 10, Ct);

        Assert.NotEmpty(hits);
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Id), hits.Select(h => h.Id));
        Assert.All(hits, h => Assert.Equal(Some.BorderText, h.Title));
        Assert.Contains(hits, h => h.Kind == "Claim" && h.Id == Some.Border);
        Assert.Contains(hits, h => h.Kind == "Statement" && h.Snippet.Contains("[northern]", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_covers_claims_and_evidence_and_respects_the_limit()
    {
        await using var store = await LoadedStoreAsync();

        var harbour = await store.SearchAsync("harbour", 10, Ct);
        var one = await store.SearchAsync("talks", 1, Ct);
        var none = await store.SearchAsync("zeppelin", 10, Ct);
        var symbols = await store.SearchAsync("\"(*", 10, Ct);

        Assert.Equal(Sorted("Claim", "Statement"), Sorted(harbour.Select(h => h.Kind)));
        Assert.Single(one);
        Assert.Empty(none);
        Assert.Empty(symbols);
    }

    // Real names hold hyphens, dots and commas, and real queries hold "is", "not", "the": each store must split a
    // query the way its index split the text (Neo4j's analyzers split "Díaz-Canel" and drop stop words).
    [Theory]
    [InlineData("Díaz-Canel", "Entity", DiazCanel)]
    [InlineData("diaz canel", "Entity", DiazCanel)]
    [InlineData("Diaz-Canel denied", "Statement", "")]
    [InlineData("U.S.", "Entity", UnitedStates)]
    [InlineData("U.S.", "Claim", NotNegotiating)]
    [InlineData("Cuba,", "Claim", NotNegotiating)]
    [InlineData("is not negotiating", "Claim", NotNegotiating)]
    [InlineData("The U.S. is not negotiating with Cuba", "Claim", NotNegotiating)]
    [InlineData("Ministry of Foreign Affairs", "Entity", Some.Ministry)]
    public async Task Search_splits_real_names_and_skips_no_word_of_a_query(string query, string kind, string id)
    {
        await using var store = await LoadedStoreAsync();
        await store.UpsertAsync([HyphenArticle()], Ct);

        var hits = await store.SearchAsync(query, 20, Ct);

        Assert.Contains(hits, h => h.Kind == kind && (id.Length == 0 || h.Id == id));
    }

    private const string DiazCanel = "person:miguel-diaz-canel";
    private const string UnitedStates = "place:united-states";
    private const string NotNegotiating = "claim:us-is-not-negotiating-with-cuba";

    private static ExtractedDocument HyphenArticle() => Some.Document(
        "article:hyphen", "hyphen.txt", "Havana rejects reports", "Prensa Latina", "2026-02-03",
        [
            Some.Entity(DiazCanel, EntityKind.Person, "Miguel Díaz-Canel", ["Díaz-Canel"]),
            Some.Entity(UnitedStates, EntityKind.Place, "United States", ["U.S."]),
            Some.Entity("place:cuba", EntityKind.Place, "Cuba", []),
        ],
        Some.Statement(DiazCanel, Stance.Denied, NotNegotiating, "The U.S. is not negotiating with Cuba",
            "Díaz-Canel denied that Havana and Washington were in talks", [], [UnitedStates]));

    [Fact]
    public async Task Counts_and_breakdowns_sum_the_statements()
    {
        await using var store = await LoadedStoreAsync();

        var all = await store.GetBreakdownAsync(new StatementFilter(), Ct);
        var denied = await store.GetBreakdownAsync(new StatementFilter { Stance = Stance.Denied }, Ct);

        Assert.Equal(Some.CorpusCounts, await store.GetCountsAsync(Ct));
        Assert.Equal(3, all.ByStance.Single(b => b.Key == "said").Count);
        Assert.Equal(3, all.ByStance.Single(b => b.Key == "denied").Count);
        Assert.Equal(new CountBucket(Some.Lopez, "Ana López", 3), all.BySpeaker[0]);
        Assert.Equal(6, all.BySpeaker.Sum(b => b.Count));
        Assert.Equal(
            new Dictionary<string, int> { ["The Daily Ledger"] = 2, ["Evening Courier"] = 1, ["Harbor Post"] = 2 },
            all.ByPublisher.ToDictionary(b => b.Key, b => b.Count));
        Assert.Equal(all.ByPublisher.OrderByDescending(b => b.Count).Select(b => b.Count), all.ByPublisher.Select(b => b.Count));
        Assert.Equal(["2026-01-10", "2026-01-12", "2026-01-15", "2026-02-01"], all.ByDay.Select(b => b.Key));
        Assert.Equal([2, 1, 2, 1], all.ByDay.Select(b => b.Count));
        Assert.Equal(3, denied.ByStance.Where(b => b.Key == "denied").Sum(b => b.Count));
        Assert.Equal(0, denied.ByStance.Where(b => b.Key == "said").Sum(b => b.Count));
        Assert.Equal(["2026-01-12", "2026-01-15"], denied.ByDay.Select(b => b.Key));
    }
}
