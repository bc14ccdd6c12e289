using GraphQL;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Graph;

/// <summary>What a resolver's own selection asks for below it, so that a store can skip reading what no one will see.</summary>
internal static class Selections
{
    /// <summary>
    /// True when the field being resolved may select the field at <paramref name="path"/> (names, not aliases), through
    /// inline fragments and named fragments alike. Errs towards true: a fragment it cannot find counts as a selection.
    /// </summary>
    public static bool MaySelect(IResolveFieldContext context, params string[] path) =>
        MaySelect(context.FieldAst.SelectionSet, path, 0, context.Document, []);

    private static bool MaySelect(GraphQLSelectionSet? set, string[] path, int depth, GraphQLDocument document, HashSet<string> fragmentsOnPath)
    {
        if (set is null)
        {
            return false;
        }

        foreach (var selection in set.Selections)
        {
            var found = selection switch
            {
                GraphQLField field when field.Name.StringValue == path[depth] =>
                    depth == path.Length - 1 || MaySelect(field.SelectionSet, path, depth + 1, document, fragmentsOnPath),
                GraphQLInlineFragment inline => MaySelect(inline.SelectionSet, path, depth, document, fragmentsOnPath),
                GraphQLFragmentSpread spread => SpreadMaySelect(spread, path, depth, document, fragmentsOnPath),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpreadMaySelect(GraphQLFragmentSpread spread, string[] path, int depth, GraphQLDocument document, HashSet<string> fragmentsOnPath)
    {
        var name = spread.FragmentName.Name.StringValue;
        var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
        if (fragment is null)
        {
            return true;
        }

        // Validation rejects fragment cycles before execution; this only must not recurse forever.
        if (!fragmentsOnPath.Add(name))
        {
            return false;
        }

        var found = MaySelect(fragment.SelectionSet, path, depth, document, fragmentsOnPath);
        fragmentsOnPath.Remove(name);
        return found;
    }
}
