using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>SQL and row shaping for graph-wide reads: nodes of any label, edges of any type, neighbours.</summary>
internal static class SqliteGraphSql
{
    public const string EntityNodes = "SELECT e.id, e.kind, e.name, e.aliases, e.role, e.country FROM entity e";
    public const string ClaimNodes = "SELECT c.id, c.text, c.said_count, c.denied_count, c.corroboration, c.first_reported, c.last_reported FROM claim c";
    public const string ArticleNodes = "SELECT a.id, a.file, a.title, a.publisher, a.url, a.published_at, a.author, a.content_hash FROM article a";

    /// <summary>
    /// Every relationship in one column layout: id, type, source, target, article, evidence, start, end, date,
    /// intermediaries (JSON), role, rule. <paramref name="set"/>, when given, keeps edges with both ends in that sub-select.
    /// </summary>
    public static string Edges(string? set)
    {
        string Both(string source, string target) => set is null ? "" : $" WHERE {source} IN {set} AND {target} IN {set}";
        return $"""
            SELECT s.id, CASE s.stance WHEN 'denied' THEN 'DENIED' ELSE 'SAID' END, s.speaker_id, s.claim_id, s.article_id, s.evidence, s.start, s."end", s.date,
                   (SELECT json_group_array(r.entity_id) FROM statement_reporter r WHERE r.statement_id = s.id), NULL, s.rule
              FROM statement s{Both("s.speaker_id", "s.claim_id")}
            UNION ALL SELECT 'REPORTED_BY:' || r.claim_id || '->' || r.target_id, 'REPORTED_BY', r.claim_id, r.target_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
              FROM claim_reporter r{Both("r.claim_id", "r.target_id")}
            UNION ALL SELECT 'ABOUT:' || x.claim_id || '->' || x.entity_id, 'ABOUT', x.claim_id, x.entity_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
              FROM claim_about x{Both("x.claim_id", "x.entity_id")}
            UNION ALL SELECT 'MENTIONS:' || m.article_id || '->' || m.entity_id, 'MENTIONS', m.article_id, m.entity_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
              FROM mention m{Both("m.article_id", "m.entity_id")}
            UNION ALL SELECT 'PUBLISHED_BY:' || p.article_id || '->' || p.institution_id, 'PUBLISHED_BY', p.article_id, p.institution_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
              FROM published_by p{Both("p.article_id", "p.institution_id")}
            UNION ALL SELECT b.relation || ':' || b.person_id || '->' || b.institution_id, b.relation, b.person_id, b.institution_id, NULL, NULL, NULL, NULL, NULL, NULL, b.role, NULL
              FROM membership b{Both("b.person_id", "b.institution_id")}
            """;
    }

    /// <summary>(from, to) pairs for every relationship touching a node of the frontier, in either direction.</summary>
    public static string Neighbours(string frontierJson) => $"""
        WITH f(id) AS (SELECT value FROM json_each({frontierJson}))
        SELECT f.id, s.claim_id FROM f CROSS JOIN statement s ON s.speaker_id = f.id
        UNION ALL SELECT f.id, s.speaker_id FROM f CROSS JOIN statement s ON s.claim_id = f.id
        UNION ALL SELECT f.id, r.target_id FROM f CROSS JOIN claim_reporter r ON r.claim_id = f.id
        UNION ALL SELECT f.id, r.claim_id FROM f CROSS JOIN claim_reporter r ON r.target_id = f.id
        UNION ALL SELECT f.id, x.entity_id FROM f CROSS JOIN claim_about x ON x.claim_id = f.id
        UNION ALL SELECT f.id, x.claim_id FROM f CROSS JOIN claim_about x ON x.entity_id = f.id
        UNION ALL SELECT f.id, m.entity_id FROM f CROSS JOIN mention m ON m.article_id = f.id
        UNION ALL SELECT f.id, m.article_id FROM f CROSS JOIN mention m ON m.entity_id = f.id
        UNION ALL SELECT f.id, p.institution_id FROM f CROSS JOIN published_by p ON p.article_id = f.id
        UNION ALL SELECT f.id, p.article_id FROM f CROSS JOIN published_by p ON p.institution_id = f.id
        UNION ALL SELECT f.id, b.institution_id FROM f CROSS JOIN membership b ON b.person_id = f.id
        UNION ALL SELECT f.id, b.person_id FROM f CROSS JOIN membership b ON b.institution_id = f.id
        """;

    public static GraphNode EntityNode(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2),
        new Dictionary<string, string?>
        {
            ["aliases"] = string.Join('|', SqliteRows.Strings(r.GetString(3))),
            ["role"] = SqliteRows.NullableString(r, 4),
            ["country"] = SqliteRows.NullableString(r, 5),
        });

    public static GraphNode ClaimNode(SqliteDataReader r)
    {
        var said = r.GetInt32(2);
        var denied = r.GetInt32(3);
        return new GraphNode(r.GetString(0), GraphLabels.Claim, r.GetString(1), new Dictionary<string, string?>
        {
            ["saidCount"] = Text(said),
            ["deniedCount"] = Text(denied),
            ["corroboration"] = Text(r.GetInt32(4)),
            ["firstReported"] = SqliteRows.NullableString(r, 5),
            ["lastReported"] = SqliteRows.NullableString(r, 6),
            ["contested"] = said > 0 && denied > 0 ? "true" : "false",
        });
    }

    public static GraphNode ArticleNode(SqliteDataReader r) => new(
        r.GetString(0), GraphLabels.Article, SqliteRows.NullableString(r, 2) ?? r.GetString(1),
        new Dictionary<string, string?>
        {
            ["file"] = r.GetString(1),
            ["title"] = SqliteRows.NullableString(r, 2),
            ["publisher"] = SqliteRows.NullableString(r, 3),
            ["url"] = SqliteRows.NullableString(r, 4),
            ["publishedAt"] = SqliteRows.NullableString(r, 5),
            ["author"] = SqliteRows.NullableString(r, 6),
            ["contentHash"] = r.GetString(7),
        });

    public static GraphEdge Edge(SqliteDataReader r)
    {
        var type = r.GetString(1);
        var properties = new Dictionary<string, string?>();
        if (type is GraphLabels.Said or GraphLabels.Denied)
        {
            properties["stance"] = type == GraphLabels.Denied ? "denied" : "said";
            properties["articleId"] = r.GetString(4);
            properties["evidence"] = r.GetString(5);
            properties["start"] = Text(r.GetInt32(6));
            properties["end"] = Text(r.GetInt32(7));
            properties["date"] = SqliteRows.NullableString(r, 8);
            properties["reportedBy"] = string.Join('|', SqliteRows.Strings(r.GetString(9)));
            properties["rule"] = SqliteRows.NullableString(r, 11);
        }
        else if (type is GraphLabels.MemberOf or GraphLabels.Leads)
        {
            properties["role"] = SqliteRows.NullableString(r, 10);
        }

        return new GraphEdge(r.GetString(0), type, r.GetString(2), r.GetString(3), properties);
    }

    /// <summary>The label an id's prefix promises (<c>person:</c> → Person …), or null for an unknown prefix.</summary>
    public static string? LabelOf(string id) => id.Split(':', 2)[0] switch
    {
        "person" => GraphLabels.Person,
        "institution" => GraphLabels.Institution,
        "place" => GraphLabels.Place,
        "claim" => GraphLabels.Claim,
        "article" => GraphLabels.Article,
        _ => null,
    };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
