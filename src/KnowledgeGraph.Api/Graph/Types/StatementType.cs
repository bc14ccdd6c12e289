using GraphQL.Types;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>GraphQL type for <see cref="StatementRecord"/>.</summary>
public sealed class StatementType : ObjectGraphType<StatementRecord>
{
    /// <summary>Declares the fields.</summary>
    public StatementType()
    {
        Name = "Statement";
        Description = "One SAID or DENIED edge: a speaker's stance on a claim in one article, with the exact evidence.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the statement (statement:…, a hash of speaker, stance, claim, article and offset).").Resolve(c => c.Source.Id);
        Field<EntityInterface>("speaker").Description("Who said or denied the claim.").Resolve(c => c.Loaders().Entities.Load(c.Source.SpeakerId));
        Field<NonNullGraphType<StanceType>>("stance").Description("SAID or DENIED.").Resolve(c => c.Source.Stance);
        // A claim read with its statement's page is returned as it is, without a data-loader step.
        Field<ClaimType>("claim").Description("The claim said or denied.").Resolve(c =>
            c.Loaders().Claims is var claims && claims.TryGetLoaded(c.Source.ClaimId, out var claim) ? claim : claims.Load(c.Source.ClaimId));
        Field<NonNullGraphType<StringGraphType>>("evidence").Description("The exact text from the article.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<IntGraphType>>("start").Description("Start offset of the evidence in the article text (UTF-16 characters).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("End offset of the evidence (exclusive).").Resolve(c => c.Source.End);
        Field<ArticleType>("article").Description("The article holding the evidence.").Resolve(c => c.Loaders().Articles.Load(c.Source.ArticleId));
        Field<StringGraphType>("date").Description("The article's date (ISO yyyy-MM-dd); null when unknown.").Resolve(c => c.Source.Date);
        Field<StringGraphType>("extractedBy")
            .Description("The extraction rule (attribution sieve) that found this statement in the article, e.g. \"verb-subject\" for \"X said …\" or \"quote-then-verb\" for \"“…,” X said\", so a wrong statement can be traced to its rule; null for hand-reviewed facts, which no rule produced.")
            .Resolve(c => c.Source.Rule);
        // Intermediaries read with their statement's page (GraphLoaders.StatementPage) are returned as they are, without a data-loader step.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("reportedBy")
            .Description("Intermediaries named for this statement (\"in an interview with CNN\", \"according to journalist …\").")
            .Resolve(c => c.Source.ReportedBy.Count == 0 ? Array.Empty<EntityRecord>()
                : c.Loaders().Entities is var entities && entities.TryGetLoadedMany(c.Source.ReportedBy, out var reporters) ? reporters
                : entities.LoadMany(c.Source.ReportedBy));
    }
}
