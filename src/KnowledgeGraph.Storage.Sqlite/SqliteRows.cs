using System.Text.Json;
using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Column lists and row readers for the port's records, so every query maps rows the same way.</summary>
internal static class SqliteRows
{
    public const string EntityColumns = "e.id, e.kind, e.name, e.aliases, e.role, e.country";
    public const string ClaimColumns = "c.id, c.text, c.said_count, c.denied_count, c.corroboration, c.first_reported, c.last_reported";
    public const string ArticleColumns = "a.id, a.file, a.title, a.publisher, a.url, a.published_at, a.author, a.content_hash";
    public const string StatementColumns =
        "s.id, s.speaker_id, s.stance, s.claim_id, s.article_id, s.evidence, s.start, s.\"end\", s.date, " +
        "(SELECT json_group_array(r.entity_id) FROM statement_reporter r WHERE r.statement_id = s.id), s.rule";

    public static EntityRecord Entity(SqliteDataReader r) => new(
        r.GetString(0), Enum.Parse<EntityKind>(r.GetString(1)), r.GetString(2), Strings(r.GetString(3)), NullableString(r, 4), NullableString(r, 5));

    public static ClaimRecord Claim(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), NullableString(r, 5));

    public static ArticleRecord Article(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), NullableString(r, 2), NullableString(r, 3), NullableString(r, 4), NullableString(r, 5), NullableString(r, 6), r.GetString(7));

    public static StatementRecord Statement(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), ParseStance(r.GetString(2)), r.GetString(3), r.GetString(4), r.GetString(5),
        r.GetInt32(6), r.GetInt32(7), NullableString(r, 8), Strings(r.GetString(9)))
    {
        Rule = NullableString(r, 10),
    };

    public static string StanceText(Stance stance) => stance switch
    {
        Stance.Said => "said",
        Stance.Denied => "denied",
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, $"The stance must be said or denied, got {stance}."),
    };

    public static Stance ParseStance(string text) => text == "denied" ? Stance.Denied : Stance.Said;

    public static string? NullableString(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    public static IReadOnlyList<string> Strings(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
}
