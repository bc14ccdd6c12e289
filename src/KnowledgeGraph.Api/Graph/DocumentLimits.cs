using GraphQLParser.AST;
using KnowledgeGraph.Api.Hosting;

namespace KnowledgeGraph.Api.Graph;

/// <summary>
/// Size checks on a parsed document, run before validation: GraphQL.NET's validation and cost analysis expand
/// fragment spreads, so a 1.6 KB document of 39 fragments each spreading the previous one twice stands for 2^39
/// selections and kept a core busy for minutes. Here every fragment's expanded size is computed once (memoised), so
/// the check is linear in the document, and anything over the limits is refused before any other work.
/// </summary>
internal sealed class DocumentLimits
{
    private readonly GraphQLLimits _limits;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Selections, long RootFields)> _sizes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);
    private int _aliases;
    private int _directives;

    private DocumentLimits(GraphQLLimits limits) => _limits = limits;

    /// <summary>Null when the document is within the limits, else a sentence naming the limit it passes.</summary>
    public static string? Check(GraphQLDocument document, GraphQLLimits limits) => new DocumentLimits(limits).Run(document);

    private string? Run(GraphQLDocument document)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToList();
        if (fragments.Count > _limits.MaxFragments)
        {
            return $"The document defines {fragments.Count} fragments; at most {_limits.MaxFragments} are allowed.";
        }

        foreach (var fragment in fragments)
        {
            // A duplicate name is a validation error reported later; the first definition is enough to size it.
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        long selections = 0;
        foreach (var definition in document.Definitions)
        {
            _directives += definition is GraphQLExecutableDefinition executable ? executable.Directives?.Count ?? 0 : 0;
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    var (size, roots) = Size(operation.SelectionSet);
                    if (roots > _limits.MaxRootFields)
                    {
                        return $"The operation asks for {roots} root fields; at most {_limits.MaxRootFields} are allowed. Split it into several requests.";
                    }

                    selections = Add(selections, size);
                    break;
                case GraphQLFragmentDefinition fragment:
                    // Unused fragments are still validated, so they count too.
                    selections = Add(selections, FragmentSize(fragment.FragmentName.Name.StringValue).Selections);
                    break;
            }

            if (selections > _limits.MaxSelections)
            {
                return $"The document expands to more than {_limits.MaxSelections} field selections once its fragments are spread; at most {_limits.MaxSelections} are allowed.";
            }
        }

        if (_aliases > _limits.MaxAliases)
        {
            return $"The document uses {_aliases} aliases; at most {_limits.MaxAliases} are allowed.";
        }

        return _directives > _limits.MaxDirectives
            ? $"The document uses {_directives} directives; at most {_limits.MaxDirectives} are allowed."
            : null;
    }

    // Selections below a set once fragments are spread, and how many of them are fields of the set itself.
    private (long Selections, long RootFields) Size(GraphQLSelectionSet? set)
    {
        if (set is null)
        {
            return (0, 0);
        }

        long selections = 0, fields = 0;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    _aliases += field.Alias is null ? 0 : 1;
                    _directives += field.Directives?.Count ?? 0;
                    selections = Add(selections, Add(1, Size(field.SelectionSet).Selections));
                    fields = Add(fields, 1);
                    break;
                case GraphQLInlineFragment inline:
                    _directives += inline.Directives?.Count ?? 0;
                    var (inner, innerFields) = Size(inline.SelectionSet);
                    selections = Add(selections, inner);
                    fields = Add(fields, innerFields);
                    break;
                case GraphQLFragmentSpread spread:
                    _directives += spread.Directives?.Count ?? 0;
                    var (spreadSize, spreadFields) = FragmentSize(spread.FragmentName.Name.StringValue);
                    selections = Add(selections, spreadSize);
                    fields = Add(fields, spreadFields);
                    break;
            }
        }

        return (selections, fields);
    }

    private (long Selections, long RootFields) FragmentSize(string name)
    {
        if (_sizes.TryGetValue(name, out var known))
        {
            return known;
        }

        // Unknown fragments and cycles are validation errors reported later; here they only must not recurse.
        if (!_fragments.TryGetValue(name, out var fragment) || !_visiting.Add(name))
        {
            return (0, 0);
        }

        var size = Size(fragment.SelectionSet);
        _visiting.Remove(name);
        _sizes[name] = size;
        return size;
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
