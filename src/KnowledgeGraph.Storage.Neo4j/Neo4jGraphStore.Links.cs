using System.Text.Json.Nodes;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Neo4j.Http;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<StatementRecord>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await RunAsync("links", "statements-by-ids", new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(r => Statement(k => r[k]))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetLinkPagesAsync(
        LinkKind link, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        CheckPage(page);
        if (ids.Count == 0 || page.Limit == 0)
        {
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        var (name, parameters) = LinkStatement(link, ids);
        parameters["offset"] = page.Offset;
        parameters["limit"] = page.Limit;
        var result = await RunAsync("links", name + "-page", parameters, cancellationToken).ConfigureAwait(false);
        return result.Rows
            .Select(r => (Id: r.String("id")!, Items: r.Strings("items")))
            .Where(r => r.Items.Count > 0)
            .ToDictionary(r => r.Id, r => r.Items, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, int>> CountLinksAsync(LinkKind link, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, int>();
        }

        var (name, parameters) = LinkStatement(link, ids);
        var result = await RunAsync("links", name + "-count", parameters, cancellationToken).ConfigureAwait(false);
        return result.Rows
            .Select(r => (Id: r.String("id")!, N: r.Int("n")))
            .Where(r => r.N > 0)
            .ToDictionary(r => r.Id, r => r.N, StringComparer.Ordinal);
    }

    // Each kind maps onto one statement pair of cypher/links.cypher (name-page, name-count) and its parameters.
    private static (string Name, Dictionary<string, object?> Parameters) LinkStatement(LinkKind link, IReadOnlyCollection<string> ids)
    {
        var parameters = new Dictionary<string, object?> { ["ids"] = Distinct(ids) };
        var name = link switch
        {
            LinkKind.Said or LinkKind.Denied or LinkKind.SpeakerStatements => "speaker-statements",
            LinkKind.ClaimStatements => "claim-statements",
            LinkKind.ArticleStatements => "article-statements",
            LinkKind.SaidBy or LinkKind.DeniedBy => "claim-speakers",
            LinkKind.ReportedBy => "reporters",
            LinkKind.About => "about",
            LinkKind.ClaimsAbout => "claims-about",
            LinkKind.MentionedIn => "mentioned-in",
            LinkKind.Mentions => "mentions",
            _ => throw new ArgumentOutOfRangeException(nameof(link), link, $"Unknown link kind {link}."),
        };
        if (name is "speaker-statements" or "claim-speakers")
        {
            parameters["stance"] = link switch
            {
                LinkKind.Said or LinkKind.SaidBy => StanceType(Stance.Said),
                LinkKind.Denied or LinkKind.DeniedBy => StanceType(Stance.Denied),
                _ => null,
            };
        }

        return (name, parameters);
    }

    private static StatementRecord Statement(Func<string, JsonNode?> get) => new(
        QueryValues.String(get("id"))!, QueryValues.String(get("speakerId"))!, StanceOf(QueryValues.String(get("stance"))), QueryValues.String(get("claimId"))!,
        QueryValues.String(get("articleId")) ?? "", QueryValues.String(get("evidence")) ?? "", QueryValues.Int(get("start")), QueryValues.Int(get("end")),
        QueryValues.String(get("date")), QueryValues.Strings(get("reportedBy")))
    {
        Rule = QueryValues.String(get("rule")),
    };
}
