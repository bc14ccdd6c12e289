using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task One_claim_from_three_articles_is_one_claim_with_three_reporting_articles()
    {
        await using var store = await LoadedStoreAsync();

        var talks = Assert.Single(await store.GetClaimsAsync([Some.Talks, "claim:unknown"], Ct));
        var reporters = await store.GetReportersAsync([Some.Talks], Ct);

        Assert.Equal(Some.TalksText, talks.Text);
        Assert.Equal(3, talks.Corroboration);
        Assert.Equal(1, talks.SaidCount);
        Assert.Equal(2, talks.DeniedCount);
        Assert.Equal("2026-01-10", talks.FirstReported);
        Assert.Equal(Sorted(Some.A1, Some.A2, Some.A3, Some.Svensson), Sorted(reporters.Select(r => r.TargetId)));
        Assert.All(reporters, r => Assert.Equal(Some.Talks, r.ClaimId));
    }

    [Fact]
    public async Task A_claim_said_by_one_speaker_and_denied_by_another_is_contested()
    {
        await using var store = await LoadedStoreAsync();

        var claims = await store.GetClaimsAsync([Some.Talks, Some.Border], Ct);
        var contested = await ClaimIdsAsync(store, new ClaimFilter { Contested = true });
        var uncontested = await ClaimIdsAsync(store, new ClaimFilter { Contested = false });

        Assert.True(claims.Single(c => c.Id == Some.Talks).Contested);
        Assert.False(claims.Single(c => c.Id == Some.Border).Contested);
        Assert.Equal([Some.Talks], contested);
        Assert.Equal(Sorted(Some.Border, Some.Budget, Some.Harbour), uncontested);
        var sides = await store.QueryStatementsAsync(new StatementFilter { ClaimIds = [Some.Talks] }, PageRequest.First(10), Ct);
        Assert.Equal([Stance.Said, Stance.Denied, Stance.Denied], sides.Items.Select(s => s.Stance));
        Assert.Equal([Some.Carter, Some.Lopez, Some.Lopez], sides.Items.Select(s => s.SpeakerId));
    }

    [Fact]
    public async Task Claim_filters_match_single_conditions()
    {
        await using var store = await LoadedStoreAsync();

        Assert.Equal(Sorted(Some.Talks, Some.Budget), await ClaimIdsAsync(store, new ClaimFilter { Stance = Stance.Denied }));
        Assert.Equal(Sorted(Some.Talks, Some.Budget), await ClaimIdsAsync(store, new ClaimFilter { SpeakerId = Some.Carter }));
        Assert.Equal([Some.Talks], await ClaimIdsAsync(store, new ClaimFilter { AboutId = Some.Freedonia }));
        Assert.Equal(Sorted(Some.Talks, Some.Budget), await ClaimIdsAsync(store, new ClaimFilter { ReportedById = Some.Svensson }));
        Assert.Equal([Some.Talks], await ClaimIdsAsync(store, new ClaimFilter { ReportedById = Some.A2 }));
        Assert.Equal([Some.Talks], await ClaimIdsAsync(store, new ClaimFilter { Publisher = "evening courier" }));
        Assert.Equal(Sorted(Some.Talks, Some.Border), await ClaimIdsAsync(store, new ClaimFilter { ArticleId = Some.A1 }));
        Assert.Equal(Sorted(Some.Talks, Some.Budget, Some.Harbour), await ClaimIdsAsync(store, new ClaimFilter { From = "2026-01-13" }));
        Assert.Equal(Sorted(Some.Talks, Some.Border), await ClaimIdsAsync(store, new ClaimFilter { To = "2026-01-10" }));
        Assert.Equal(4, (await ClaimIdsAsync(store, new ClaimFilter())).Count);
    }

    [Fact]
    public async Task Claim_text_filter_searches_claims_and_evidence_ignoring_case_and_accents()
    {
        await using var store = await LoadedStoreAsync();

        Assert.Equal([Some.Talks], await ClaimIdsAsync(store, new ClaimFilter { TextContains = "FREEDONIA ARE" }));
        Assert.Equal([Some.Talks], await ClaimIdsAsync(store, new ClaimFilter { TextContains = "maria svensson" }));
        Assert.Empty(await ClaimIdsAsync(store, new ClaimFilter { TextContains = "no such words" }));
    }

    [Fact]
    public async Task Statement_conditions_of_a_claim_filter_hold_for_one_statement_together()
    {
        await using var store = await LoadedStoreAsync();

        // López said the border claim on 01-10 and denied the talks claim later: no single statement is "said after 01-11".
        Assert.Empty(await ClaimIdsAsync(store, new ClaimFilter { SpeakerId = Some.Lopez, Stance = Stance.Said, From = "2026-01-11" }));
        Assert.Equal([Some.Border], await ClaimIdsAsync(store, new ClaimFilter { SpeakerId = Some.Lopez, Stance = Stance.Said }));
        Assert.Equal([Some.Talks], await ClaimIdsAsync(store, new ClaimFilter { SpeakerId = Some.Lopez, From = "2026-01-14" }));
    }

    [Fact]
    public async Task Claim_filters_combine_with_and_or_and_not()
    {
        await using var store = await LoadedStoreAsync();

        var or = new ClaimFilter { Or = [new ClaimFilter { SpeakerId = Some.Carter }, new ClaimFilter { AboutId = Some.DistantIsle }] };
        var and = new ClaimFilter { And = [new ClaimFilter { Stance = Stance.Denied }, new ClaimFilter { AboutId = Some.Ministry }] };
        var not = new ClaimFilter { Not = new ClaimFilter { Contested = true } };
        var nested = new ClaimFilter { Stance = Stance.Said, Not = new ClaimFilter { Or = [new ClaimFilter { ArticleId = Some.A4 }, new ClaimFilter { TextContains = "northern" }] } };

        Assert.Equal(Sorted(Some.Talks, Some.Budget, Some.Harbour), await ClaimIdsAsync(store, or));
        Assert.Equal([Some.Budget], await ClaimIdsAsync(store, and));
        Assert.Equal(Sorted(Some.Border, Some.Budget, Some.Harbour), await ClaimIdsAsync(store, not));
        Assert.Equal([Some.Talks], await ClaimIdsAsync(store, nested));
    }

    [Fact]
    public async Task Claim_pages_window_the_ordered_matches_and_report_the_total()
    {
        await using var store = await LoadedStoreAsync();

        var page = await store.QueryClaimsAsync(new ClaimFilter(), ClaimOrder.Text, new PageRequest(1, 2), Ct);
        var beyond = await store.QueryClaimsAsync(new ClaimFilter(), ClaimOrder.Text, new PageRequest(10, 2), Ct);

        Assert.Equal(4, page.TotalCount);
        Assert.Equal([Some.HarbourText, Some.BudgetText], page.Items.Select(c => c.Text));
        Assert.Empty(beyond.Items);
        Assert.Equal(4, beyond.TotalCount);
    }

    [Fact]
    public async Task Claims_order_by_corroboration_and_by_date()
    {
        await using var store = await LoadedStoreAsync();

        var byCorroboration = await store.QueryClaimsAsync(new ClaimFilter(), ClaimOrder.Corroboration, PageRequest.First(10), Ct);
        var first = await store.QueryClaimsAsync(new ClaimFilter(), ClaimOrder.FirstReported, PageRequest.First(10), Ct);
        var last = await store.QueryClaimsAsync(new ClaimFilter(), ClaimOrder.LastReported, PageRequest.First(10), Ct);

        Assert.Equal(Some.Talks, byCorroboration.Items[0].Id);
        // Ties on the date fall back to the text.
        Assert.Equal([Some.Talks, Some.Border, Some.Budget, Some.Harbour], first.Items.Select(c => c.Id));
        Assert.Equal([Some.Harbour, Some.Talks, Some.Budget, Some.Border], last.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Claims_link_to_their_subjects_both_ways()
    {
        await using var store = await LoadedStoreAsync();

        var about = await store.GetAboutAsync([Some.Talks, Some.Budget], Ct);
        var aboutMinistry = await store.GetClaimsAboutAsync([Some.Ministry, Some.DistantIsle], Ct);

        Assert.Equal(
            Sorted($"{Some.Talks}>{Some.Ruritania}", $"{Some.Talks}>{Some.Freedonia}", $"{Some.Budget}>{Some.Ministry}"),
            Sorted(about.Select(l => $"{l.ClaimId}>{l.TargetId}")));
        Assert.Equal(
            Sorted($"{Some.Budget}>{Some.Ministry}", $"{Some.Harbour}>{Some.DistantIsle}"),
            Sorted(aboutMinistry.Select(l => $"{l.ClaimId}>{l.TargetId}")));
    }
}
