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
        AddIds(parts, args, "s.speaker_id", filter.SpeakerIds);
        AddIds(parts, args, "s.claim_id", filter.ClaimIds);
        AddIds(parts, args, "s.article_id", filter.ArticleIds);

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
        if (Contains(filter.TitleContains, args, "a.title_key", "a.title") is { } title)
        {
            parts.Add(title);
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
        if (Contains(filter.TextContains, args, "c.folded", "c.text") is { } inText)
        {
            var inEvidence = Contains(filter.TextContains, args, "kg_fold(s.evidence)", "s.evidence");
            parts.Add($"({inText} OR EXISTS (SELECT 1 FROM statement s WHERE s.claim_id = c.id AND {inEvidence}))");
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
        if (Contains(filter.NameContains, args, "e.folded", "e.name || char(31) || e.alias_text") is { } name)
        {
            parts.Add(name);
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

    /// <summary>
    /// A text condition: the matching keys contain the filter's key (case, accents and punctuation runs ignored), and when
    /// the filter holds characters other than letters, digits and spaces (%, _, \, -, …) the lower-cased text contains
    /// the lower-cased filter literally. Nothing is a wildcard. Null when the filter is not set.
    /// </summary>
    /// <param name="filter">The filter text.</param>
    /// <param name="args">Collects the values.</param>
    /// <param name="keyColumn">SQL giving the text's matching key (TextFold.Key).</param>
    /// <param name="textColumn">SQL giving the text itself.</param>
    public static string? Contains(string? filter, SqlArgs args, string keyColumn, string textColumn)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return null;
        }

        var parts = new List<string>(2);
        var key = TextFold.Key(filter);
        if (key.Length > 0)
        {
            parts.Add($"instr({keyColumn}, {args.Add(key)}) > 0");
        }

        if (Literal(filter) is { } literal)
        {
            parts.Add($"instr(kg_lower({textColumn}), {args.Add(literal)}) > 0");
        }

        return "(" + string.Join(" AND ", parts) + ")";
    }

    /// <summary>The lower-cased, trimmed filter when it holds a character other than a letter, digit or space; else null.</summary>
    public static string? Literal(string filter) =>
        filter.Any(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c)) ? filter.Trim().ToLowerInvariant() : null;

    /// <summary>True when the filter sets no condition (nested And lists of empty filters included).</summary>
    public static bool IsEmpty(ClaimFilter filter) =>
        string.IsNullOrWhiteSpace(filter.TextContains) && filter.SpeakerId is null && filter.Stance is null && filter.AboutId is null
        && filter.ReportedById is null && string.IsNullOrWhiteSpace(filter.Publisher) && filter.ArticleId is null
        && string.IsNullOrWhiteSpace(filter.From) && string.IsNullOrWhiteSpace(filter.To) && filter.Contested is null
        && NestedEmpty(filter.And, filter.Or, filter.Not, IsEmpty);

    /// <summary>True when the filter asks for contested claims and nothing else (the API's contestedClaims without a where).</summary>
    public static bool IsContestedOnly(ClaimFilter filter) =>
        filter.Contested == true && IsEmpty(filter with { Contested = null });

    /// <inheritdoc cref="IsEmpty(ClaimFilter)"/>
    public static bool IsEmpty(EntityFilter filter) =>
        string.IsNullOrWhiteSpace(filter.NameContains) && filter.Kinds is not { Count: > 0 } && NestedEmpty(filter.And, filter.Or, filter.Not, IsEmpty);

    /// <inheritdoc cref="IsEmpty(ClaimFilter)"/>
    public static bool IsEmpty(ArticleFilter filter) =>
        string.IsNullOrWhiteSpace(filter.TitleContains) && string.IsNullOrWhiteSpace(filter.Publisher) && filter.MentionsId is null
        && string.IsNullOrWhiteSpace(filter.From) && string.IsNullOrWhiteSpace(filter.To);

    private static bool NestedEmpty<T>(IReadOnlyList<T>? and, IReadOnlyList<T>? or, T? not, Func<T, bool> isEmpty)
        where T : class =>
        not is null && or is not { Count: > 0 } && (and is null || and.All(isEmpty));

    private static void AddIds(List<string> parts, SqlArgs args, string column, IReadOnlyList<string>? ids)
    {
        if (ids is null)
        {
            return;
        }

        // One id as an equality: an IN over a sub-select hides the index order from the ORDER BY.
        parts.Add(ids.Count == 1 ? $"{column} = {args.Add(ids[0])}" : $"{column} IN {args.AddList(ids)}");
    }

    private static void AddDates(List<string> parts, SqlArgs args, string column, string? from, string? to)
    {
        if (!string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to))
        {
            // Implied by any range, and lets the date-ordered indexes (undated last) seek on it.
            parts.Add($"({column} IS NULL) = 0");
        }

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
