namespace KnowledgeGraph.Extraction.Entities.Gazetteers;

/// <summary>What kind of outlet an outlet-table entry is.</summary>
public enum OutletType
{
    /// <summary>A wire service whose copy others carry (AP, Reuters, AFP, EFE, PTI).</summary>
    NewsAgency,

    /// <summary>A newspaper, in print or online.</summary>
    Newspaper,

    /// <summary>A television or radio broadcaster and its web site.</summary>
    Broadcaster,

    /// <summary>A magazine.</summary>
    Magazine,

    /// <summary>An outlet born on the web.</summary>
    Digital,

    /// <summary>A site that carries other outlets' copy (Yahoo News, MSN): the original comes from the credit.</summary>
    Aggregator,

    /// <summary>A press-release distributor: it publishes releases, it does not report them.</summary>
    PressReleaseWire,
}
