using GraphQL.Types;
using KnowledgeGraph.Api.Graph.Loading;
using KnowledgeGraph.Model;
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
            .Description("MEMBER_OF and LEADS ties: for a person, the institutions; for an institution, its people.")
            .Resolve(c => c.Loaders().Memberships.Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("said")
            .Description("Statements in which this entity asserted a claim, by date.")
            .Resolve(c => c.Loaders().StatementsBySpeaker.Load(c.Source.Id).Then(s => s.Where(x => x.Stance == Stance.Said).ToList()));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("denied")
            .Description("Statements in which this entity denied a claim, by date.")
            .Resolve(c => c.Loaders().StatementsBySpeaker.Load(c.Source.Id).Then(s => s.Where(x => x.Stance == Stance.Denied).ToList()));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements")
            .Description("All statements (said and denied) by this entity, by date.")
            .Resolve(c => c.Loaders().StatementsBySpeaker.Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleType>>>>("mentionedIn")
            .Description("Articles that mention this entity.")
            .Resolve(c => c.Loaders().MentionedIn.Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claimsAbout")
            .Description("Claims that are about this entity (ABOUT edges).")
            .Resolve(c => c.Loaders().ClaimsAbout.Load(c.Source.Id));
    }

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
