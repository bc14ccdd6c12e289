using System.Text;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Paging;

/// <summary>Maps Relay arguments (<c>first</c>/<c>after</c>, <c>last</c>/<c>before</c>) onto store offsets.</summary>
public static class PageArguments
{
    /// <summary>Page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public const int DefaultPageSize = 20;

    private const string CursorPrefix = "offset:";

    /// <summary>Adds the four Relay arguments, described, to a connection field.</summary>
    public static void AddTo(FieldType field)
    {
        field.Arguments ??= new QueryArguments();
        field.Arguments.Add(new QueryArgument<IntGraphType> { Name = "first", Description = $"Return the first n items after `after` (at most {GraphQLLimits.MaxPageSize}; default {DefaultPageSize})." });
        field.Arguments.Add(new QueryArgument<StringGraphType> { Name = "after", Description = "Cursor of the item the window starts after (an edge's `cursor` or `pageInfo.endCursor`)." });
        field.Arguments.Add(new QueryArgument<IntGraphType> { Name = "last", Description = $"Return the last n items before `before` (at most {GraphQLLimits.MaxPageSize})." });
        field.Arguments.Add(new QueryArgument<StringGraphType> { Name = "before", Description = "Cursor of the item the window ends before (an edge's `cursor` or `pageInfo.startCursor`)." });
    }

    /// <summary>Encodes an offset as an opaque cursor.</summary>
    public static string ToCursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(CursorPrefix + offset.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// Runs a windowed store query for the field's Relay arguments and wraps the result as a connection.
    /// With <c>last</c> and no <c>before</c>, one extra call counts the matches first.
    /// </summary>
    public static async Task<Connection<T>> ResolveAsync<T>(IResolveFieldContext context, Func<PageRequest, CancellationToken, Task<Page<T>>> query)
    {
        var first = CheckSize(context, "first");
        var last = CheckSize(context, "last");
        var after = ParseCursor(context, "after");
        var before = ParseCursor(context, "before");
        var ct = context.CancellationToken;

        var start = after is null ? 0 : after.Value + 1;
        int? end = before;
        if (last is not null && end is null)
        {
            end = (await query(new PageRequest(0, 0), ct).ConfigureAwait(false)).TotalCount;
        }

        if (first is null && last is null)
        {
            first = DefaultPageSize;
        }

        var windowEnd = end ?? int.MaxValue;
        if (first is not null)
        {
            windowEnd = (int)Math.Min(windowEnd, (long)start + first.Value);
        }

        if (last is not null)
        {
            start = Math.Max(start, windowEnd - last.Value);
        }

        var limit = Math.Max(0, windowEnd - start);
        var page = await query(new PageRequest(start, limit), ct).ConfigureAwait(false);
        var edges = page.Items.Select((item, i) => new Edge<T>(start + i, item)).ToList();
        var info = new PageInfo(
            HasNextPage: start + edges.Count < page.TotalCount,
            HasPreviousPage: start > 0,
            StartOffset: edges.Count == 0 ? null : edges[0].Offset,
            EndOffset: edges.Count == 0 ? null : edges[^1].Offset);
        return new Connection<T>(edges, info, page.TotalCount);
    }

    /// <summary>The page size argument <paramref name="name"/>: null when absent; BAD_ARGUMENT below zero, PAGE_SIZE_EXCEEDED above the cap.</summary>
    public static int? CheckSize(IResolveFieldContext context, string name)
    {
        var value = context.GetArgument<int?>(name);
        if (value is < 0)
        {
            throw ApiError.Create(ErrorCodes.BadArgument, $"The argument '{name}' must be zero or more, got {value}.");
        }

        if (value > GraphQLLimits.MaxPageSize)
        {
            throw ApiError.Create(ErrorCodes.PageSizeExceeded, $"The argument '{name}' asks for {value} items; pages hold at most {GraphQLLimits.MaxPageSize}. Page through with 'after' or 'before'.");
        }

        return value;
    }

    /// <summary>The offset a cursor argument holds; null when absent; BAD_ARGUMENT when it is not one of ours.</summary>
    public static int? ParseCursor(IResolveFieldContext context, string name)
    {
        var cursor = context.GetArgument<string?>(name);
        if (cursor is null)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(CursorPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the plain error below.
        }

        throw ApiError.Create(ErrorCodes.BadArgument, $"The argument '{name}' is not a cursor from this API, got '{cursor}'.");
    }
}
