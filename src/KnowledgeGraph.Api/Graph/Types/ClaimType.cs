using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Loading;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for <see cref="ClaimRecord"/>.</summary>
public sealed class ClaimType : ObjectGraphType<ClaimRecord>
{
    /// <summary>Declares the fields.</summary>
    public ClaimType()
    {
        Name = "Claim";
        Description = "A proposition stated positively. Several speakers can say or deny the same claim, which makes contradictions visible.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id derived from the normalised text (claim:…).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The claim, stated positively.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<BooleanGraphType>>("contested").Description("True when someone said the claim and someone denied it.").Resolve(c => c.Source.Contested);
        Field<NonNullGraphType<IntGraphType>>("corroboration").Description("Number of distinct articles reporting the claim.").Resolve(c => c.Source.Corroboration);
        Field<NonNullGraphType<IntGraphType>>("saidCount").Description("Number of statements asserting the claim.").Resolve(c => c.Source.SaidCount);
        Field<NonNullGraphType<IntGraphType>>("deniedCount").Description("Number of statements denying the claim.").Resolve(c => c.Source.DeniedCount);
        Field<StringGraphType>("firstReported").Description("Earliest statement date (ISO yyyy-MM-dd); null when no statement is dated.").Resolve(c => c.Source.FirstReported);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("saidBy")
            .Description("Entities that asserted the claim.")
            .Resolve(c => SpeakersOf(c.Loaders(), c.Source.Id, Stance.Said));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("deniedBy")
            .Description("Entities that denied the claim.")
            .Resolve(c => SpeakersOf(c.Loaders(), c.Source.Id, Stance.Denied));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements")
            .Description("Every statement of the claim with its evidence, by date.")
            .Resolve(c => c.Loaders().StatementsByClaim.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("about")
            .Description("Entities the claim is about.")
            .Resolve(c => c.Loaders().About.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReporterUnion>>>>("reportedBy")
            .Description("Who reported the claim: the articles carrying it, then intermediaries named in the text (an outlet interview, a journalist).")
            .Resolve(c => c.Loaders().Reporters.Load(c.Source.Id));
    }

    // The context is reused after the resolver returns, so the continuation captures the loaders, not the context.
    private static object SpeakersOf(GraphLoaders loaders, string claimId, Stance stance) =>
        loaders.StatementsByClaim.Load(claimId).Then(s => loaders.Entities.LoadMany(GraphLoaders.SpeakersOf(s, stance)));
}
