using KnowledgeGraph.Text;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Compiles the port's filters to SQL conditions. Values always go through <see cref="SqlArgs"/> placeholders;
/// the SQL text holds only fixed fragments. Aliases: <c>e</c> entity, <c>c</c> claim, <c>a</c> article, <c>s</c> statement.
/// </summary>
internal static class SqliteFilters
{
    private const int MaxNesting = 32;

    public static string Claim(ClaimFilter filter, SqlArgs args) => Claim(filter, args, 0);

    public static string Entity(EntityFilter filter, SqlArgs args) => Entity(filter, args, 0);

    public static string Statement(StatementFilter filter, SqlArgs args)
    {
        var parts = new List<string>();
        if (filter.SpeakerIds is not null)
        {
            parts.Add($"s.speaker_id IN {args.AddList(filter.SpeakerIds)}");
        }

        if (filter.ClaimIds is not null)
        {
            parts.Add($"s.claim_id IN {args.AddList(filter.ClaimIds)}");
        }

        if (filter.ArticleIds is not null)
        {
            parts.Add($"s.article_id IN {args.AddList(filter.ArticleIds)}");
        }

        if (filter.Stance is { } stance)
        {
            parts.Add($"s.stance = {args.Add(SqliteRows.StanceText(stance))}");
        }

        AddDates(parts, args, "s.date", filter.From, filter.To);
        return Join(parts, " AND ");
    }

    public static string Article(ArticleFilter filter, SqlArgs args)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(filter.TitleContains))
        {
            parts.Add($"instr(kg_fold(a.title), {args.Add(TextFold.Key(filter.TitleContains))}) > 0");
        }

        if (!string.IsNullOrWhiteSpace(filter.Publisher))
        {
            parts.Add($"a.publisher = {args.Add(filter.Publisher.Trim())} COLLATE NOCASE");
        }

        if (filter.MentionsId is not null)
        {
            parts.Add($"EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id AND m.entity_id = {args.Add(filter.MentionsId)})");
        }

        AddDates(parts, args, "a.published_at", filter.From, filter.To);
        return Join(parts, " AND ");
    }

    private static string Claim(ClaimFilter filter, SqlArgs args, int depth)
    {
        CheckDepth(depth);
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(filter.TextContains))
        {
            var text = args.Add(TextFold.Key(filter.TextContains));
            parts.Add($"(instr(c.folded, {text}) > 0 OR EXISTS (SELECT 1 FROM statement s WHERE s.claim_id = c.id AND instr(kg_fold(s.evidence), {text}) > 0))");
        }

        // Statement conditions must hold for one statement together, so they share one EXISTS.
        var statement = new List<string>();
        if (filter.SpeakerId is not null)
        {
            statement.Add($"s.speaker_id = {args.Add(filter.SpeakerId)}");
        }

        if (filter.Stance is { } stance)
        {
            statement.Add($"s.stance = {args.Add(SqliteRows.StanceText(stance))}");
        }

        if (filter.ArticleId is not null)
        {
            statement.Add($"s.article_id = {args.Add(filter.ArticleId)}");
        }

        AddDates(statement, args, "s.date", filter.From, filter.To);
        var publisher = !string.IsNullOrWhiteSpace(filter.Publisher);
        if (publisher)
        {
            statement.Add($"a.publisher = {args.Add(filter.Publisher!.Trim())} COLLATE NOCASE");
        }

        if (statement.Count > 0)
        {
            var join = publisher ? " JOIN article a ON a.id = s.article_id" : "";
            parts.Add($"EXISTS (SELECT 1 FROM statement s{join} WHERE s.claim_id = c.id AND {string.Join(" AND ", statement)})");
        }

        if (filter.AboutId is not null)
        {
            parts.Add($"EXISTS (SELECT 1 FROM claim_about x WHERE x.claim_id = c.id AND x.entity_id = {args.Add(filter.AboutId)})");
        }

        if (filter.ReportedById is not null)
        {
            parts.Add($"EXISTS (SELECT 1 FROM claim_reporter x WHERE x.claim_id = c.id AND x.target_id = {args.Add(filter.ReportedById)})");
        }

        if (filter.Contested is { } contested)
        {
            parts.Add(contested ? "(c.said_count > 0 AND c.denied_count > 0)" : "NOT (c.said_count > 0 AND c.denied_count > 0)");
        }

        AddNested(parts, filter.And, filter.Or, filter.Not, f => Claim(f, args, depth + 1));
        return Join(parts, " AND ");
    }

    private static string Entity(EntityFilter filter, SqlArgs args, int depth)
    {
        CheckDepth(depth);
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(filter.NameContains))
        {
            parts.Add($"instr(e.folded, {args.Add(TextFold.Key(filter.NameContains))}) > 0");
        }

        if (filter.Kinds is { Count: > 0 } kinds)
        {
            parts.Add($"e.kind IN {args.AddList(kinds.Select(k => k.ToString()))}");
        }

        AddNested(parts, filter.And, filter.Or, filter.Not, f => Entity(f, args, depth + 1));
        return Join(parts, " AND ");
    }

    /// <summary>And/Or lists that are null or empty set no condition; Not negates its filter.</summary>
    private static void AddNested<T>(List<string> parts, IReadOnlyList<T>? and, IReadOnlyList<T>? or, T? not, Func<T, string> compile)
        where T : class
    {
        if (and is { Count: > 0 })
        {
            parts.Add("(" + string.Join(" AND ", and.Select(compile)) + ")");
        }

        if (or is { Count: > 0 })
        {
            parts.Add("(" + string.Join(" OR ", or.Select(compile)) + ")");
        }

        if (not is not null)
        {
            parts.Add($"NOT ({compile(not)})");
        }
    }

    private static void AddDates(List<string> parts, SqlArgs args, string column, string? from, string? to)
    {
        if (!string.IsNullOrWhiteSpace(from))
        {
            parts.Add($"{column} >= {args.Add(from.Trim())}");
        }

        if (!string.IsNullOrWhiteSpace(to))
        {
            parts.Add($"{column} <= {args.Add(to.Trim())}");
        }
    }

    private static void CheckDepth(int depth)
    {
        if (depth > MaxNesting)
        {
            throw new ArgumentException($"Filters may nest at most {MaxNesting} levels deep.");
        }
    }

    private static string Join(List<string> parts, string separator) => parts.Count == 0 ? "1" : "(" + string.Join(separator, parts) + ")";
}
