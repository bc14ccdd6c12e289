using GraphQL.Types;

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountBucketType>>>>("byStance").Description("Matching statements per stance (said, denied).").Resolve(c => c.Source.Breakdown.ByStance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountBucketType>>>>("bySpeaker").Description("Matching statements per speaker, most first.").Resolve(c => c.Source.Breakdown.BySpeaker);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountBucketType>>>>("byPublisher").Description("Matching statements per publisher of their article, most first.").Resolve(c => c.Source.Breakdown.ByPublisher);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountBucketType>>>>("byDay").Description("Matching statements per day, in date order.").Resolve(c => c.Source.Breakdown.ByDay);
    }
}
