using KnowledgeGraph.Model;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Attribution;

/// <summary>What every sieve of one article shares: the article, a read-only view of the discourse memory, and the resolvers.</summary>
internal sealed class AttributionContext
{
    public AttributionContext(ArticleAnalysis analysis, IDiscourseView discourse)
    {
        Analysis = analysis;
        Discourse = discourse;
        References = new ReferenceResolver(analysis, discourse);
        Subjects = new SubjectFinder(analysis, discourse, References);
        Sources = new SourceFinder(analysis, discourse, References);
    }

    public ArticleAnalysis Analysis { get; }

    public IDiscourseView Discourse { get; }

    public ReferenceResolver References { get; }

    public SubjectFinder Subjects { get; }

    public SourceFinder Sources { get; }

    /// <summary>
    /// A place that speaks is its government ("Havana said" → the government of Cuba); one with none, the one organisation
    /// of the article named after it ("Leeds said in a statement" after "Leeds United").
    /// </summary>
    public string SpeakerEntity(string id)
    {
        var e = Analysis.Ensure(id);
        if (e.Kind != EntityKind.Place)
        {
            return id;
        }

        if ((e.GovernmentId ?? Analysis.GovernmentOf(id)) is { } gov)
        {
            Analysis.Ensure(gov);
            return gov;
        }

        return NamedAfter(e) ?? id;
    }

    /// <summary>The one organisation of the article whose name opens with the place's ("Leeds United" for "Leeds"), or null.</summary>
    private string? NamedAfter(ArticleEntity place)
    {
        string? found = null;
        foreach (var other in Analysis.Entities.Values)
        {
            if (other.Kind == EntityKind.Institution && other.Name.Length > place.Name.Length + 1 && other.Name[place.Name.Length] == ' ' &&
                other.Name.StartsWith(place.Name, StringComparison.Ordinal))
            {
                if (found is not null)
                {
                    return null; // "Leeds United" and "Leeds City Council": which one spoke is not said
                }

                found = other.Id;
            }
        }

        return found;
    }

    /// <summary>True when the entity is an outlet, agency or journalist.</summary>
    public bool IsMedia(string id) => Analysis.Entities[id].IsMedia;
}
