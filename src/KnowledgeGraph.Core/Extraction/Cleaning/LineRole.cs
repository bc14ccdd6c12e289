namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>What a line of the article is, after cleaning.</summary>
internal enum LineRole
{
    /// <summary>Running text: entities and statements.</summary>
    Content,

    /// <summary>Headline, sub-heading or caption: entities only (headlines summarise; they are not evidence).</summary>
    Heading,

    /// <summary>Date, byline, reading time, URL, site name.</summary>
    Metadata,

    /// <summary>Navigation, related stories, notices, lorem ipsum, Q&amp;A blocks, credits, repeats: ignored.</summary>
    Boilerplate,
}
