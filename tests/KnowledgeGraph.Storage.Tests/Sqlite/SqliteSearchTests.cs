using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// The embedded store ranks kind by kind (entities, then claims, then statements) and stops reading kinds once the page is
/// full: a short page must be the head of a long one, whichever kind fills it.
/// </summary>
public sealed class SqliteSearchTests : IDisposable
{
    private const string Speaker = "person:zed-quill";
    private const string Port = "institution:zephyr-port-authority";

    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_page_filled_by_entities_or_claims_is_the_head_of_the_longer_page()
    {
        await using var store = new SqliteGraphStore(_folder.File("search.db"));
        await store.UpsertAsync([ZephyrArticle()], Ct);

        var one = await store.SearchAsync("zephyr", 1, Ct);
        var three = await store.SearchAsync("zephyr", 3, Ct);
        var all = await store.SearchAsync("zephyr", 20, Ct);

        Assert.Equal(["Entity", "Claim", "Claim", "Claim", "Statement", "Statement", "Statement"], all.Select(h => h.Kind));
        Assert.Equal(all.Take(1), one);
        Assert.Equal(all.Take(3), three);
        Assert.Equal(Port, one[0].Id);
        // Within a kind the shorter text first.
        Assert.Equal(["Zephyr reopens", "The zephyr harbour reopens in May"], three.Skip(1).Select(h => h.Title));
        Assert.Equal(all.OrderByDescending(h => h.Score).Select(h => h.Id), all.Select(h => h.Id));
    }

    [Fact]
    public async Task Statements_fill_the_page_when_no_name_or_claim_matches()
    {
        await using var store = new SqliteGraphStore(_folder.File("search.db"));
        await store.UpsertAsync([ZephyrArticle()], Ct);

        var hits = await store.SearchAsync("breakwater", 10, Ct);

        var hit = Assert.Single(hits);
        Assert.Equal(("Statement", "Zephyr reopens"), (hit.Kind, hit.Title));
        Assert.Contains("[breakwater]", hit.Snippet, StringComparison.Ordinal);
    }

    private static ExtractedDocument ZephyrArticle() => Some.Document(
        "article:zephyr", "zephyr.txt", "Harbour news", "Harbor Post", "2026-04-02",
        [
            Some.Entity(Speaker, EntityKind.Person, "Zed Quill", []),
            Some.Entity(Port, EntityKind.Institution, "Zephyr Port Authority", []),
        ],
        Some.Statement(Speaker, Stance.Said, "claim:zephyr-reopens", "Zephyr reopens", "Quill said that Zephyr reopens behind the new breakwater", [], [Port]),
        Some.Statement(Speaker, Stance.Said, "claim:zephyr-harbour-may", "The zephyr harbour reopens in May", "Quill said the zephyr harbour reopens in May", [], []),
        Some.Statement(Speaker, Stance.Denied, "claim:zephyr-closed-for-good", "The zephyr harbour is closed for good and will never reopen", "Quill denied that the zephyr harbour is closed for good and will never reopen", [], []));
}
