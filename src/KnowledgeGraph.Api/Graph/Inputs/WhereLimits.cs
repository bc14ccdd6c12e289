namespace KnowledgeGraph.Api.Graph.Inputs;

/// <summary>
/// Bounds on a <c>where</c> tree, checked before any of it reaches a store: every condition is work (a text
/// condition scans claims and evidence), so an <c>or</c> of 200 <c>textContains</c> or a tree nested 100 deep is
/// refused with FILTER_TOO_COMPLEX and a message naming the limit, not run until the timeout.
/// </summary>
public static class WhereLimits
{
    /// <summary>Deepest nesting of and/or/not.</summary>
    public const int MaxDepth = 5;

    /// <summary>Most conditions (set fields, counted over the whole tree).</summary>
    public const int MaxConditions = 20;

    /// <summary>Most text conditions (textContains, nameContains), each a scan of the texts.</summary>
    public const int MaxTextConditions = 5;

    /// <summary>Checks a claim tree; throws FILTER_TOO_COMPLEX naming the limit it passes.</summary>
    public static void Check(ClaimWhere? where) => Check(where, w => (
        Conditions: Count(w.TextContains, w.Speaker, w.Stance, w.About, w.ReportedBy, w.Publisher, w.Article, w.From, w.To, w.Contested),
        Text: w.TextContains is null ? 0 : 1,
        Children: [.. w.And ?? [], .. w.Or ?? [], .. w.Not is null ? [] : new[] { w.Not }]));

    /// <summary>Checks an entity tree; throws FILTER_TOO_COMPLEX naming the limit it passes.</summary>
    public static void Check(EntityWhere? where) => Check(where, w => (
        Conditions: Count(w.NameContains, w.Kind, w.Kinds),
        Text: w.NameContains is null ? 0 : 1,
        Children: [.. w.And ?? [], .. w.Or ?? [], .. w.Not is null ? [] : new[] { w.Not }]));

    private static void Check<T>(T? root, Func<T, (int Conditions, int Text, List<T> Children)> parts)
        where T : class
    {
        if (root is null)
        {
            return;
        }

        int conditions = 0, text = 0;
        var stack = new Stack<(T Node, int Depth)>([(root, 0)]);
        while (stack.TryPop(out var item))
        {
            if (item.Depth > MaxDepth)
            {
                throw Refuse($"The argument 'where' nests and/or/not more than {MaxDepth} levels deep; at most {MaxDepth} are allowed.");
            }

            var (c, t, children) = parts(item.Node);
            conditions += c;
            text += t;
            if (conditions > MaxConditions)
            {
                throw Refuse($"The argument 'where' holds more than {MaxConditions} conditions; at most {MaxConditions} are allowed. Split the question into several queries.");
            }

            if (text > MaxTextConditions)
            {
                throw Refuse($"The argument 'where' holds more than {MaxTextConditions} text conditions (textContains, nameContains); at most {MaxTextConditions} are allowed, each one reads every text.");
            }

            foreach (var child in children)
            {
                stack.Push((child, item.Depth + 1));
            }
        }
    }

    private static int Count(params object?[] values) => values.Count(v => v is not null);

    private static GraphQL.ExecutionError Refuse(string message) => ApiError.Create(ErrorCodes.FilterTooComplex, message);
}
