namespace KnowledgeGraph.Storage;

/// <summary>The node labels and relationship types of the graph model, shared by every store and export.</summary>
public static class GraphLabels
{
    /// <summary>Person node label.</summary>
    public const string Person = "Person";
    /// <summary>Institution node label.</summary>
    public const string Institution = "Institution";
    /// <summary>Place node label.</summary>
    public const string Place = "Place";
    /// <summary>Claim node label.</summary>
    public const string Claim = "Claim";
    /// <summary>Article node label.</summary>
    public const string Article = "Article";

    /// <summary>Entity SAID claim.</summary>
    public const string Said = "SAID";
    /// <summary>Entity DENIED claim.</summary>
    public const string Denied = "DENIED";
    /// <summary>Claim REPORTED_BY article or intermediary entity.</summary>
    public const string ReportedBy = "REPORTED_BY";
    /// <summary>Claim ABOUT entity.</summary>
    public const string About = "ABOUT";
    /// <summary>Article MENTIONS entity.</summary>
    public const string Mentions = "MENTIONS";
    /// <summary>Article PUBLISHED_BY institution.</summary>
    public const string PublishedBy = "PUBLISHED_BY";
    /// <summary>Person MEMBER_OF institution.</summary>
    public const string MemberOf = "MEMBER_OF";
    /// <summary>Person LEADS institution.</summary>
    public const string Leads = "LEADS";

    /// <summary>All node labels.</summary>
    public static IReadOnlyList<string> NodeLabels { get; } = [Person, Institution, Place, Claim, Article];

    /// <summary>All relationship types.</summary>
    public static IReadOnlyList<string> RelationshipTypes { get; } = [Said, Denied, ReportedBy, About, Mentions, PublishedBy, MemberOf, Leads];
}
