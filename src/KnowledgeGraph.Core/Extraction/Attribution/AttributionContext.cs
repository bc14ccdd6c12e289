using KnowledgeGraph.Model;

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

    /// <summary>A place that speaks is its government ("Havana said" → the government of Cuba).</summary>
    public string SpeakerEntity(string id)
    {
        var e = Analysis.Ensure(id);
        if (e.Kind == EntityKind.Place && (e.GovernmentId ?? Analysis.GovernmentOf(id)) is { } gov)
        {
            Analysis.Ensure(gov);
            return gov;
        }

        return id;
    }

    /// <summary>True when the entity is an outlet, agency or journalist.</summary>
    public bool IsMedia(string id) => Analysis.Entities[id].IsMedia;
}
