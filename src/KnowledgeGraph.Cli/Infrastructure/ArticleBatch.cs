using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Reads articles from files and folders and extracts them, reporting unreadable files by name.</summary>
internal sealed class ArticleBatch
{
    private readonly List<string> _failures = [];

    /// <summary>Files that were skipped, each with its reason.</summary>
    public IReadOnlyList<string> Failures => _failures;

    public static ArticleExtractor CreateExtractor(string? registryPath, string? lexiconPath = null)
    {
        if (lexiconPath is not null)
        {
            Lexicon.Use(Lexicon.Load(lexiconPath)); // refused with file, line and reason before any article is read
        }

        return registryPath is null ? ArticleExtractor.CreateDefault() : new ArticleExtractor(EntityRegistry.Load(registryPath));
    }

    /// <summary>Reads every article under <paramref name="paths"/>; a bad file costs one line on stderr, not the batch.</summary>
    public IReadOnlyList<ArticleInput> Read(IEnumerable<string> paths)
    {
        var articles = new List<ArticleInput>();
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                Fail(path, "no such file or folder");
                continue;
            }

            articles.AddRange(ArticleReader.Read([path], Fail));
        }

        return articles;
    }

    /// <summary>Extracts one article, echoing its warnings to stderr.</summary>
    public static ExtractedDocument Extract(ArticleExtractor extractor, ArticleInput article)
    {
        var document = extractor.Extract(article);
        foreach (var warning in document.Warnings)
        {
            Terminal.Warn($"{article.File}: {warning}");
        }

        return document;
    }

    private void Fail(string file, string reason)
    {
        _failures.Add($"{file}: {reason}");
        Terminal.Error($"{file}: {reason}; skipped.");
    }
}
