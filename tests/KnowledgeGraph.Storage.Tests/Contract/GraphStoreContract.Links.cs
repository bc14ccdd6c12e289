using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_speakers_statements_page_by_stance_in_date_order_with_counts()
    {
        await using var store = await LoadedStoreAsync();

        var denied = await store.GetLinkPagesAsync(LinkKind.Denied, [Some.Lopez, Some.Carter, Some.LoneVoice, "person:nobody"], PageRequest.First(10), Ct);
        var second = await store.GetLinkPagesAsync(LinkKind.Denied, [Some.Lopez], new PageRequest(1, 1), Ct);
        var all = await store.GetLinkPagesAsync(LinkKind.SpeakerStatements, [Some.Lopez], PageRequest.First(10), Ct);
        var lastTwo = await store.GetLinkPagesAsync(LinkKind.SpeakerStatements, [Some.Lopez], new PageRequest(1, 5), Ct);
        var counts = await store.CountLinksAsync(LinkKind.Denied, [Some.Lopez, Some.Carter, Some.LoneVoice], Ct);
        var said = await store.CountLinksAsync(LinkKind.Said, [Some.Lopez], Ct);
        var both = await store.CountLinksAsync(LinkKind.SpeakerStatements, [Some.Lopez], Ct);

        var lopez = await StatementsAsync(store, denied[Some.Lopez]);
        Assert.Equal(["2026-01-12", "2026-01-15"], lopez.Select(s => s.Date));
        Assert.All(lopez, s => Assert.Equal((Some.Lopez, Stance.Denied, Some.Talks), (s.SpeakerId, s.Stance, s.ClaimId)));
        Assert.Equal(Sorted(Some.Lopez, Some.Carter), Sorted(denied.Keys));
        Assert.Equal([denied[Some.Lopez][1]], second[Some.Lopez]);
        Assert.Equal(["2026-01-10", "2026-01-12", "2026-01-15"], (await StatementsAsync(store, all[Some.Lopez])).Select(s => s.Date));
        Assert.Equal(all[Some.Lopez].Skip(1), lastTwo[Some.Lopez]);
        Assert.Equal(new Dictionary<string, int> { [Some.Lopez] = 2, [Some.Carter] = 1 }, counts);
        Assert.Equal(1, said[Some.Lopez]);
        Assert.Equal(3, both[Some.Lopez]);
    }

    /// <summary>Parents for a page of <paramref name="kind"/>: some with statements and one with none.</summary>
    private static string[] PageParents(LinkKind kind) => kind switch
    {
        LinkKind.ClaimStatements => [Some.Talks, Some.Budget, "claim:nobody"],
        LinkKind.ArticleStatements => [Some.A1, Some.A2, Some.A3, "article:nobody"],
        _ => [Some.Lopez, Some.Carter, Some.Svensson, "person:nobody"],
    };

    /// <summary>Every link kind whose pages are statement pages.</summary>
    public static TheoryData<LinkKind> StatementLinkKinds =>
        new() { LinkKind.Said, LinkKind.Denied, LinkKind.SpeakerStatements, LinkKind.ClaimStatements, LinkKind.ArticleStatements };

    [Theory]
    [MemberData(nameof(StatementLinkKinds))]
    public async Task Statement_pages_read_with_their_statements_hold_the_windows_of_the_link_pages(LinkKind kind)
    {
        await using var store = await LoadedStoreAsync();
        var parents = PageParents(kind);

        foreach (var page in new[] { PageRequest.First(10), new PageRequest(1, 1), new PageRequest(0, 0) })
        {
            var ids = await store.GetLinkPagesAsync(kind, parents, page, Ct);
            var statements = await store.GetStatementPagesAsync(kind, parents, page, Ct);

            Assert.Equal(Sorted(ids.Keys), Sorted(statements.Keys));
            Assert.All(ids, p => Assert.Equal(p.Value, statements[p.Key].Select(s => s.Id)));
            var records = statements.Values.SelectMany(v => v).ToList();
            var byId = await store.GetStatementsAsync([.. records.Select(r => r.Id)], Ct);
            Assert.Equal(byId.OrderBy(r => r.Id, StringComparer.Ordinal), records.DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal), StatementComparer);
        }

        Assert.NotEmpty((await store.GetStatementPagesAsync(kind, parents, PageRequest.First(10), Ct)).Values.SelectMany(v => v));
    }

    [Theory]
    [MemberData(nameof(StatementLinkKinds))]
    public async Task Statement_pages_read_with_their_claims_hold_the_same_windows_and_every_claim_of_them(LinkKind kind)
    {
        await using var store = await LoadedStoreAsync();
        var parents = PageParents(kind);

        foreach (var page in new[] { PageRequest.First(10), new PageRequest(1, 1), new PageRequest(0, 0) })
        {
            var plain = await store.GetStatementPagesAsync(kind, parents, page, Ct);
            var read = await store.GetStatementPagesWithClaimsAsync(kind, parents, page, Ct);

            Assert.Equal(Sorted(plain.Keys), Sorted(read.Pages.Keys));
            Assert.All(plain, p => Assert.Equal(p.Value, read.Pages[p.Key], StatementComparer));
            var claimIds = plain.Values.SelectMany(v => v).Select(s => s.ClaimId).Distinct(StringComparer.Ordinal).ToList();
            var claims = claimIds.Count == 0 ? [] : await store.GetClaimsAsync(claimIds, Ct);
            Assert.Equal(claims.OrderBy(c => c.Id, StringComparer.Ordinal), read.Claims.Values.OrderBy(c => c.Id, StringComparer.Ordinal));
            Assert.All(read.Claims, c => Assert.Equal(c.Key, c.Value.Id));
        }

        Assert.NotEmpty((await store.GetStatementPagesWithClaimsAsync(kind, parents, PageRequest.First(10), Ct)).Claims);
    }

    [Theory]
    [MemberData(nameof(StatementLinkKinds))]
    public async Task Statement_pages_return_texts_with_separators_digits_quotes_control_characters_and_any_script_as_stored(LinkKind kind)
    {
        await using var store = await EmptyStoreAsync();
        var document = OddTextsArticle();
        await store.UpsertAsync([document], Ct);
        string[] parents = kind switch
        {
            LinkKind.ClaimStatements => [OddClaim, OddOtherClaim],
            LinkKind.ArticleStatements => [document.Source.Id],
            _ => [OddVoice],
        };
        var expected = document.Statements
            .Where(s => kind is not (LinkKind.Said or LinkKind.Denied) || s.Stance == (kind == LinkKind.Said ? Stance.Said : Stance.Denied))
            .ToDictionary(s => StatementIds.For(s.SpeakerId, s.Stance, s.ClaimId, document.Source.Id, s.Start), StringComparer.Ordinal);
        Assert.True(expected.Count > 0);

        var plain = await store.GetStatementPagesAsync(kind, parents, PageRequest.First(10), Ct);
        var read = await store.GetStatementPagesWithClaimsAsync(kind, parents, PageRequest.First(10), Ct);

        foreach (var records in new[] { plain.Values.SelectMany(v => v).ToList(), read.Pages.Values.SelectMany(v => v).ToList() })
        {
            Assert.Equal(Sorted(expected.Keys), Sorted(records.Select(r => r.Id)));
            foreach (var record in records)
            {
                var source = expected[record.Id];
                Assert.Equal((source.SpeakerId, source.Stance, source.ClaimId, document.Source.Id), (record.SpeakerId, record.Stance, record.ClaimId, record.ArticleId));
                Assert.Equal(source.Evidence, record.Evidence);
                Assert.Equal((source.Start, source.End), (record.Start, record.End));
                Assert.Null(record.Date);
                Assert.Equal(source.Rule, record.Rule);
                Assert.Equal(Sorted(source.ReportedBy), Sorted(record.ReportedBy));
            }

            var byId = await store.GetStatementsAsync([.. records.Select(r => r.Id)], Ct);
            Assert.Equal(byId.OrderBy(r => r.Id, StringComparer.Ordinal), records.OrderBy(r => r.Id, StringComparer.Ordinal), StatementComparer);
        }

        var claimTexts = expected.Values.DistinctBy(s => s.ClaimId).ToDictionary(s => s.ClaimId, s => s.Claim, StringComparer.Ordinal);
        Assert.Equal(Sorted(claimTexts.Keys), Sorted(read.Claims.Keys));
        Assert.All(read.Claims.Values, c => Assert.Equal((claimTexts[c.Id], (string?)null), (c.Text, c.FirstReported)));
        Assert.Equal(read.Claims.Values.OrderBy(c => c.Id, StringComparer.Ordinal), (await store.GetClaimsAsync([.. claimTexts.Keys], Ct)).OrderBy(c => c.Id, StringComparer.Ordinal));
    }

    private const string OddVoice = "person:zoe-nandu";
    private const string OddClaim = "claim:odd-texts-12-34";
    private const string OddOtherClaim = "claim:odd-texts-unicode";

    /// <summary>
    /// An undated article (statement dates are null) whose texts hold what a reader that splits values could trip on:
    /// colons after digits ("12:34", "0:", "3:abc"), quotes of every kind, a backslash, tab and newline, accents,
    /// combining marks, CJK, right-to-left script and a character outside the Basic Multilingual Plane; one statement with
    /// two intermediaries and a rule, the others with none.
    /// </summary>
    private static ExtractedDocument OddTextsArticle()
    {
        var document = Some.Document("article:odd-texts", "odd.txt", "Odd: 12:34", null, null,
            [
                Some.Entity(OddVoice, EntityKind.Person, "Zoë Ñandú", ["Ñandú"]),
                Some.Entity(Some.Svensson, EntityKind.Person, "María Svensson", []),
                Some.Entity(Some.DailyLedger, EntityKind.Institution, "The Daily Ledger", []),
            ],
            Some.Statement(OddVoice, Stance.Denied, OddClaim, "Claim 5:five, “quoted” and 'single' 0:",
                "12:34 — 7: she said “no”; it's \"over\"\tthen\nagain: 0:", [Some.Svensson, Some.DailyLedger], []),
            Some.Statement(OddVoice, Stance.Said, OddOtherClaim, "Ünïcödé e\u0301 北京 שלום 🙂 claim",
                "Zoë said: Ñandú, 北京, שלום, e\u0301 and 🙂 \\ back", [], []),
            Some.Statement(OddVoice, Stance.Denied, OddOtherClaim, "Ünïcödé e\u0301 北京 שלום 🙂 claim", "3:abc:", [], []));
        return document with { Statements = [document.Statements[0] with { Rule = "verb-subject:2" }, .. document.Statements.Skip(1)] };
    }

    [Fact]
    public async Task A_claims_statements_page_by_date_and_its_speakers_are_distinct_per_stance()
    {
        await using var store = await LoadedStoreAsync();

        var statements = await store.GetLinkPagesAsync(LinkKind.ClaimStatements, [Some.Talks], PageRequest.First(10), Ct);
        var saidBy = await store.GetLinkPagesAsync(LinkKind.SaidBy, [Some.Talks, Some.Budget], PageRequest.First(10), Ct);
        var deniedBy = await store.GetLinkPagesAsync(LinkKind.DeniedBy, [Some.Talks, Some.Budget], PageRequest.First(10), Ct);
        var deniedCount = await store.CountLinksAsync(LinkKind.DeniedBy, [Some.Talks], Ct);
        var statementCount = await store.CountLinksAsync(LinkKind.ClaimStatements, [Some.Talks], Ct);

        var talks = await StatementsAsync(store, statements[Some.Talks]);
        Assert.Equal([(Some.Carter, "2026-01-10"), (Some.Lopez, "2026-01-12"), (Some.Lopez, "2026-01-15")], talks.Select(s => (s.SpeakerId, s.Date)));
        Assert.Equal([Some.Carter], saidBy[Some.Talks]);
        Assert.False(saidBy.ContainsKey(Some.Budget));
        Assert.Equal([Some.Lopez], deniedBy[Some.Talks]);
        Assert.Equal([Some.Carter], deniedBy[Some.Budget]);
        Assert.Equal(1, deniedCount[Some.Talks]);
        Assert.Equal(3, statementCount[Some.Talks]);
    }

    [Fact]
    public async Task An_articles_statements_page_in_text_order()
    {
        await using var store = await LoadedStoreAsync();

        var page = await store.GetLinkPagesAsync(LinkKind.ArticleStatements, [Some.A3, Some.A4], PageRequest.First(10), Ct);
        var count = await store.CountLinksAsync(LinkKind.ArticleStatements, [Some.A3], Ct);

        var a3 = await StatementsAsync(store, page[Some.A3]);
        Assert.Equal([Some.Talks, Some.Budget], a3.Select(s => s.ClaimId));
        Assert.True(a3[0].Start < a3[1].Start);
        Assert.Single(page[Some.A4]);
        Assert.Equal(2, count[Some.A3]);
    }

    [Fact]
    public async Task Reporters_subjects_and_mentions_page_by_id()
    {
        await using var store = await LoadedStoreAsync();

        var reporters = await store.GetLinkPagesAsync(LinkKind.ReportedBy, [Some.Talks], new PageRequest(1, 2), Ct);
        var reporterCount = await store.CountLinksAsync(LinkKind.ReportedBy, [Some.Talks], Ct);
        var about = await store.GetLinkPagesAsync(LinkKind.About, [Some.Talks], PageRequest.First(10), Ct);
        var claimsAbout = await store.GetLinkPagesAsync(LinkKind.ClaimsAbout, [Some.Ministry, Some.DistantIsle], PageRequest.First(10), Ct);
        var mentionedIn = await store.GetLinkPagesAsync(LinkKind.MentionedIn, [Some.Ruritania], PageRequest.First(2), Ct);
        var mentionedCount = await store.CountLinksAsync(LinkKind.MentionedIn, [Some.Ruritania, Some.DistantIsle], Ct);
        var mentions = await store.GetLinkPagesAsync(LinkKind.Mentions, [Some.A4], PageRequest.First(10), Ct);

        // Articles sort before intermediaries: "article:" < "person:".
        Assert.Equal([Some.A2, Some.A3], reporters[Some.Talks]);
        Assert.Equal(4, reporterCount[Some.Talks]);
        Assert.Equal([Some.Freedonia, Some.Ruritania], about[Some.Talks]);
        Assert.Equal([Some.Budget], claimsAbout[Some.Ministry]);
        Assert.Equal([Some.Harbour], claimsAbout[Some.DistantIsle]);
        Assert.Equal([Some.A1, Some.A2], mentionedIn[Some.Ruritania]);
        Assert.Equal(new Dictionary<string, int> { [Some.Ruritania] = 3, [Some.DistantIsle] = 1 }, mentionedCount);
        Assert.Equal([Some.LoneVoice, Some.DistantIsle], mentions[Some.A4]);
    }

    [Fact]
    public async Task Windows_past_the_end_and_empty_windows_leave_the_id_out()
    {
        await using var store = await LoadedStoreAsync();

        var beyond = await store.GetLinkPagesAsync(LinkKind.ReportedBy, [Some.Talks], new PageRequest(10, 5), Ct);
        var none = await store.GetLinkPagesAsync(LinkKind.ReportedBy, [Some.Talks], new PageRequest(0, 0), Ct);
        var nothing = await store.GetLinkPagesAsync(LinkKind.Said, [], PageRequest.First(5), Ct);

        Assert.Empty(beyond);
        Assert.Empty(none);
        Assert.Empty(nothing);
        Assert.Empty(await store.CountLinksAsync(LinkKind.Said, ["person:nobody"], Ct));
    }

    [Fact]
    public async Task Statements_resolve_by_id_and_unknown_ids_are_left_out()
    {
        await using var store = await LoadedStoreAsync();
        var expected = (await store.QueryStatementsAsync(new StatementFilter { ClaimIds = [Some.Talks] }, PageRequest.First(10), Ct)).Items;

        var found = await store.GetStatementsAsync([.. expected.Select(s => s.Id), "statement:000000000000000000000000"], Ct);

        Assert.Equal(expected.OrderBy(s => s.Id, StringComparer.Ordinal), found.OrderBy(s => s.Id, StringComparer.Ordinal), StatementComparer);
        Assert.Contains(found, s => s.ReportedBy.SequenceEqual([Some.Svensson]));
    }

    private static readonly IEqualityComparer<StatementRecord> StatementComparer = EqualityComparer<StatementRecord>.Create(
        (a, b) => a is not null && b is not null && a with { ReportedBy = [] } == b with { ReportedBy = [] } && a.ReportedBy.SequenceEqual(b.ReportedBy),
        s => s.Id.GetHashCode(StringComparison.Ordinal));

    /// <summary>The statements behind <paramref name="ids"/>, in the order of the ids.</summary>
    private static async Task<IReadOnlyList<StatementRecord>> StatementsAsync(IGraphStore store, IReadOnlyList<string> ids)
    {
        var byId = (await store.GetStatementsAsync(ids, Ct)).ToDictionary(s => s.Id);
        return [.. ids.Select(id => byId[id])];
    }
}
