using System.Text.Json;
using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Column lists and row readers for the port's records, so every query maps rows the same way. Readers find their
/// columns by result name (<see cref="ColumnOrdinals"/>): a column list may be reordered or extended freely.
/// </summary>
internal static class SqliteRows
{
    public const string EntityColumns = "e.id, e.kind, e.name, e.aliases, e.role, e.country";
    public const string ClaimColumns = "c.id, c.text, c.said_count, c.denied_count, c.corroboration, c.first_reported, c.last_reported";
    public const string ArticleColumns = "a.id, a.file, a.title, a.publisher, a.url, a.published_at, a.author, a.content_hash";
    public const string StatementColumns =
        "s.id, s.speaker_id, s.stance, s.claim_id, s.article_id, s.evidence, s.start, s.\"end\", s.date, " +
        "(SELECT json_group_array(r.entity_id) FROM statement_reporter r WHERE r.statement_id = s.id) AS reported_by, s.rule";

    /// <summary>A statement's claim read in the same row (<c>LEFT JOIN claim c</c>), named apart from the statement's own columns.</summary>
    public const string JoinedClaimColumns =
        "c.id AS claim_row_id, c.text AS claim_text, c.said_count AS claim_said_count, c.denied_count AS claim_denied_count, " +
        "c.corroboration AS claim_corroboration, c.first_reported AS claim_first_reported";

    private static readonly ColumnOrdinals EntityOrdinals = new("id", "kind", "name", "aliases", "role", "country");
    private static readonly ColumnOrdinals ClaimOrdinals = new("id", "text", "said_count", "denied_count", "corroboration", "first_reported");
    private static readonly ColumnOrdinals JoinedClaimOrdinals =
        new("claim_row_id", "claim_text", "claim_said_count", "claim_denied_count", "claim_corroboration", "claim_first_reported");
    private static readonly ColumnOrdinals ArticleOrdinals = new("id", "file", "title", "publisher", "url", "published_at", "author", "content_hash");
    private static readonly ColumnOrdinals StatementOrdinals =
        new("id", "speaker_id", "stance", "claim_id", "article_id", "evidence", "start", "end", "date", "reported_by", "rule");

    public static EntityRecord Entity(SqliteDataReader r)
    {
        var o = EntityOrdinals.Of(r);
        return new(r.GetString(o[0]), Enum.Parse<EntityKind>(r.GetString(o[1])), r.GetString(o[2]), Strings(r.GetString(o[3])), NullableString(r, o[4]), NullableString(r, o[5]));
    }

    public static ClaimRecord Claim(SqliteDataReader r)
    {
        var o = ClaimOrdinals.Of(r);
        return new(r.GetString(o[0]), r.GetString(o[1]), r.GetInt32(o[2]), r.GetInt32(o[3]), r.GetInt32(o[4]), NullableString(r, o[5]));
    }

    /// <summary>The claim of <see cref="JoinedClaimColumns"/>; null when the row has none.</summary>
    public static ClaimRecord? JoinedClaim(SqliteDataReader r)
    {
        var o = JoinedClaimOrdinals.Of(r);
        return r.IsDBNull(o[0]) ? null : new(r.GetString(o[0]), r.GetString(o[1]), r.GetInt32(o[2]), r.GetInt32(o[3]), r.GetInt32(o[4]), NullableString(r, o[5]));
    }

    public static ArticleRecord Article(SqliteDataReader r)
    {
        var o = ArticleOrdinals.Of(r);
        return new(r.GetString(o[0]), r.GetString(o[1]), NullableString(r, o[2]), NullableString(r, o[3]), NullableString(r, o[4]), NullableString(r, o[5]),
            NullableString(r, o[6]), r.GetString(o[7]));
    }

    public static StatementRecord Statement(SqliteDataReader r)
    {
        var o = StatementOrdinals.Of(r);
        return new(r.GetString(o[0]), r.GetString(o[1]), ParseStance(r.GetString(o[2])), r.GetString(o[3]), r.GetString(o[4]), r.GetString(o[5]),
            r.GetInt32(o[6]), r.GetInt32(o[7]), NullableString(r, o[8]), Strings(r.GetString(o[9])))
        {
            Rule = NullableString(r, o[10]),
        };
    }

    public static string StanceText(Stance stance) => stance switch
    {
        Stance.Said => "said",
        Stance.Denied => "denied",
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, $"The stance must be said or denied, got {stance}."),
    };

    public static Stance ParseStance(string text) => text == "denied" ? Stance.Denied : Stance.Said;

    public static string? NullableString(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    // Most statements name no intermediary and many entities no alias: an empty array needs no parser.
    public static IReadOnlyList<string> Strings(string json) => json == "[]" ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}
