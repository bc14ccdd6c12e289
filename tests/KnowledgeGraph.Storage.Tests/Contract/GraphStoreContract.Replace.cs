using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>An article is one document: a new version replaces what the stored one held.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_corrected_article_replaces_its_statements_instead_of_adding_to_them()
    {
        await using var store = await LoadedStoreAsync();

        var result = await store.UpsertAsync([Some.CorrectedThirdArticle()], Ct);

        // Lopez's denial is the same statement as before; Svensson's is the one new statement.
        Assert.Equal(new UpsertResult(1, 0, 0, 0, 1) { ReplacedArticles = 1 }, result);
        Assert.Equal(Some.CorpusCounts with { Claims = 3 }, await store.GetCountsAsync(Ct));
        var inThird = await store.QueryStatementsAsync(new StatementFilter { ArticleIds = [Some.A3] }, PageRequest.First(10), Ct);
        Assert.Equal(
            [(Some.Lopez, Stance.Denied, Some.Talks, "2026-01-20"), (Some.Svensson, Stance.Said, Some.Talks, "2026-01-20")],
            inThird.Items.Select(s => (s.SpeakerId, s.Stance, s.ClaimId, s.Date)).OrderBy(s => s.SpeakerId, StringComparer.Ordinal));
        Assert.All(inThird.Items, s => Assert.Empty(s.ReportedBy));
        Assert.Equal(2, inThird.TotalCount);
    }

    [Fact]
    public async Task Replacing_an_article_recomputes_the_counts_of_its_claims()
    {
        await using var store = await LoadedStoreAsync();

        await store.UpsertAsync([Some.CorrectedThirdArticle()], Ct);

        var talks = Assert.Single(await store.GetClaimsAsync([Some.Talks], Ct));
        Assert.Equal(new ClaimRecord(Some.Talks, Some.TalksText, 2, 2, 3, "2026-01-10"), talks);
        Assert.True(talks.Contested);
        var byLast = await store.QueryClaimsAsync(new ClaimFilter(), ClaimOrder.LastReported, PageRequest.First(10), Ct);
        Assert.Equal([Some.Harbour, Some.Talks, Some.Border], byLast.Items.Select(c => c.Id));
        Assert.Equal(3, byLast.TotalCount);
        var carter = await store.QueryStatementsAsync(new StatementFilter { SpeakerIds = [Some.Carter] }, PageRequest.First(10), Ct);
        Assert.Equal(1, carter.TotalCount);
    }

    [Fact]
    public async Task A_claim_left_without_statements_goes_with_its_links()
    {
        await using var store = await LoadedStoreAsync();

        await store.UpsertAsync([Some.CorrectedThirdArticle()], Ct);

        Assert.Empty(await store.GetClaimsAsync([Some.Budget], Ct));
        Assert.Empty(await store.GetAboutAsync([Some.Budget], Ct));
        Assert.Empty(await store.GetReportersAsync([Some.Budget], Ct));
        Assert.DoesNotContain(await store.SearchAsync("budget", 10, Ct), h => h.Kind is "Claim" or "Statement");
        Assert.Empty(await store.GetNodesAsync([Some.Budget], Ct));
        // Entities stay, even when nothing refers to them any more.
        Assert.Single(await store.GetEntitiesAsync([Some.Ministry], Ct));
    }

    [Fact]
    public async Task Replacing_an_article_drops_its_old_mentions_and_reports()
    {
        await using var store = await LoadedStoreAsync();

        await store.UpsertAsync([Some.CorrectedThirdArticle()], Ct);

        var mentions = await store.GetMentionsAsync([Some.A3], cancellationToken: Ct);
        Assert.Equal(Sorted(Some.Lopez, Some.Svensson, Some.Ruritania), Sorted(mentions.Select(m => m.EntityId)));
        // Svensson was the intermediary of the old version only; the three articles still report the claim.
        var reporters = await store.GetReportersAsync([Some.Talks], Ct);
        Assert.Equal(Sorted(Some.A1, Some.A2, Some.A3), Sorted(reporters.Select(r => r.TargetId)));
        var edges = new List<GraphEdge>();
        await foreach (var edge in store.StreamEdgesAsync(Ct))
        {
            edges.Add(edge);
        }

        Assert.DoesNotContain(edges, e => e.Type == GraphLabels.Mentions && e.Source == Some.A3 && e.Target == Some.Carter);
        Assert.DoesNotContain(edges, e => e.Type == GraphLabels.ReportedBy && e.Target == Some.Svensson);
        Assert.Equal(edges.Count, edges.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_replace_that_removes_every_denial_leaves_no_contested_claim()
    {
        await using var store = await LoadedStoreAsync();
        Assert.Equal(1, (await store.QueryClaimsAsync(new ClaimFilter { Contested = true }, ClaimOrder.Corroboration, PageRequest.First(10), Ct)).TotalCount);

        await store.UpsertAsync([Some.SecondArticle() with { Statements = [] }, Some.CorrectedThirdArticle() with { Statements = [] }], Ct);

        var contested = await store.QueryClaimsAsync(new ClaimFilter { Contested = true }, ClaimOrder.Corroboration, PageRequest.First(10), Ct);
        Assert.Equal(0, contested.TotalCount);
        Assert.Empty(contested.Items);
        var talks = Assert.Single(await store.GetClaimsAsync([Some.Talks], Ct));
        Assert.Equal((1, 0, 1, "2026-01-10"), (talks.SaidCount, talks.DeniedCount, talks.Corroboration, talks.FirstReported));
    }

    [Fact]
    public async Task An_unchanged_article_is_written_once_and_a_batch_keeps_the_last_version_of_an_article()
    {
        await using var store = await LoadedStoreAsync();

        var unchanged = await store.UpsertAsync([Some.ThirdArticle()], Ct);
        var twice = await store.UpsertAsync([Some.CorrectedThirdArticle(), Some.ThirdArticle()], Ct);

        Assert.Equal(new UpsertResult(1, 0, 0, 0, 0), unchanged);
        Assert.Equal(0, twice.ReplacedArticles); // the last version in the batch is the stored one
        Assert.Equal(Some.CorpusCounts, await store.GetCountsAsync(Ct));
        Assert.Single(await store.GetClaimsAsync([Some.Budget], Ct));
    }

    [Fact]
    public async Task Reloading_corrected_facts_of_the_same_text_replaces_them()
    {
        await using var store = await LoadedStoreAsync();
        var original = Some.FirstArticle();
        // A reviewer flips a stance: same text, same content hash, different facts.
        var reviewed = original with { Statements = [original.Statements[0] with { Stance = Stance.Denied }, original.Statements[1]] };

        var result = await store.UpsertAsync([reviewed], Ct);

        Assert.Equal(1, result.ReplacedArticles);
        var carter = await store.QueryStatementsAsync(new StatementFilter { SpeakerIds = [Some.Carter], ArticleIds = [Some.A1] }, PageRequest.First(10), Ct);
        Assert.Equal(Stance.Denied, Assert.Single(carter.Items).Stance);
        var talks = Assert.Single(await store.GetClaimsAsync([Some.Talks], Ct));
        Assert.Equal((0, 3), (talks.SaidCount, talks.DeniedCount));
    }
}
