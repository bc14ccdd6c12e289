namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Hand-written gold for one article (<c>&lt;article-file&gt;.gold.json</c>), in the format of <c>../shared/dev</c>
/// (its README.md): entities by canonical name, claims with exact evidence substrings of the article text.
/// </summary>
/// <param name="File">The article's file name, as in <c>SourceInfo.File</c>.</param>
/// <param name="Entities">Every named person, institution and place in the annotated parts of the text.</param>
/// <param name="Claims">Every attributed statement.</param>
public sealed record GoldFile(string File, IReadOnlyList<GoldEntity> Entities, IReadOnlyList<GoldClaim> Claims)
{
    /// <summary>The article's address; absent where it was not annotated.</summary>
    public string? Url { get; init; }

    /// <summary>The site that carries the text; absent or null where not annotated (then not scored).</summary>
    public string? Publisher { get; init; }

    /// <summary>Publication date (yyyy-MM-dd) where the text states it.</summary>
    public string? PublishedAt { get; init; }

    /// <summary>The headline as it appears in the text.</summary>
    public string? Title { get; init; }

    /// <summary>The judgment calls made for this file.</summary>
    public string? Notes { get; init; }
}

/// <summary>A gold entity: canonical name, kind and the other forms the text uses.</summary>
/// <param name="Name">Canonical name ("Government of Cuba"); need not occur in the text.</param>
/// <param name="Kind"><c>Person</c>, <c>Institution</c> or <c>Place</c>, spelled exactly so.</param>
public sealed record GoldEntity(string Name, string Kind)
{
    /// <summary>Other forms that occur verbatim in the text (case-sensitive).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>A gold claim: who said or denied it, where the text says so, and through whom.</summary>
/// <param name="Speaker">An entity name of the same file.</param>
/// <param name="Stance"><c>said</c> or <c>denied</c>.</param>
/// <param name="Evidence">An exact substring of the article text that carries the statement.</param>
public sealed record GoldClaim(string Speaker, string Stance, string Evidence)
{
    /// <summary>A short neutral paraphrase; absent in gold converted from the project's earlier snippet format.</summary>
    public string? Text { get; init; }

    /// <summary>Other exact substrings that restate the same claim (headline, bullet, caption…).</summary>
    public IReadOnlyList<string> AltEvidence { get; init; } = [];

    /// <summary>Entity names of the intermediaries the statement passed through.</summary>
    public IReadOnlyList<string> ReportedBy { get; init; } = [];

    /// <summary>Entity names the claim is mainly about.</summary>
    public IReadOnlyList<string> About { get; init; } = [];
}
