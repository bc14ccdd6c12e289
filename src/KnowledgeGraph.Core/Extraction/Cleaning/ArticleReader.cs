namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>
/// Reads articles lazily from files, folders (.txt, .html, .htm, .jsonl, .jsonl.gz), and standard input (<c>-</c>): one
/// article at a time, so a corpus of any size passes through in constant memory. Folders are walked in a stable order
/// without following links to folders, and each file is read once however many ways it is named. Every problem (a
/// missing or unreadable file, a bad line, a gzip file cut short) is reported once through the callback, naming the file
/// and line, and the reading goes on with the rest.
/// </summary>
public sealed partial class ArticleReader
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInputName = "-";

    /// <summary>A single article file larger than this is refused: it is not an article, and it would be held whole.</summary>
    public const int MaxArticleBytes = 64 << 20;

    private readonly Action<ArticleReaderProblem> _onProblem;
    private long _bytesRead;

    /// <summary>Creates a reader that reports problems to <paramref name="onProblem"/> (called on the reading thread).</summary>
    public ArticleReader(Action<ArticleReaderProblem> onProblem)
    {
        ArgumentNullException.ThrowIfNull(onProblem);
        _onProblem = onProblem;
    }

    /// <summary>Opens standard input when <c>-</c> is among the paths (default: the process's standard input).</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>
    /// Bytes of the named files consumed so far (compressed bytes for gzip files; standard input is not counted).
    /// Safe to read from another thread, e.g. for a progress display against <see cref="MeasureBytes"/>.
    /// </summary>
    public long BytesRead => Volatile.Read(ref _bytesRead);

    /// <summary>
    /// Reads every article under <paramref name="paths"/>, in a stable order: files as named, folders walked with their
    /// entries in ordinal order. Lazy: nothing is read until enumerated, and only one file is open at a time.
    /// </summary>
    public IEnumerable<ArticleInput> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ReadAll(paths);
    }

    /// <summary>
    /// The total size in bytes of what <see cref="Read"/> would read from <paramref name="paths"/> (the same walk, with
    /// nothing reported), or null when standard input is among them and the total is unknown.
    /// </summary>
    public static long? MeasureBytes(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var quiet = new ArticleReader(_ => { });
        long total = 0;
        foreach (var input in quiet.Expand(paths))
        {
            if (input.Length < 0)
            {
                return null;
            }

            total += input.Length;
        }

        return total;
    }

    private IEnumerable<ArticleInput> ReadAll(IEnumerable<string> paths)
    {
        foreach (var input in Expand(paths))
        {
            var before = BytesRead;
            var articles = input.Path == StandardInputName ? ReadStandardInput()
                : IsJsonl(input.Path) ? ReadJsonlFile(input.Path, before)
                : ReadArticleFile(input.Path);
            foreach (var article in articles)
            {
                yield return article;
            }

            if (input.Length >= 0)
            {
                Volatile.Write(ref _bytesRead, before + input.Length);
            }
        }
    }

    private void Report(string source, long? line, string message, bool skipped = true) =>
        _onProblem(new ArticleReaderProblem(source, line, message, skipped));

    /// <summary>Why a file could not be read, in words, without the path that the message already starts with.</summary>
    private static string Reason(Exception exception, string path) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "it does not exist, or is a link to nothing",
        UnauthorizedAccessException => "permission denied",
        _ => exception.Message.Replace(Path.GetFullPath(path), "it", StringComparison.Ordinal).Replace(path, "it", StringComparison.Ordinal),
    };

    private static bool IsJsonl(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || IsGzip(path);

    private static bool IsGzip(string path) => path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase);

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static bool IsArticleFile(string name) =>
        name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || IsHtml(name) || IsJsonl(name);
}
