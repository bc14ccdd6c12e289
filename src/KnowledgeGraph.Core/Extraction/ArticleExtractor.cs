using KnowledgeGraph.Extraction.Attribution;
using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction;

/// <summary>Turns one article's text into entities and attributed statements (clean → entities → statements → claims).</summary>
/// <param name="registry">Known entities with aliases.</param>
public sealed class ArticleExtractor(EntityRegistry registry)
{
    /// <summary>An extractor over the registry shipped with the project.</summary>
    public static ArticleExtractor CreateDefault() => new(EntityRegistry.LoadDefault());

    /// <summary>The registry in use.</summary>
    public EntityRegistry Registry { get; } = registry;

    /// <summary>Extracts one article. Never throws for odd text; problems land in <see cref="ExtractedDocument.Warnings"/>.</summary>
    public ExtractedDocument Extract(ArticleInput article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text ?? "";
        var hash = TextFold.ShortHash(text, 64);
        var analysis = new ArticleAnalysis(Registry, text);

        // 1. Cleaning: each line's role (content, heading, metadata, page furniture) and what the page states about itself.
        var lines = DocumentCleaner.Classify(text);
        var stated = Metadata.Read(text, lines);
        var given = article.Metadata;
        var url = given?.Url ?? stated.Url;
        var source = new SourceInfo(
            Storage.ArticleIds.For(url, article.File),
            article.File,
            given?.Title ?? stated.Title,
            given?.Publisher ?? stated.Publisher,
            url,
            given?.PublishedAt ?? stated.PublishedAt,
            given?.Author ?? stated.Author)
        { ContentHash = hash };

        if (LooksMisencoded(text))
        {
            analysis.Warnings.Add("The text holds replacement characters or UTF-8 read as Latin-1 (mixed encodings); names there may be missed.");
        }
        // 2. Text: tokens, paired quotations, sentences.
        analysis.Tokenize(lines);
        if (!analysis.Paragraphs.Any(p => !p.IsHeading))
        {
            analysis.Warnings.Add(text.Length == 0 ? "The article is empty." : "The article has no running text after cleaning; no statements were looked for.");
        }

        // 3. Entities: registry names, discovered names, article aliases, mentions, stated ties.
        analysis.HomeCountry = analysis.CountryOfDomain(url);
        analysis.ForeignMinistrySite = ArticleAnalysis.ForeignMinistryHost(url);
        analysis.HeaderAgency = Metadata.HeaderAgency(text, lines);
        analysis.PressRelease = ArticleAnalysis.PressReleasePage(url, text);
        new EntityResolver(analysis).Resolve();

        // 4. Attribution: the sieves decide who said what, where, and through whom.
        var attributed = new AttributionStage(analysis).Run();

        // 5. Claims: propositions, stance, positively stated claims with stable ids.
        new ClaimStage(analysis).Run(attributed, analysis.Statements);
        if (analysis.Statements.Count == 0 && analysis.Paragraphs.Any(p => !p.IsHeading))
        {
            analysis.Warnings.Add("No attributed statements were found.");
        }

        GovernmentAliases(analysis);
        var entities = analysis.Entities.Values
            .Where(e => e.MentionCount > 0 || analysis.Statements.Any(s => s.SpeakerId == e.Id || s.ReportedBy.Contains(e.Id)) || IsTieTarget(analysis, e.Id))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.ToContract())
            .ToList();
        return new ExtractedDocument(source, entities, analysis.Statements) { Warnings = analysis.Warnings };
    }

    /// <summary>
    /// "Türkiye has rejected …": a government is also called by the name the article gives its country ("Government of
    /// Türkiye" beside the registry's "Government of Turkey"); written-out names only, no abbreviations ("U.S.").
    /// </summary>
    private static void GovernmentAliases(ArticleAnalysis analysis)
    {
        foreach (var e in analysis.Entities.Values)
        {
            if (e.Type != "government" || e.CountryPlaceId is not { } placeId || !analysis.Entities.TryGetValue(placeId, out var place) ||
                !e.Name.EndsWith(place.Name, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var alias in place.Aliases)
            {
                if (alias.Length >= 4 && char.IsUpper(alias[0]) && alias.Any(char.IsLower) && alias.All(c => char.IsLetter(c) || c == ' ' || c == '-'))
                {
                    e.Aliases.Add("Government of " + alias);
                }
            }
        }
    }

    /// <summary>U+FFFD, or "Ã©"/"â€™" pairs: UTF-8 bytes that were decoded as Latin-1 somewhere upstream.</summary>
    private static bool LooksMisencoded(string text)
    {
        // One vectorised search for the characters that start a bad sequence; the text rarely holds any of them.
        for (var i = NextStart(text, 0); i >= 0; i = NextStart(text, i + 1))
        {
            var c = text[i];
            if (c == '\uFFFD' || ((c == '\u00C3' || c == '\u00C2') && i + 1 < text.Length && text[i + 1] is >= '\u0080' and <= '\u00BF') ||
                (c == '\u00E2' && i + 1 < text.Length && text[i + 1] == '\u20AC'))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> MisencodingStarts = System.Buffers.SearchValues.Create("\uFFFD\u00C3\u00C2\u00E2");

    private static int NextStart(string text, int from) =>
        from >= text.Length ? -1 : text.AsSpan(from).IndexOfAny(MisencodingStarts) is var k and >= 0 ? from + k : -1;

    private static bool IsTieTarget(ArticleAnalysis analysis, string id) =>
        analysis.Entities.Values.Any(e => e.MentionCount > 0 && e.Memberships.Any(m => m.InstitutionId == id));
}
