using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Loading;
using KnowledgeGraph.Api.Graph.Paging;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Types;

/// <summary>The fields every entity type (and the Entity interface) shares.</summary>
internal static class EntityFields
{
    public static void Add(ObjectGraphType<EntityRecord> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Global id, e.g. person:carlos-fernandez-de-cossio.").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<EntityKindType>>("kind").Description("Person, institution or place.").Resolve(c => c.Source.Kind);
        type.Field<NonNullGraphType<StringGraphType>>("name").Description("Canonical name.").Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description("Other names the entity goes by in the articles.").Resolve(c => c.Source.Aliases);
        type.Field<StringGraphType>("role").Description("Title or role as stated, e.g. Deputy Foreign Minister; null when unknown.").Resolve(c => c.Source.Role);
        type.Field<StringGraphType>("country").Description("Country the entity belongs to; null when unknown.").Resolve(c => c.Source.Country);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("memberships")
            .Description("MEMBER_OF and LEADS ties: for a person, the institutions; for an institution, its people (at most `first`).")
            .Argument<IntGraphType>("first", $"Most ties to return (0–{GraphQLLimits.MaxPageSize}).", a => a.DefaultValue = LinkConnections.DefaultPageSize)
            .Resolve(c =>
            {
                var first = PageArguments.CheckSize(c, "first") ?? LinkConnections.DefaultPageSize;
                return c.Loaders().Memberships.Load(c.Source.Id).Then(m => m.Take(first).ToList());
            });
        Statements(type, "said", "Statements in which this entity asserted a claim, by date.", LinkKind.Said);
        Statements(type, "denied", "Statements in which this entity denied a claim, by date.", LinkKind.Denied);
        Statements(type, "statements", "All statements (said and denied) by this entity, by date.", LinkKind.SpeakerStatements);
        type.Field<NonNullGraphType<ArticleConnectionType>>("mentionedIn")
            .Description("Articles that mention this entity, a page at a time (in article-id order; articles(where: {mentions:}) sorts them newest first).")
            .Resolve(c => LinkConnections.Resolve<ArticleRecord>(c, LinkKind.MentionedIn, c.Source.Id, (l, id) => l.Articles.Load(id)))
            .FieldType.WithPageArguments();
        type.Field<NonNullGraphType<ClaimConnectionType>>("claimsAbout")
            .Description("Claims that are about this entity (ABOUT edges), a page at a time.")
            .Resolve(c => LinkConnections.Resolve<ClaimRecord>(c, LinkKind.ClaimsAbout, c.Source.Id, (l, id) => l.Claims.Load(id)))
            .FieldType.WithPageArguments();
    }

    private static void Statements(ObjectGraphType<EntityRecord> type, string name, string description, LinkKind kind) =>
        type.Field<NonNullGraphType<StatementConnectionType>>(name)
            .Description(description[..^1] + ", a page at a time.")
            .Resolve(c => LinkConnections.ResolveStatements(c, kind, c.Source.Id))
            .FieldType.WithPageArguments();

    /// <summary>The same fields for the interface: names, types, descriptions, no resolvers.</summary>
    public static void AddDeclarations(InterfaceGraphType<EntityRecord> type)
    {
        var template = new ObjectGraphType<EntityRecord>();
        Add(template);
        foreach (var field in template.Fields)
        {
            type.AddField(new FieldType { Name = field.Name, Description = field.Description, Type = field.Type, Arguments = field.Arguments });
        }
    }
}
