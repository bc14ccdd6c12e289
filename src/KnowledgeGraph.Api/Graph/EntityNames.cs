using KnowledgeGraph.Storage;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Api.Graph;

/// <summary>
/// Resolves a name the way every argument that takes one does (<c>entity(name:)</c>, <c>speaker</c>, <c>center</c>,
/// <c>from</c>/<c>to</c>, <c>where.about</c>…). A name that is some entity's full name resolves to it at once (an index
/// lookup). Otherwise every entity whose name or alias holds the name as whole words is a candidate; the strongest kind
/// of match decides (a whole alias before part of a name): one candidate resolves, several answer AMBIGUOUS_NAME listing
/// them ("Castro" is part of Raúl Castro and of Alejandro Castro Espín), so a question is never silently answered about
/// somebody else.
/// </summary>
public static class EntityNames
{
    /// <summary>Candidates named in an AMBIGUOUS_NAME message.</summary>
    public const int ListedCandidates = 10;

    // Containing matches read to find the whole-word candidates among them.
    private const int ScannedMatches = 50;

    /// <summary>The one entity <paramref name="name"/> means, null when none matches; throws AMBIGUOUS_NAME naming <paramref name="argument"/> when several do.</summary>
    public static async Task<EntityRecord?> ResolveAsync(IGraphStore store, string argument, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(name);
        var best = await store.FindEntityAsync(name, cancellationToken).ConfigureAwait(false);
        var key = TextFold.Key(name);
        if (best is null || best.Id == name.Trim() || TextFold.Key(best.Name) == key)
        {
            return best;
        }

        var matches = await store.QueryEntitiesAsync(new EntityFilter { NameContains = name }, EntityOrder.Name, PageRequest.First(ScannedMatches), cancellationToken).ConfigureAwait(false);
        var candidates = matches.Items.Where(e => HoldsWords(e.Name, key) || e.Aliases.Any(a => HoldsWords(a, key))).ToList();
        if (!candidates.Any(c => c.Id == best.Id))
        {
            candidates.Insert(0, best);
        }

        // The strongest match decides: a full name, then a whole alias ("Trump" is Donald Trump's alias, and only part
        // of "Trump administration"); only matches of equal strength make the name ambiguous.
        var exact = candidates.Where(c => TextFold.Key(c.Name) == key).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var aliases = candidates.Where(c => c.Aliases.Any(a => TextFold.Key(a) == key)).ToList();
        if (aliases.Count == 1)
        {
            return aliases[0];
        }

        candidates = aliases.Count > 1 ? aliases : candidates;
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var listed = string.Join(", ", candidates.Take(ListedCandidates).Select(c => $"{c.Name} ({c.Id})"));
        var more = matches.TotalCount > ScannedMatches ? " and possibly more" : candidates.Count > ListedCandidates ? $" and {candidates.Count - ListedCandidates} more" : "";
        var error = ApiError.Create(ErrorCodes.AmbiguousName,
            $"The name '{name.Trim()}' (argument '{argument}') matches {candidates.Count} entities: {listed}{more}. Give the full name or the id.");
        error.Data["candidates"] = candidates.Take(ListedCandidates).Select(c => new Dictionary<string, object> { ["id"] = c.Id, ["name"] = c.Name }).ToList();
        throw error;
    }

    private static bool HoldsWords(string text, string key) => $" {TextFold.Key(text)} ".Contains($" {key} ", StringComparison.Ordinal);
}
