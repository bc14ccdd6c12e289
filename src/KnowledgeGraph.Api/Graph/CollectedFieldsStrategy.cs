using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace KnowledgeGraph.Api.Graph;

/// <summary>
/// graphql-dotnet's <see cref="SerialExecutionStrategy"/>, which collects an object's sub-fields once per object type and
/// selection set in a request, not once per object.
/// </summary>
/// <remarks>
/// For every object in an answer the executor collects the fields of its selection set again (fragments, <c>@skip</c> and
/// <c>@include</c>, repeated response keys merged) before it builds the object's nodes: twenty statements and their twenty
/// claims in <c>entity(name){ denied(first:20) … }</c> are forty collections of the same two selection sets. Within one
/// request the collection depends only on the object's type and its selection set (directive values come from the
/// request's variables, which do not change while it runs), so the first collection is kept for the request and the
/// others reuse it: the same fields, in the same order, with the same field nodes (a merged field is merged once, its
/// arguments registered for the request as before). Nothing is kept across requests.
/// </remarks>
public sealed class CollectedFieldsStrategy : SerialExecutionStrategy
{
    [ThreadStatic]
    private static Dictionary<string, (GraphQLField Field, FieldType Definition)>? _collecting;

    /// <inheritdoc/>
    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        if (context.UserContext is not GraphQLUserContext user || parent.SelectionSet is not { } selectionSet)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var collected = user.CollectedFields ??= new Dictionary<(GraphQLSelectionSet, IGraphType), (GraphQLField Field, FieldType Definition)[]>(4, SelectionComparer.Instance);
        if (!collected.TryGetValue((selectionSet, parentType!), out var fields))
        {
            // Collected into a dictionary of the thread's, as graphql-dotnet's own SetSubFieldNodes does, and kept as an array.
            var collecting = _collecting ??= [];
            try
            {
                fields = [.. CollectFieldsFrom(context, parentType!, selectionSet, collecting).Values];
            }
            finally
            {
                collecting.Clear();
            }

            collected[(selectionSet, parentType!)] = fields;
        }

        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            subFields[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }

        parent.SubFields = subFields;
    }

    // By reference: the same syntax node and the same schema type object, as the executor sees them.
    private sealed class SelectionComparer : IEqualityComparer<(GraphQLSelectionSet Set, IGraphType Type)>
    {
        public static readonly SelectionComparer Instance = new();

        public bool Equals((GraphQLSelectionSet Set, IGraphType Type) x, (GraphQLSelectionSet Set, IGraphType Type) y) =>
            ReferenceEquals(x.Set, y.Set) && ReferenceEquals(x.Type, y.Type);

        public int GetHashCode((GraphQLSelectionSet Set, IGraphType Type) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Set), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Type));
    }
}
