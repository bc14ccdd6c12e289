using GraphQL.Types;

namespace KnowledgeGraph.Api.Graph.Paging;

/// <summary>GraphQL type for <see cref="PageInfo"/>.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    /// <summary>Declares the fields.</summary>
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Relay page information: whether more items exist on either side, and the cursors at the ends of this page.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("True when items precede this page.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first item; null when the page is empty.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item; null when the page is empty.").Resolve(c => c.Source.EndCursor);
    }
}
