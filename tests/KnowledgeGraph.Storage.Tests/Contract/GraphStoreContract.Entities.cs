using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Entity_lookups_by_id_leave_out_unknown_ids()
    {
        await using var store = await LoadedStoreAsync();

        var entities = await store.GetEntitiesAsync([Some.Carter, Some.Ruritania, "person:nobody"], Ct);

        Assert.Equal(Sorted(Some.Carter, Some.Ruritania), Sorted(entities.Select(e => e.Id)));
        var carter = entities.Single(e => e.Id == Some.Carter);
        Assert.Equal("President", carter.Role);
        Assert.Equal("Freedonia", carter.Country);
        Assert.Contains("President Carter", carter.Aliases);
    }

    [Fact]
    public async Task Find_entity_resolves_ids_names_and_aliases_ignoring_case_and_accents()
    {
        await using var store = await LoadedStoreAsync();

        Assert.Equal(Some.Lopez, (await store.FindEntityAsync(Some.Lopez, Ct))?.Id);
        Assert.Equal(Some.Lopez, (await store.FindEntityAsync("lopez", Ct))?.Id);
        Assert.Equal(Some.Lopez, (await store.FindEntityAsync("ANA LOPEZ", Ct))?.Id);
        Assert.Equal(Some.Ministry, (await store.FindEntityAsync("mfa", Ct))?.Id);
        Assert.Equal(Some.Svensson, (await store.FindEntityAsync("svens", Ct))?.Id);
        Assert.Null(await store.FindEntityAsync("nobody at all", Ct));
    }

    [Fact]
    public async Task Entity_queries_filter_by_kind_and_name_and_page_in_name_order()
    {
        await using var store = await LoadedStoreAsync();

        var people = await store.QueryEntitiesAsync(new EntityFilter { Kinds = [EntityKind.Person] }, EntityOrder.Name, new PageRequest(1, 2), Ct);
        var lopez = await store.QueryEntitiesAsync(new EntityFilter { NameContains = "LOPEZ" }, EntityOrder.Name, PageRequest.First(10), Ct);
        var ledger = await store.QueryEntitiesAsync(new EntityFilter { NameContains = "ledger" }, EntityOrder.Name, PageRequest.First(10), Ct);

        Assert.Equal(4, people.TotalCount);
        Assert.Equal(["John Carter", "Lone Voice"], people.Items.Select(e => e.Name));
        Assert.Equal([Some.Lopez], lopez.Items.Select(e => e.Id));
        Assert.Equal([Some.DailyLedger], ledger.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Entity_filters_combine_with_and_or_and_not()
    {
        await using var store = await LoadedStoreAsync();

        var notPlaces = await store.QueryEntitiesAsync(new EntityFilter { Not = new EntityFilter { Kinds = [EntityKind.Place] } }, EntityOrder.Name, PageRequest.First(50), Ct);
        var either = await store.QueryEntitiesAsync(
            new EntityFilter { Or = [new EntityFilter { NameContains = "carter" }, new EntityFilter { NameContains = "svensson" }] }, EntityOrder.Name, PageRequest.First(50), Ct);
        var both = await store.QueryEntitiesAsync(
            new EntityFilter { And = [new EntityFilter { NameContains = "o" }, new EntityFilter { Kinds = [EntityKind.Place] }] }, EntityOrder.Name, PageRequest.First(50), Ct);

        Assert.Equal(9, notPlaces.TotalCount);
        Assert.DoesNotContain(notPlaces.Items, e => e.Kind == EntityKind.Place);
        Assert.Equal(Sorted(Some.Carter, Some.Svensson), Sorted(either.Items.Select(e => e.Id)));
        Assert.Equal([Some.Freedonia], both.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Entities_order_by_statement_count_and_mention_count()
    {
        await using var store = await LoadedStoreAsync();

        var byStatements = await store.QueryEntitiesAsync(new EntityFilter(), EntityOrder.StatementCount, PageRequest.First(3), Ct);
        var byMentions = await store.QueryEntitiesAsync(new EntityFilter(), EntityOrder.MentionCount, PageRequest.First(4), Ct);

        Assert.Equal(12, byStatements.TotalCount);
        Assert.Equal([Some.Lopez, Some.Carter, Some.LoneVoice], byStatements.Items.Select(e => e.Id));
        Assert.Equal([Some.Lopez, Some.Ruritania, Some.Freedonia, Some.Carter], byMentions.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Memberships_are_found_from_the_person_or_the_institution()
    {
        await using var store = await LoadedStoreAsync();

        var ofLopez = await store.GetMembershipsAsync([Some.Lopez], Ct);
        var ofInstitutions = await store.GetMembershipsAsync([Some.FederalCouncil, Some.Ministry], Ct);

        Assert.Equal([new MembershipRecord(Some.Lopez, GraphLabels.MemberOf, Some.Ministry, "Foreign Minister")], ofLopez);
        Assert.Equal(2, ofInstitutions.Count);
        Assert.Contains(new MembershipRecord(Some.Carter, GraphLabels.Leads, Some.FederalCouncil, "President"), ofInstitutions);
    }

    [Fact]
    public async Task Articles_are_listed_newest_first_and_filtered()
    {
        await using var store = await LoadedStoreAsync();

        var all = await store.QueryArticlesAsync(new ArticleFilter(), PageRequest.First(10), Ct);
        var window = await store.QueryArticlesAsync(new ArticleFilter(), new PageRequest(1, 1), Ct);
        var dated = await store.QueryArticlesAsync(new ArticleFilter { From = "2026-01-11", To = "2026-01-15" }, PageRequest.First(10), Ct);
        var byPublisher = await store.QueryArticlesAsync(new ArticleFilter { Publisher = "HARBOR POST" }, PageRequest.First(10), Ct);
        var mentioning = await store.QueryArticlesAsync(new ArticleFilter { MentionsId = Some.Freedonia }, PageRequest.First(10), Ct);
        var titled = await store.QueryArticlesAsync(new ArticleFilter { TitleContains = "TALKS" }, PageRequest.First(10), Ct);

        Assert.Equal([Some.A4, Some.A3, Some.A2, Some.A1], all.Items.Select(a => a.Id));
        Assert.Equal(4, window.TotalCount);
        Assert.Equal([Some.A3], window.Items.Select(a => a.Id));
        Assert.Equal([Some.A3, Some.A2], dated.Items.Select(a => a.Id));
        Assert.Equal([Some.A3], byPublisher.Items.Select(a => a.Id));
        Assert.Equal([Some.A2, Some.A1], mentioning.Items.Select(a => a.Id));
        Assert.Equal([Some.A1], titled.Items.Select(a => a.Id));
    }

    [Fact]
    public async Task Articles_keep_their_source_fields()
    {
        await using var store = await LoadedStoreAsync();
        var source = Some.FirstArticle().Source;

        var article = Assert.Single(await store.GetArticlesAsync([Some.A1, "article:none"], Ct));

        Assert.Equal(new ArticleRecord(source.Id, source.File, source.Title, source.Publisher, source.Url, source.PublishedAt, source.Author, source.ContentHash), article);
    }

    [Fact]
    public async Task Mentions_are_found_by_article_or_by_entity()
    {
        await using var store = await LoadedStoreAsync();

        var ofArticle = await store.GetMentionsAsync([Some.A4], cancellationToken: Ct);
        var ofEntity = await store.GetMentionsAsync([Some.Freedonia], byEntity: true, Ct);

        Assert.Equal(Sorted(Some.LoneVoice, Some.DistantIsle), Sorted(ofArticle.Select(m => m.EntityId)));
        Assert.Equal(Sorted(Some.A1, Some.A2), Sorted(ofEntity.Select(m => m.ArticleId)));
    }

    [Fact]
    public async Task Statements_carry_evidence_offsets_date_and_intermediaries_in_date_order()
    {
        await using var store = await LoadedStoreAsync();
        var expected = Some.ThirdArticle().Statements[0];

        var page = await store.QueryStatementsAsync(new StatementFilter { SpeakerIds = [Some.Lopez] }, PageRequest.First(10), Ct);
        var window = await store.QueryStatementsAsync(new StatementFilter { SpeakerIds = [Some.Lopez] }, new PageRequest(2, 5), Ct);

        Assert.Equal(3, page.TotalCount);
        Assert.Equal([Some.A1, Some.A2, Some.A3], page.Items.Select(s => s.ArticleId));
        var last = page.Items[2];
        Assert.Equal(Stance.Denied, last.Stance);
        Assert.Equal(Some.Talks, last.ClaimId);
        Assert.Equal(expected.Evidence, last.Evidence);
        Assert.Equal((expected.Start, expected.End), (last.Start, last.End));
        Assert.Equal("2026-01-15", last.Date);
        Assert.Equal([Some.Svensson], last.ReportedBy);
        Assert.Equal(3, window.TotalCount);
        Assert.Equal([last.Id], window.Items.Select(s => s.Id));
    }

    [Fact]
    public async Task Statement_filters_combine_speakers_claims_articles_stance_and_dates()
    {
        await using var store = await LoadedStoreAsync();

        async Task<int> CountAsync(StatementFilter filter) => (await store.QueryStatementsAsync(filter, PageRequest.First(0), Ct)).TotalCount;

        Assert.Equal(6, await CountAsync(new StatementFilter()));
        Assert.Equal(3, await CountAsync(new StatementFilter { Stance = Stance.Denied }));
        Assert.Equal(2, await CountAsync(new StatementFilter { ArticleIds = [Some.A3] }));
        Assert.Equal(3, await CountAsync(new StatementFilter { ClaimIds = [Some.Talks, "claim:unknown"] }));
        Assert.Equal(1, await CountAsync(new StatementFilter { SpeakerIds = [Some.Carter], Stance = Stance.Denied }));
        Assert.Equal(2, await CountAsync(new StatementFilter { From = "2026-01-12", To = "2026-01-15", SpeakerIds = [Some.Lopez, Some.LoneVoice] }));
        Assert.Equal(0, await CountAsync(new StatementFilter { SpeakerIds = [] }));
    }
}
