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

    /// <summary>
    /// For each node of the JSON array <paramref name="frontierJson"/>, at most <paramref name="perArm"/> relationships of
    /// each arm below, in either direction: from, to, type, statement id (null for other types), 1 when from is the
    /// relationship's source, arm number, the statement's date (null for other types). The statement arms' rows do not
    /// come newest first (their IN lists are sets): the reader sorts each node's list. Every arm is an index seek per node cut at its LIMIT (the frontier drives every join: CROSS JOIN fixes the order;
    /// SAID/DENIED a correlated <c>IN (… LIMIT k)</c> of statement rows, the index-only arms one range up to their k-th
    /// item, <see cref="Nth"/>), so a hub costs no more than any other node. SAID/DENIED are read newest first (undated
    /// statements before them: the page indexes read backwards); the others in id order. Arms only run for nodes of the
    /// label they apply to.
    /// </summary>
    public static string CappedNeighbours(string frontierJson, string perArm)
    {
        const string Newest = "ORDER BY x.date IS NULL DESC, x.date DESC, x.id DESC";
        return $"""
            WITH f(id, kind) AS MATERIALIZED (
                SELECT value, CASE substr(value, 1, instr(value, ':') - 1) WHEN 'claim' THEN 'c' WHEN 'article' THEN 'a' ELSE 'e' END FROM json_each({frontierJson}))
            SELECT f.id, s.claim_id, 'DENIED', s.id, 1, 0, s.date FROM f CROSS JOIN statement s
                ON f.kind = 'e' AND s.n IN (SELECT x.n FROM statement x WHERE x.speaker_id = f.id AND x.stance = 'denied' {Newest} LIMIT {perArm})
            UNION ALL SELECT f.id, s.claim_id, 'SAID', s.id, 1, 1, s.date FROM f CROSS JOIN statement s
                ON f.kind = 'e' AND s.n IN (SELECT x.n FROM statement x WHERE x.speaker_id = f.id AND x.stance = 'said' {Newest} LIMIT {perArm})
            UNION ALL SELECT f.id, s.speaker_id, CASE s.stance WHEN 'denied' THEN 'DENIED' ELSE 'SAID' END, s.id, 0, 2, s.date FROM f CROSS JOIN statement s
                ON f.kind = 'c' AND s.n IN (SELECT x.n FROM statement x WHERE x.claim_id = f.id {Newest} LIMIT {perArm})
            UNION ALL SELECT f.id, b.institution_id, b.relation, NULL, 1, 3, NULL FROM f CROSS JOIN membership b
                ON f.kind = 'e' AND b.person_id = f.id AND (b.relation, b.institution_id) IN (
                    SELECT x.relation, x.institution_id FROM membership x WHERE x.person_id = f.id ORDER BY 1, 2 LIMIT {perArm})
            UNION ALL SELECT f.id, b.person_id, b.relation, NULL, 0, 4, NULL FROM f CROSS JOIN membership b
                ON f.kind = 'e' AND b.institution_id = f.id AND (b.person_id, b.relation) IN (
                    SELECT x.person_id, x.relation FROM membership x WHERE x.institution_id = f.id ORDER BY 1, 2 LIMIT {perArm})
            UNION ALL SELECT f.id, x.entity_id, 'ABOUT', NULL, 1, 5, NULL FROM f CROSS JOIN claim_about x
                ON f.kind = 'c' AND x.claim_id = f.id AND x.entity_id <= {Nth("y.entity_id", "claim_about y WHERE y.claim_id = f.id", perArm)}
            UNION ALL SELECT f.id, x.claim_id, 'ABOUT', NULL, 0, 6, NULL FROM f CROSS JOIN claim_about x
                ON f.kind = 'e' AND x.entity_id = f.id AND x.claim_id <= {Nth("y.claim_id", "claim_about y WHERE y.entity_id = f.id", perArm)}
            UNION ALL SELECT f.id, r.target_id, 'REPORTED_BY', NULL, 1, 7, NULL FROM f CROSS JOIN claim_reporter r
                ON f.kind = 'c' AND r.claim_id = f.id AND r.target_id <= {Nth("y.target_id", "claim_reporter y WHERE y.claim_id = f.id", perArm)}
            UNION ALL SELECT f.id, r.claim_id, 'REPORTED_BY', NULL, 0, 8, NULL FROM f CROSS JOIN claim_reporter r
                ON f.kind <> 'c' AND r.target_id = f.id AND r.claim_id <= {Nth("y.claim_id", "claim_reporter y WHERE y.target_id = f.id", perArm)}
            UNION ALL SELECT f.id, p.institution_id, 'PUBLISHED_BY', NULL, 1, 9, NULL FROM f CROSS JOIN published_by p
                ON f.kind = 'a' AND p.article_id = f.id
            UNION ALL SELECT f.id, p.article_id, 'PUBLISHED_BY', NULL, 0, 10, NULL FROM f CROSS JOIN published_by p
                ON f.kind = 'e' AND p.institution_id = f.id AND p.article_id <= {Nth("y.article_id", "published_by y WHERE y.institution_id = f.id", perArm)}
            UNION ALL SELECT f.id, m.entity_id, 'MENTIONS', NULL, 1, 11, NULL FROM f CROSS JOIN mention m
                ON f.kind = 'a' AND m.article_id = f.id AND m.entity_id <= {Nth("y.entity_id", "mention y WHERE y.article_id = f.id", perArm)}
            UNION ALL SELECT f.id, m.article_id, 'MENTIONS', NULL, 0, 12, NULL FROM f CROSS JOIN mention m
                ON f.kind = 'e' AND m.entity_id = f.id AND m.article_id <= {Nth("y.article_id", "mention y WHERE y.entity_id = f.id", perArm)}
            """;
    }

    /// <summary>
    /// The <paramref name="n"/>th smallest <paramref name="column"/> of <paramref name="rows"/> (an index-ordered list of
    /// one node), or a text above every id when the list is shorter: <c>x &lt;= Nth(…)</c> keeps the list's first n items as
    /// one range of the index, where <c>x IN (… LIMIT n)</c> would seek once more for each of them.
    /// </summary>
    private static string Nth(string column, string rows, string n) =>
        $"coalesce((SELECT {column} FROM {rows} ORDER BY 1 LIMIT 1 OFFSET {n} - 1), {AboveEveryId})";

    /// <summary>U+10FFFF as UTF-8: sorts after every id (BINARY collation compares bytes).</summary>
    private const string AboveEveryId = "CAST(x'f48fbfbf' AS TEXT)";

    /// <summary>The arms of <see cref="CappedNeighbours"/> numbered up to this one read statements (SAID/DENIED).</summary>
    public const int LastStatementArm = 2;

    /// <summary>Number of arms of <see cref="CappedNeighbours"/>.</summary>
    public const int NeighbourArms = 13;

    /// <summary>SAID/DENIED edges by statement id, in the column layout of <see cref="Edges"/>.</summary>
    public static string StatementEdges(string ids) => $"""
        SELECT s.id, CASE s.stance WHEN 'denied' THEN 'DENIED' ELSE 'SAID' END, s.speaker_id, s.claim_id, s.article_id, s.evidence, s.start, s."end", s.date,
               (SELECT json_group_array(r.entity_id) FROM statement_reporter r WHERE r.statement_id = s.id), NULL, s.rule
          FROM statement s WHERE s.id IN {ids}
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
