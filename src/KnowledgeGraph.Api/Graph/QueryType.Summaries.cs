using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Inputs;
using KnowledgeGraph.Api.Graph.Loading;
using KnowledgeGraph.Api.Graph.Types;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph;

/// <summary>Timeline and statistics fields.</summary>
public sealed partial class QueryType
{
    private void AddSummaries()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("timeline")
            .Description("Statements in date order (then article and position), optionally for one speaker, one speaker country, one stance and a date range.")
            .Argument<StringGraphType>("speaker", "Only this speaker: an entity id or a name.")
            .Argument<StringGraphType>("speakerCountry", "Only speakers whose country is this (case-insensitive), e.g. Cuba.")
            .Argument<StanceType>("stance", "Only this stance.")
            .Argument<StringGraphType>("from", "Dated on or after this ISO date (yyyy-MM-dd).")
            .Argument<StringGraphType>("to", "Dated on or before this ISO date (yyyy-MM-dd).")
            .Argument<IntGraphType>("first", $"Most statements to return (1–{GraphQLLimits.MaxPageSize}).", a => a.DefaultValue = 50)
            .ResolveAsync(async c =>
            {
                var first = CheckRange(c, "first", 1, GraphQLLimits.MaxPageSize, ErrorCodes.PageSizeExceeded);
                var filter = await StatementFilterAsync(c);
                var country = c.GetArgument<string?>("speakerCountry");
                var store = c.Store();
                if (string.IsNullOrWhiteSpace(country))
                {
                    return (await store.QueryStatementsAsync(filter, new PageRequest(0, first), c.CancellationToken)).Items;
                }

                // The port has no country filter on statements: filter on the speakers, in two store calls.
                var all = (await store.QueryStatementsAsync(filter, new PageRequest(0, GraphLoaders.NestedStatementLimit), c.CancellationToken)).Items;
                var speakers = await store.GetEntitiesAsync([.. all.Select(s => s.SpeakerId).Distinct()], c.CancellationToken);
                var matching = speakers.Where(e => string.Equals(e.Country, country.Trim(), StringComparison.OrdinalIgnoreCase)).Select(e => e.Id).ToHashSet();
                return all.Where(s => matching.Contains(s.SpeakerId)).Take(first).ToList();
            });

        Field<NonNullGraphType<StatsType>>("stats")
            .Description("Counts of the whole graph, and statement counts by stance, speaker, publisher and day (optionally filtered).")
            .Argument<StringGraphType>("speaker", "Only statements by this speaker (id or name) in the breakdowns.")
            .Argument<StanceType>("stance", "Only statements with this stance in the breakdowns.")
            .Argument<StringGraphType>("from", "Only statements dated on or after this ISO date in the breakdowns.")
            .Argument<StringGraphType>("to", "Only statements dated on or before this ISO date in the breakdowns.")
            .ResolveAsync(async c =>
            {
                var filter = await StatementFilterAsync(c);
                var store = c.Store();
                var counts = await store.GetCountsAsync(c.CancellationToken);
                var cancellationToken = c.CancellationToken;
                return new GraphStats(counts, () => store.GetBreakdownAsync(filter, cancellationToken));
            });
    }

    private static async Task<StatementFilter> StatementFilterAsync(IResolveFieldContext c)
    {
        var speaker = await c.ResolveEntityIdAsync("speaker", c.GetArgument<string?>("speaker"));
        return new StatementFilter
        {
            SpeakerIds = speaker is null ? null : [speaker],
            Stance = c.GetArgument<Stance?>("stance"),
            From = WhereMapper.CheckDate("from", c.GetArgument<string?>("from")),
            To = WhereMapper.CheckDate("to", c.GetArgument<string?>("to")),
        };
    }
}
