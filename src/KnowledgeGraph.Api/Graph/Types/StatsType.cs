using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Paging;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for <see cref="GraphStats"/>.</summary>
public sealed class StatsType : ObjectGraphType<GraphStats>
{
    /// <summary>Declares the fields.</summary>
    public StatsType()
    {
        Name = "Stats";
        Description = "Counts of the whole graph, and of the matching statements by stance, speaker, publisher and day.";
        Field<NonNullGraphType<IntGraphType>>("articles").Description("Article nodes.").Resolve(c => c.Source.Counts.Articles);
        Field<NonNullGraphType<IntGraphType>>("entities").Description("Entity nodes (people, institutions, places).").Resolve(c => c.Source.Counts.Entities);
        Field<NonNullGraphType<IntGraphType>>("people").Description("Person nodes.").Resolve(c => c.Source.Counts.People);
        Field<NonNullGraphType<IntGraphType>>("institutions").Description("Institution nodes.").Resolve(c => c.Source.Counts.Institutions);
        Field<NonNullGraphType<IntGraphType>>("places").Description("Place nodes.").Resolve(c => c.Source.Counts.Places);
        Field<NonNullGraphType<IntGraphType>>("claims").Description("Claim nodes.").Resolve(c => c.Source.Counts.Claims);
        Field<NonNullGraphType<IntGraphType>>("statements").Description("SAID and DENIED edges.").Resolve(c => c.Source.Counts.Statements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountBucketType>>>>("byStance").Description("Matching statements per stance (said, denied).")
            .ResolveAsync(async c => (await c.Source.Breakdown).ByStance);
        Buckets("bySpeaker", "Matching statements per speaker, most first.", b => b.BySpeaker);
        Buckets("byPublisher", "Matching statements per publisher of their article, most first.", b => b.ByPublisher);
        Buckets("byDay", "Matching statements per day, in date order (narrow with from/to to see later days).", b => b.ByDay);
    }

    private void Buckets(string name, string description, Func<StatementBreakdown, IReadOnlyList<CountBucket>> select) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountBucketType>>>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", $"Most buckets to return (0–{GraphQLLimits.MaxPageSize}).", a => a.DefaultValue = PageArguments.DefaultPageSize)
            .ResolveAsync(async c =>
            {
                var first = PageArguments.CheckSize(c, "first") ?? PageArguments.DefaultPageSize;
                return select(await c.Source.Breakdown).Take(first).ToList();
            });
}
