using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Loading;
using KnowledgeGraph.Api.Graph.Paging;
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
        EntityPage("saidBy", "Entities that asserted the claim, a page at a time (by id).", LinkKind.SaidBy);
        EntityPage("deniedBy", "Entities that denied the claim, a page at a time (by id).", LinkKind.DeniedBy);
        Field<NonNullGraphType<StatementConnectionType>>("statements")
            .Description("Every statement of the claim with its evidence, by date, a page at a time.")
            .Resolve(c => LinkConnections.ResolveStatements(c, LinkKind.ClaimStatements, c.Source.Id))
            .FieldType.WithPageArguments();
        EntityPage("about", "Entities the claim is about, a page at a time (by id).", LinkKind.About);
        Field<NonNullGraphType<ReporterConnectionType>>("reportedBy")
            .Description("Who reported the claim, a page at a time: the articles carrying it, then intermediaries named in the text (an outlet interview, a journalist).")
            .Resolve(c => LinkConnections.Resolve<object>(c, LinkKind.ReportedBy, c.Source.Id,
                (l, id) => GraphLoaders.IsArticleId(id) ? l.Articles.Load(id) : l.Entities.Load(id)))
            .FieldType.WithPageArguments();
    }

    private void EntityPage(string name, string description, LinkKind kind) =>
        Field<NonNullGraphType<EntityConnectionType>>(name)
            .Description(description)
            .Resolve(c => LinkConnections.Resolve<EntityRecord>(c, kind, c.Source.Id, (l, id) => l.Entities.Load(id)))
            .FieldType.WithPageArguments();
}
