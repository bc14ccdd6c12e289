namespace KnowledgeGraph.Storage;

/// <summary>
/// The lists the API pages through from one node (<see cref="IGraphStore.GetLinkPagesAsync"/>): each names the node
/// the list starts from, what its items are, and the one order every store returns them in, so that a page window
/// means the same on SQLite and Neo4j.
/// </summary>
public enum LinkKind
{
    /// <summary>Entity → ids of the statements in which it SAID a claim; by date (undated last), then statement id.</summary>
    Said,

    /// <summary>Entity → ids of the statements in which it DENIED a claim; by date (undated last), then statement id.</summary>
    Denied,

    /// <summary>Entity → ids of all its statements, said and denied; by date (undated last), then statement id.</summary>
    SpeakerStatements,

    /// <summary>Claim → ids of its statements; by date (undated last), then statement id.</summary>
    ClaimStatements,

    /// <summary>Article → ids of the statements it holds; in text order (start offset), then statement id.</summary>
    ArticleStatements,

    /// <summary>Claim → ids of the distinct entities that SAID it; by entity id.</summary>
    SaidBy,

    /// <summary>Claim → ids of the distinct entities that DENIED it; by entity id.</summary>
    DeniedBy,

    /// <summary>Claim → ids of the articles and intermediary entities it is REPORTED_BY; by id (articles come first).</summary>
    ReportedBy,

    /// <summary>Claim → ids of the entities it is ABOUT; by entity id.</summary>
    About,

    /// <summary>Entity → ids of the claims ABOUT it; by claim id.</summary>
    ClaimsAbout,

    /// <summary>Entity → ids of the articles that MENTION it; by article id.</summary>
    MentionedIn,

    /// <summary>Article → ids of the entities it MENTIONS; by entity id.</summary>
    Mentions,
}
