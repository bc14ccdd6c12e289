using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for <see cref="CountBucket"/>.</summary>
public sealed class CountBucketType : ObjectGraphType<CountBucket>
{
    /// <summary>Declares the fields.</summary>
    public CountBucketType()
    {
        Name = "CountBucket";
        Description = "A count under a key: a stance, a speaker, a publisher or a day.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The grouping key (said/denied, a speaker id, a publisher, an ISO date).").Resolve(c => c.Source.Key);
        Field<StringGraphType>("label").Description("Display label (the speaker's name for speaker keys); null otherwise.").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many statements.").Resolve(c => c.Source.Count);
    }
}
