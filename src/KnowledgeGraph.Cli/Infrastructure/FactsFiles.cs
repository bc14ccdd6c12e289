using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// The facts files <c>kg load</c> reads for its arguments: a file (or <c>-</c>) as named; a folder walked in the ordinal
/// order of the paths for .json, .jsonl and their .gz forms (a batch engine's folder of part files), without following
/// links to folders, so a link loop cannot make a file load twice.
/// </summary>
internal static class FactsFiles
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths, Action<ArticleReaderProblem> report)
    {
        foreach (var path in paths)
        {
            if (path != "-" && Directory.Exists(path))
            {
                foreach (var file in Walk(path, report))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path; // the reader names a file that is missing or unreadable
            }
        }
    }

    public static bool IsFactsFile(string name) =>
        new[] { ".json", ".jsonl", ".json.gz", ".jsonl.gz" }.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Walk(string folder, Action<ArticleReaderProblem> report)
    {
        List<(string Path, bool IsFolder)> children = [];
        try
        {
            foreach (var info in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                var path = Path.Join(folder, info.Name);
                if (info is DirectoryInfo && info.LinkTarget is not null)
                {
                    report(new ArticleReaderProblem(path, null, $"{path}: a link to a folder, not followed.", Skipped: false));
                }
                else if (info is DirectoryInfo || IsFactsFile(info.Name))
                {
                    children.Add((path, info is DirectoryInfo));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            var reason = ex is UnauthorizedAccessException ? "permission denied" : ex.Message;
            report(new ArticleReaderProblem(folder, null, $"{folder}: the folder could not be read ({reason}); skipped.", Skipped: true));
        }

        // A folder sorts as "name/", so the order is that of the full paths ("a.json" before "a/…" before "a0.json").
        foreach (var (path, isFolder) in children.OrderBy(c => Path.GetFileName(c.Path) + (c.IsFolder ? "/" : ""), StringComparer.Ordinal))
        {
            if (!isFolder)
            {
                yield return path;
                continue;
            }

            foreach (var file in Walk(path, report))
            {
                yield return file;
            }
        }
    }
}
