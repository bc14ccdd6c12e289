using System.Globalization;
using GraphQL;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Inputs;

/// <summary>Turns where inputs into store filters, resolving names to ids and checking dates.</summary>
public static class WhereMapper
{
    /// <summary>Maps a claim condition tree; null maps to the empty filter.</summary>
    public static Task<ClaimFilter> ToFilterAsync(IResolveFieldContext context, ClaimWhere? where)
    {
        WhereLimits.Check(where);
        return MapAsync(context, where);
    }

    /// <summary>Maps an entity condition tree; null maps to the empty filter. <c>kind</c> and <c>kinds</c> together must both hold.</summary>
    public static EntityFilter ToFilter(EntityWhere? where)
    {
        WhereLimits.Check(where);
        return Map(where);
    }

    private static async Task<ClaimFilter> MapAsync(IResolveFieldContext context, ClaimWhere? where)
    {
        if (where is null)
        {
            return new ClaimFilter();
        }

        return new ClaimFilter
        {
            TextContains = where.TextContains,
            SpeakerId = await context.ResolveEntityIdAsync("where.speaker", where.Speaker).ConfigureAwait(false),
            Stance = where.Stance,
            AboutId = await context.ResolveEntityIdAsync("where.about", where.About).ConfigureAwait(false),
            ReportedById = await context.ResolveEntityIdAsync("where.reportedBy", where.ReportedBy).ConfigureAwait(false),
            Publisher = where.Publisher,
            ArticleId = where.Article,
            From = CheckDate("where.from", where.From),
            To = CheckDate("where.to", where.To),
            Contested = where.Contested,
            And = where.And is null ? null : await MapAllAsync(context, where.And).ConfigureAwait(false),
            Or = where.Or is null ? null : await MapAllAsync(context, where.Or).ConfigureAwait(false),
            Not = where.Not is null ? null : await MapAsync(context, where.Not).ConfigureAwait(false),
        };
    }

    private static EntityFilter Map(EntityWhere? where)
    {
        if (where is null)
        {
            return new EntityFilter();
        }

        var and = where.And?.Select(Map).ToList() ?? [];
        if (where.Kind is { } kind)
        {
            and.Add(new EntityFilter { Kinds = [kind] });
        }

        return new EntityFilter
        {
            NameContains = where.NameContains,
            Kinds = where.Kinds,
            And = and.Count == 0 ? null : and,
            Or = where.Or?.Select(Map).ToList(),
            Not = where.Not is null ? null : Map(where.Not),
        };
    }

    /// <summary>Maps article conditions, resolving the mentioned entity.</summary>
    public static async Task<ArticleFilter> ToFilterAsync(IResolveFieldContext context, ArticleWhere? where) => where is null ? new ArticleFilter() : new ArticleFilter
    {
        TitleContains = where.TitleContains,
        Publisher = where.Publisher,
        From = CheckDate("where.from", where.From),
        To = CheckDate("where.to", where.To),
        MentionsId = await context.ResolveEntityIdAsync("where.mentions", where.Mentions).ConfigureAwait(false),
    };

    /// <summary>Returns the value when it is an ISO date (yyyy-MM-dd); throws BAD_ARGUMENT naming the argument otherwise.</summary>
    public static string? CheckDate(string argument, string? value) =>
        value is null || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? value
            : throw ApiError.Create(ErrorCodes.BadArgument, $"The argument '{argument}' must be an ISO date such as 2026-02-01, got '{value}'.");

    private static async Task<IReadOnlyList<ClaimFilter>> MapAllAsync(IResolveFieldContext context, List<ClaimWhere> items)
    {
        var filters = new List<ClaimFilter>(items.Count);
        foreach (var item in items)
        {
            filters.Add(await MapAsync(context, item).ConfigureAwait(false));
        }

        return filters;
    }
}
