using System.Text.Json.Nodes;
using KnowledgeGraph.Storage.Neo4j.Http;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleRecord>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await RunAsync("articles", "articles-by-ids", new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(r => Article(k => r[k]))];
    }

    /// <inheritdoc />
    public async Task<Page<ArticleRecord>> QueryArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        CheckPage(page);
        // Start from the mentioned entity, else the date range (range index on publishedAt), else every article.
        var variant = filter.MentionsId is not null ? "page-articles-mentioning"
            : filter.From is not null || filter.To is not null ? "page-articles-by-dates"
            : "page-articles";
        var result = await RunAsync("articles", variant, new()
        {
            ["title"] = Lower(filter.TitleContains),
            ["publisher"] = Lower(filter.Publisher),
            ["from"] = filter.From,
            ["to"] = filter.To,
            ["mentionsId"] = filter.MentionsId,
            ["offset"] = page.Offset,
            ["limit"] = page.Limit,
        }, cancellationToken).ConfigureAwait(false);
        var row = result.Rows.Single();
        return new Page<ArticleRecord>([.. row.Array("items").OfType<JsonObject>().Select(o => Article(k => o[k]))], row.Int("total"));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleMention>> GetMentionsAsync(IReadOnlyCollection<string> ids, bool byEntity = false, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await RunAsync("articles", byEntity ? "mentions-by-entity" : "mentions-by-article", new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(r => new ArticleMention(r.String("articleId")!, r.String("entityId")!))];
    }

    /// <inheritdoc />
    public async Task<Page<StatementRecord>> QueryStatementsAsync(StatementFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        CheckPage(page);
        var parameters = StatementParameters(filter);
        parameters["offset"] = page.Offset;
        parameters["limit"] = page.Limit;
        var row = (await RunAsync("statements", "page-statements" + EntrySuffix(filter), parameters, cancellationToken).ConfigureAwait(false)).Rows.Single();
        return new Page<StatementRecord>([.. row.Array("items").OfType<JsonObject>().Select(o => new StatementRecord(
            QueryValues.String(o["id"])!, QueryValues.String(o["speakerId"])!, StanceOf(QueryValues.String(o["stance"])), QueryValues.String(o["claimId"])!,
            QueryValues.String(o["articleId"]) ?? "", QueryValues.String(o["evidence"]) ?? "", QueryValues.Int(o["start"]), QueryValues.Int(o["end"]),
            QueryValues.String(o["date"]), QueryValues.Strings(o["reportedBy"])) { Rule = QueryValues.String(o["rule"]) })], row.Int("total"));
    }

    /// <inheritdoc />
    public async Task<StatementBreakdown> GetBreakdownAsync(StatementFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = (await RunAsync("counts", "statement-breakdown" + EntrySuffix(filter), StatementParameters(filter), cancellationToken).ConfigureAwait(false)).Rows;
        var groups = rows.Select(r => (Stance: r.String("stance") == GraphLabels.Denied ? "denied" : "said", Speaker: r.String("speakerId")!,
            Name: r.String("speakerName"), Publisher: r.String("publisher"), Day: r.String("day"), N: r.Int("n"))).ToList();
        return new StatementBreakdown(
            [.. groups.GroupBy(g => g.Stance).Select(g => new CountBucket(g.Key, null, g.Sum(x => x.N))).OrderBy(b => b.Key == "denied" ? 1 : 0)],
            [.. groups.GroupBy(g => g.Speaker).Select(g => new CountBucket(g.Key, g.First().Name, g.Sum(x => x.N))).OrderByDescending(b => b.Count).ThenBy(b => b.Label, StringComparer.Ordinal).ThenBy(b => b.Key, StringComparer.Ordinal)],
            [.. groups.Where(g => g.Publisher is not null).GroupBy(g => g.Publisher!).Select(g => new CountBucket(g.Key, null, g.Sum(x => x.N))).OrderByDescending(b => b.Count).ThenBy(b => b.Key, StringComparer.Ordinal)],
            [.. groups.Where(g => g.Day is not null).GroupBy(g => g.Day!).Select(g => new CountBucket(g.Key, null, g.Sum(x => x.N))).OrderBy(b => b.Key, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The statement variant that starts from the filter's narrowest entry point: its articles, claims or speakers
    /// (few statements each), else its date range, else every statement.
    /// </summary>
    private static string EntrySuffix(StatementFilter filter) => filter switch
    {
        { ArticleIds: not null } => "-by-articles",
        { ClaimIds: not null } => "-by-claims",
        { SpeakerIds: not null } => "-by-speakers",
        _ when filter.From is not null || filter.To is not null => "-by-dates",
        _ => "",
    };

    private static Dictionary<string, object?> StatementParameters(StatementFilter filter) => new()
    {
        ["speakerIds"] = filter.SpeakerIds is { } speakers ? Distinct([.. speakers]) : null,
        ["claimIds"] = filter.ClaimIds is { } claims ? Distinct([.. claims]) : null,
        ["articleIds"] = filter.ArticleIds is { } articles ? Distinct([.. articles]) : null,
        ["stance"] = filter.Stance is { } stance ? StanceType(stance) : null,
        ["from"] = filter.From,
        ["to"] = filter.To,
    };

    private static ArticleRecord Article(Func<string, JsonNode?> get) => new(
        QueryValues.String(get("id"))!, QueryValues.String(get("file")) ?? "", QueryValues.String(get("title")), QueryValues.String(get("publisher")),
        QueryValues.String(get("url")), QueryValues.String(get("publishedAt")), QueryValues.String(get("author")), QueryValues.String(get("contentHash")) ?? "");
}
